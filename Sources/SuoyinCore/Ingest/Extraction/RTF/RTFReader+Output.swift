/// Where ``RTFReader``'s characters go: bytes decoded together in their code
/// page, `\uN` characters, and the current destination (body paragraph,
/// title or style name); paragraphs end with their heading level.
extension RTFReader {
    mutating func addByte(_ byte: UInt8) {
        let page = currentCodePage()
        if !pending.isEmpty, page != pendingCodePage || pending.count >= 4096 { flushBytes() }
        pendingCodePage = page
        pending.append(byte)
        if trailExpected {
            trailExpected = false
        } else if RTFCodePage.isDoubleByte(page), byte >= 0x81, byte != 0xFF {
            trailExpected = true
        }
    }

    /// The code page of the current font: a double-byte font's, else the
    /// associated font's if that one is double-byte (Word writes Chinese in
    /// `\dbch\afN`), else the font's own, else the document's.
    func currentCodePage() -> Int {
        let own = (state.font ?? defaultFont).flatMap { fontCodePages[$0] }
        if let own, RTFCodePage.isDoubleByte(own) { return own }
        if let associated = state.associatedFont.flatMap({ fontCodePages[$0] }),
           RTFCodePage.isDoubleByte(associated) { return associated }
        return own ?? documentCodePage
    }

    mutating func flushBytes() {
        guard !pending.isEmpty else { return }
        let text = codePages.decode(pending, codePage: pendingCodePage)
        pending.removeAll(keepingCapacity: true)
        trailExpected = false
        for scalar in text.unicodeScalars { emit(scalar) }
    }

    mutating func emitUnicode(_ value: Int) {
        if (0xD800...0xDBFF).contains(value) {
            if highSurrogate != nil { emit("\u{FFFD}") }
            highSurrogate = UInt32(value)
            return
        }
        if (0xDC00...0xDFFF).contains(value), let high = highSurrogate {
            highSurrogate = nil
            emit(Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + UInt32(value - 0xDC00)) ?? "\u{FFFD}")
            return
        }
        guard value != 0 else { return }
        // Out of range (a hostile \u-99999) or a lone low surrogate: lost, and marked as lost.
        emit((1...0x10FFFF).contains(value) ? Unicode.Scalar(UInt32(value)) ?? "\u{FFFD}" : "\u{FFFD}")
    }

    mutating func emit(_ scalar: Unicode.Scalar) {
        if highSurrogate != nil {
            highSurrogate = nil
            emit("\u{FFFD}")
        }
        guard overflowDepth == 0 else { return }
        switch state.destination {
        case .text:
            paragraph[paragraph.count - 1].append(scalar)
        case .title:
            if title.count < Self.maximumNameLength { title.append(scalar) }
        case .styleSheet:
            guard let entry = styleEntry, styles[entry]?.nameEnded == false else { return }
            if scalar == ";" {
                styles[entry]?.nameEnded = true
            } else if styles[entry]!.name.count < Self.maximumNameLength {
                styles[entry]?.name.append(scalar)
            }
        case .skip, .fontTable, .info:
            break
        }
    }

    /// Ends the paragraph being read; without `force`, only if it has text.
    mutating func endParagraph(force: Bool) {
        flushBytes()
        guard force || paragraph.contains(where: { !$0.isEmpty }) else { return }
        guard !isSkipping, state.destination == .text else { return }
        let level = state.outlineLevel.flatMap(DocxStyles.headingLevel(ofOutlineLevel:)) ?? headingLevel(ofStyle: state.style)
        for line in paragraph {
            let before = lines.count
            lines.append(Array(line), headingLevel: level)
            if level != nil, firstHeading == nil, lines.count > before { firstHeading = lines.lines.last }
        }
        paragraph = [String.UnicodeScalarView()]
    }

    func headingLevel(ofStyle number: Int) -> Int? {
        var next: Int? = number
        var steps = 0
        while let id = next, let style = styles[id], steps < 10 {
            if let outline = style.outlineLevel { return DocxStyles.headingLevel(ofOutlineLevel: outline) }
            if let level = DocxStyles.headingLevel(ofName: String(String.UnicodeScalarView(style.name))) {
                return level
            }
            next = style.basedOn
            steps += 1
        }
        return nil
    }
}
