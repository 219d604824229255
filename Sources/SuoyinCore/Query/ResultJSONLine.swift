/// Writes a ``SearchResult`` as one line of JSON, byte for byte what
/// ``ResultJSON/encoder()`` makes of it (keys sorted, Chinese and slashes
/// left unescaped, `null` for a missing value), about ten times faster:
/// `suoyin search --limit 0 --json` of a frequent character prints hundreds of
/// thousands of results, and `JSONEncoder` was a third of its time.
/// `ResultJSONLineTests` compares the two on every result of a set of searches
/// and on every character that JSON escapes.
public struct ResultJSONLine {
    private var bytes: [UInt8] = []

    /// `result`'s line, or nil when its score is not a finite number, which
    /// JSON cannot express (the encoder then says so).
    public static func line(_ result: SearchResult) -> String? {
        guard result.score?.isFinite ?? true else { return nil }
        var line = ResultJSONLine()
        line.bytes.reserveCapacity(256 + 3 * result.text.utf8.count)
        line.write(result)
        return String(decoding: line.bytes, as: UTF8.self)
    }

    /// The fields in sorted order; the search's additions only where present (``SearchResult/encode(to:)``).
    private mutating func write(_ result: SearchResult) {
        bytes.append(UInt8(ascii: "{"))
        if let after = result.after { key("after"); passages(after); comma() }
        if let before = result.before { key("before"); passages(before); comma() }
        key("citation"); string(result.citation); comma()
        if let copies = result.copies { key("copies"); strings(copies); comma() }
        key("date"); string(result.date); comma()
        key("end"); integer(result.end); comma()
        key("highlights")
        array(result.highlights) { line, range in line.array(range) { $0.integer($1) } }
        comma()
        key("issuer"); string(result.issuer); comma()
        key("line"); integer(result.line); comma()
        if let matches = result.matches { key("matches"); integer(matches); comma() }
        key("number"); string(result.number); comma()
        key("page"); integer(result.page); comma()
        key("path"); string(result.path); comma()
        key("rank"); integer(result.rank); comma()
        key("score")
        if let score = result.score { number(score) } else { null() }
        comma()
        key("section"); strings(result.section); comma()
        key("start"); integer(result.start); comma()
        key("text"); string(result.text); comma()
        key("title"); string(result.title)
        bytes.append(UInt8(ascii: "}"))
    }

    private mutating func passages(_ passages: [ContextPassage]) {
        array(passages) { line, passage in
            line.bytes.append(UInt8(ascii: "{"))
            line.key("citation"); line.string(passage.citation); line.comma()
            line.key("line"); line.integer(passage.line); line.comma()
            line.key("text"); line.string(passage.text)
            line.bytes.append(UInt8(ascii: "}"))
        }
    }

    private mutating func array<Element>(_ elements: [Element], _ write: (inout ResultJSONLine, Element) -> Void) {
        bytes.append(UInt8(ascii: "["))
        for (index, element) in elements.enumerated() {
            if index > 0 { comma() }
            write(&self, element)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    private mutating func strings(_ values: [String]) {
        array(values) { $0.string($1) }
    }

    private mutating func key(_ name: StaticString) {
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    }

    private mutating func comma() { bytes.append(UInt8(ascii: ",")) }

    private mutating func null() { bytes.append(contentsOf: "null".utf8) }

    private mutating func integer(_ value: Int?) {
        guard let value else { return null() }
        bytes.append(contentsOf: String(value).utf8)
    }

    /// As the encoder writes a `Double`: its shortest description, without a trailing `.0`.
    private mutating func number(_ value: Double) {
        let text = value.description
        bytes.append(contentsOf: text.hasSuffix(".0") ? text.utf8.dropLast(2) : text.utf8[...])
    }

    /// `value` as a JSON string: runs of bytes that need no escape are copied whole.
    private mutating func string(_ value: String?) {
        guard var value else { return null() }
        bytes.append(UInt8(ascii: "\""))
        value.withUTF8 { utf8 in
            var runStart = 0
            for index in utf8.indices where Self.needsEscape(utf8[index]) {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                escape(utf8[index])
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether JSON escapes `byte`: a control character, a quote or a backslash.
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// A byte that ``needsEscape(_:)``, as the encoder escapes it.
    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
        case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
        case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
        case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
        case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
        case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: "\\u00".utf8)
            bytes.append(contentsOf: [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        }
    }
}
