/// Makes text safe to print on a terminal, one line per item: the one place
/// that escapes paths, citations, titles and passages before they are printed.
///
/// A file name may hold a newline (which would forge a result line or a
/// diagnostic) or an escape sequence (which would drive the terminal), and so
/// may a document's text. Printed, they become visible escapes instead:
/// - `\n`, `\r` and `\t` as themselves, other C0 controls, DEL and the C1
///   controls U+0080–U+009F as `\xHH` (U+009B is a CSI on some terminals);
/// - the line and paragraph separators and the bidirectional controls
///   (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), which can reorder
///   what a line shows, as `\u{HHHH}`;
/// - bytes that are not UTF-8 (only in ``escaped(bytes:)``) as `\xHH`.
///
/// Backslashes are left alone, so escaping is idempotent. JSON output needs
/// none of this: the encoder escapes control characters itself.
///
/// For example, `TerminalText.escaped("a\nb\u{1B}[31m.txt")` is `a\nb\x1B[31m.txt`.
public enum TerminalText {
    /// `text` with every character that could break a line or drive a terminal escaped.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var output = ""
        for scalar in text.unicodeScalars { append(scalar, to: &output) }
        return output
    }

    /// The UTF-8 in `bytes` escaped like ``escaped(_:)``, with bytes that are not UTF-8 as `\xHH`.
    public static func escaped(bytes: some Collection<UInt8>) -> String {
        let bytes = Array(bytes)
        var output = ""
        var index = 0
        while index < bytes.count {
            // A fresh parser per scalar: it reads ahead, and an error must not swallow the next scalar's bytes.
            var parser = Unicode.UTF8.ForwardParser()
            var iterator = bytes[index...].makeIterator()
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                append(Unicode.UTF8.decode(encoded), to: &output)
                index += encoded.count
            case .error(let length):
                for byte in bytes[index..<index + length] { output += "\\x" + hex(UInt32(byte), digits: 2) }
                index += length
            case .emptyInput:
                return output
            }
        }
        return output
    }

    /// Whether `scalar` is printed as an escape.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    private static func append(_ scalar: Unicode.Scalar, to output: inout String) {
        guard needsEscape(scalar) else {
            output.unicodeScalars.append(scalar)
            return
        }
        switch scalar {
        case "\n": output += "\\n"
        case "\r": output += "\\r"
        case "\t": output += "\\t"
        default:
            output += scalar.value <= 0xFF ? "\\x" + hex(scalar.value, digits: 2) : "\\u{" + hex(scalar.value, digits: 4) + "}"
        }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
