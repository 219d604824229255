/// Splits what a user types into ``QueryToken``s, honouring quotes, and
/// notes what it had to repair (an unclosed quote).
///
/// Quotes: `"…"`, `＂…＂`, `“…”`, `「…」`, `『…』`. A quote may start in
/// the middle of a word and makes the whole word one quoted phrase.
/// Parentheses `( )` and `（ ）` are tokens wherever they stand, outside quotes.
struct QueryLexer {
    /// `NEAR` without a distance: FTS5's own default.
    static let defaultNearDistance = 10
    /// The largest distance `NEAR/N` takes; more is cut to it.
    static let maximumNearDistance = 100_000

    static let closingQuote: [Character: Character] = [
        "\"": "\"", "＂": "＂", "“": "”", "「": "」", "『": "』", "”": "”",
    ]
    static let minusSigns: Set<Character> = ["-", "－", "−"]
    static let exactSigns: Set<Character> = ["=", "＝"]
    static let openings: Set<Character> = ["(", "（"]
    static let closings: Set<Character> = [")", "）"]

    private(set) var tokens: [QueryToken] = []
    private(set) var notices: [String] = []

    /// Lexes `text`; `exact` makes every word exact.
    init(_ text: String, exact exactAll: Bool = false) {
        var current = ""
        var quoted = false
        var exact = false
        var closing: Character?
        var opening: Character = "\""

        func flush() {
            defer { current = ""; quoted = false; exact = false }
            if !quoted && !exact, let token = QueryToken.operator_(current) {
                tokens.append(token)
            } else if !current.isEmpty || quoted {
                tokens.append(.word(current, quoted: quoted, exact: exact || exactAll))
            } else if exact {
                notices.append("ignored an '=' with no term after it")
            }
        }

        // Whether the last character was a `-` that made a NOT: one standing alone is punctuation.
        var danglingMinus = false
        for character in text {
            let afterMinus = danglingMinus
            danglingMinus = false
            if let close = closing {
                if character == close { closing = nil } else { current.append(character) }
            } else if let close = Self.closingQuote[character] {
                closing = close
                opening = character
                quoted = true
            } else if character.isWhitespace {
                if afterMinus { tokens.removeLast() }  // `法治 - 政府`: the dash is punctuation
                flush()
            } else if Self.openings.contains(character) {
                flush()
                tokens.append(.open)
            } else if Self.closings.contains(character) {
                flush()
                tokens.append(.close)
            } else if current.isEmpty && !quoted && !exact && Self.minusSigns.contains(character) {
                if tokens.last != .minus { tokens.append(.minus) }
                danglingMinus = true
            } else if current.isEmpty && !quoted && !exact && Self.exactSigns.contains(character) {
                exact = true
            } else {
                current.append(character)
            }
        }
        if danglingMinus { tokens.removeLast() }
        if closing != nil {
            notices.append("closed the quote opened with \(opening) at the end of the query")
        }
        flush()
    }
}
