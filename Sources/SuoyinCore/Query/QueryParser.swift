/// Parses what a user types into a ``Query``.
///
/// The syntax: whitespace-separated terms must all match; `"double quotes"`
/// (also “”, 「」, 『』, ＂) make one phrase that may contain spaces; `OR`
/// between terms makes alternatives; a leading `-` (or `－`) excludes a term.
/// Terms with nothing searchable (only punctuation) are dropped.
///
/// For example: `法治 "政府 建设" OR 行政 -督察`.
public enum QueryParser {
    private enum Lexeme: Equatable { case term(String, excluded: Bool), or }

    private static let closingQuote: [Character: Character] = [
        "\"": "\"", "＂": "＂", "“": "”", "「": "」", "『": "』", "”": "“",
    ]
    private static let minusSigns: Set<Character> = ["-", "－", "−"]

    /// Parses `text`, or throws when nothing in it can be searched.
    public static func parse(_ text: String) throws(SuoyinError) -> Query {
        var groups: [[QueryPhrase]] = []
        var excluded: [QueryPhrase] = []
        var joinWithPrevious = false
        for lexeme in lex(text) {
            switch lexeme {
            case .or:
                joinWithPrevious = !groups.isEmpty
            case .term(let source, let isExcluded):
                guard let phrase = QueryPhrase(source) else { continue }
                if isExcluded {
                    excluded.append(phrase)
                } else if joinWithPrevious {
                    groups[groups.count - 1].append(phrase)
                } else {
                    groups.append([phrase])
                }
                joinWithPrevious = false
            }
        }
        if groups.isEmpty {
            throw excluded.isEmpty ? .emptyQuery(query: text) : .onlyExclusions(query: text)
        }
        return Query(groups: groups, excluded: excluded)
    }

    /// Splits `text` into terms and `OR`s, honouring quotes.
    private static func lex(_ text: String) -> [Lexeme] {
        var lexemes: [Lexeme] = []
        var current = ""
        var excluded = false
        var closing: Character? = nil
        var wasQuoted = false

        func flush() {
            if current == "OR" && !wasQuoted {
                lexemes.append(.or)
            } else if !current.isEmpty {
                lexemes.append(.term(current, excluded: excluded))
            }
            current = ""
            excluded = false
            wasQuoted = false
        }

        for character in text {
            if let close = closing {
                if character == close { closing = nil } else { current.append(character) }
            } else if let close = closingQuote[character] {
                closing = close
                wasQuoted = true
            } else if character.isWhitespace {
                flush()
            } else if current.isEmpty && !excluded && !wasQuoted && minusSigns.contains(character) {
                excluded = true
            } else {
                current.append(character)
            }
        }
        flush()
        return lexemes
    }
}
