/// Splits HTML into text, tags and raw-text elements, tolerating any input.
///
/// Policies, close to what browsers do where it matters for text:
/// - `<` starts markup only before an ASCII letter, `/`, `!` or `?`;
///   otherwise it is text (`a < b`, `<中文>`).
/// - A quote opens an attribute value only after `=`, and a `>` inside a
///   quoted value does not end the tag. A value whose quote never closes
///   ends at the next `>`.
/// - A comment runs to `-->` (or the end); `<!DOCTYPE …>`, `<?…>` and other
///   `<!…>` run to `>`; `<![CDATA[` runs to `]]>`.
/// - Raw-text elements (``HTMLElements/rawText``) run to their end tag, in
///   any case. A self-closing one (`<script/>`) is empty. An unclosed
///   `<title>` is read as ordinary markup; any other unclosed one runs to the
///   end, as in a browser.
/// - A tag cut off by the end of the input is dropped.
///
/// Every scalar is examined a bounded number of times: each search for a
/// delimiter that fails remembers where it started, so a later search for the
/// same delimiter from further on fails at once. Input of any size and shape
/// is tokenized in linear time.
struct HTMLTokenizer {
    let input: [Unicode.Scalar]
    /// Where the next token starts.
    private(set) var position = 0
    /// For each delimiter searched for in vain, the earliest start of such a search.
    private var absentFrom: [String: Int] = [:]

    init(_ input: [Unicode.Scalar]) {
        self.input = input
    }

    /// The next token, or `nil` at the end of the input.
    mutating func next() -> HTMLToken? {
        while position < input.count {
            guard input[position] == "<" else {
                let start = position
                while position < input.count, input[position] != "<" { position += 1 }
                return .text(start..<position)
            }
            if let token = markup() { return token }
        }
        return nil
    }

    /// Reads the markup (or stray `<`) at `position`; `nil` for markup that makes no token.
    private mutating func markup() -> HTMLToken? {
        let start = position
        let next = start + 1 < input.count ? input[start + 1] : nil
        switch next {
        case "!"?:
            skipDeclaration(at: start)
            return nil
        case "?"?:
            position = endOfBogusComment(from: start + 2)
            return nil
        case "/"?:
            return endTag(at: start)
        case let letter? where Self.isASCIILetter(letter):
            return startTag(at: start)
        default:
            position = start + 1
            return .text(start..<start + 1)
        }
    }

    /// Skips a comment, CDATA section or `<!…>` declaration starting at `start`.
    private mutating func skipDeclaration(at start: Int) {
        if matches("<!--", at: start) {
            if matches("<!-->", at: start) {
                position = start + 5
            } else if matches("<!--->", at: start) {
                position = start + 6
            } else {
                position = find("-->", from: start + 4).map { $0 + 3 } ?? input.count
            }
        } else if matches("<![cdata[", at: start) {
            position = find("]]>", from: start + 9).map { $0 + 3 } ?? endOfBogusComment(from: start + 2)
        } else {
            position = endOfBogusComment(from: start + 2)
        }
    }

    private mutating func endOfBogusComment(from start: Int) -> Int {
        find(">", from: start).map { $0 + 1 } ?? input.count
    }

    private mutating func endTag(at start: Int) -> HTMLToken? {
        let nameStart = start + 2
        guard nameStart < input.count else {
            position = input.count
            return .text(start..<input.count)
        }
        if input[nameStart] == ">" {
            position = nameStart + 1
            return nil
        }
        guard Self.isASCIILetter(input[nameStart]) else {
            position = endOfBogusComment(from: nameStart)
            return nil
        }
        let (name, nameEnd) = tagName(from: nameStart)
        let close = walkAttributes(from: nameEnd, to: input.count)
        guard close < input.count else {
            position = input.count
            return nil
        }
        position = close + 1
        return .endTag(name: name)
    }

    private mutating func startTag(at start: Int) -> HTMLToken? {
        let (name, nameEnd) = tagName(from: start + 1)
        let close = walkAttributes(from: nameEnd, to: input.count)
        guard close < input.count else {
            position = input.count
            return nil
        }
        position = close + 1
        let attributes = nameEnd..<close
        let selfClosing = close > nameEnd && input[close - 1] == "/"
        guard HTMLElements.traits(of: name).isRawText else {
            return .startTag(name: name, attributes: attributes, selfClosing: selfClosing)
        }
        if selfClosing {
            return .rawTextElement(name: name, attributes: attributes, content: position..<position)
        }
        let contentStart = position
        guard let endTag = findEndTag(of: name, from: contentStart) else {
            if name == "title" { return .startTag(name: name, attributes: attributes, selfClosing: false) }
            position = input.count
            return .rawTextElement(name: name, attributes: attributes, content: contentStart..<input.count)
        }
        let endClose = walkAttributes(from: endTag + 2 + name.unicodeScalars.count, to: input.count)
        position = min(endClose + 1, input.count)
        return .rawTextElement(name: name, attributes: attributes, content: contentStart..<endTag)
    }

    /// The lower-cased tag name starting at `start`, and where it ends.
    private func tagName(from start: Int) -> (String, Int) {
        var end = start
        var name = String.UnicodeScalarView()
        while end < input.count {
            let scalar = input[end]
            if scalar == ">" || scalar == "/" || Self.isSpace(scalar) { break }
            name.append(Self.lowercased(scalar))
            end += 1
        }
        return (String(name), end)
    }

    /// Where `</name` followed by a space, `/`, `>` or the end starts, at or after `start`.
    private mutating func findEndTag(of name: String, from start: Int) -> Int? {
        let pattern = "</" + name
        let length = pattern.unicodeScalars.count
        var from = start
        while let candidate = find(pattern, from: from) {
            let after = candidate + length
            if after == input.count || input[after] == ">" || input[after] == "/" || Self.isSpace(input[after]) {
                return candidate
            }
            from = candidate + 1
        }
        return nil
    }

    /// Whether `pattern` (lower case) occurs at `index`, ignoring ASCII case.
    func matches(_ pattern: String, at index: Int) -> Bool {
        var i = index
        for expected in pattern.unicodeScalars {
            guard i < input.count, Self.lowercased(input[i]) == expected else { return false }
            i += 1
        }
        return true
    }

    /// The first index at or after `start` where `pattern` (lower case) occurs, ignoring ASCII case.
    mutating func find(_ pattern: String, from start: Int) -> Int? {
        if let absent = absentFrom[pattern], absent <= start { return nil }
        guard let first = pattern.unicodeScalars.first else { return start }
        let length = pattern.unicodeScalars.count
        var index = start
        while index + length <= input.count {
            if Self.lowercased(input[index]) == first, matches(pattern, at: index) { return index }
            index += 1
        }
        absentFrom[pattern] = min(absentFrom[pattern] ?? start, start)
        return nil
    }

    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// HTML's ASCII white space: tab, line feed, form feed, carriage return and space.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}"
    }

    static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
    }
}
