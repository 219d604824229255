/// The classes of queries the benchmark times.
enum QueryClass: String, Codable, CaseIterable {
    case oneFrequent = "1 char, frequent"
    case oneRare = "1 char, rare (~20×)"
    case twoFrequent = "2 chars, frequent"
    case twoRare = "2 chars, rare (~20×)"
    case threeToFour = "3–4 chars"
    case sixToTen = "6–10 chars"
    case traditional = "traditional script"
    case and = "AND, 2 terms"
    case or = "OR, 2 terms"
    case not = "NOT, exclusion"
    case boolean = "AND/OR/NOT, parentheses"
    case near = "NEAR/10"
    case numerals = "numerals (both forms)"
    case andParagraph = "AND, 2 terms, in a paragraph"
    case paragraph = "AND in a paragraph, 3 words"
    case count = "--count"
    case group = "--group"
    case copies = "copies folded"
    case sourcePhrase = "3–4 chars, one later source's"
}

/// One benchmark query: a phrase, two phrases combined, or an expression of
/// the query language with the scope its `AND` must hold in.
struct BenchQuery: Codable, Equatable {
    enum Kind: String, Codable { case phrase, and, or, not, expression, numeral }

    var queryClass: QueryClass
    var kind: Kind
    /// The phrases; for `.not`, the wanted one then the excluded one; for
    /// `.numeral`, the term as typed then every form the brute force looks for.
    var terms: [String]
    /// The query as a Suoyin user types it: `法治`, `法治 政府`, `法治 OR 政府`, `法治 -政府`.
    var text: String
    /// The expression, for `.expression`.
    var expression: BenchExpression?
    /// `passage` or `paragraph` (``SuoyinCore/SearchScope``'s raw values).
    var scope = "passage"
    /// For a query drawn from one line: that line's index in ``PassageLines``.
    var soughtLine: Int?
    /// What is asked beyond the default page: `count` (totals only), `group`
    /// (documents), `copies` (the default page, copies folded, with totals);
    /// nil for a page of every copy without totals, as the other classes time it.
    var mode: String?

    /// The `suoyin search` options that ask the same.
    var processArguments: [String] {
        ["--within", scope] + (mode == "count" ? ["--count"] : mode == "group" ? ["--group"] : [])
    }

    init(_ queryClass: QueryClass, _ kind: Kind, _ terms: [String]) {
        self.queryClass = queryClass
        self.kind = kind
        self.terms = terms
        switch kind {
        case .phrase, .numeral, .expression: text = terms[0]
        case .and: text = terms.joined(separator: " ")
        case .or: text = terms.joined(separator: " OR ")
        case .not: text = terms[0] + " -" + terms[1]
        }
    }

    /// A query of the language, as its expression writes it.
    init(_ queryClass: QueryClass, _ expression: BenchExpression, scope: String = "passage", soughtLine: Int? = nil) {
        self.init(queryClass, .expression, [expression.text])
        terms = expression.terms
        text = expression.text
        self.expression = expression
        self.scope = scope
        self.soughtLine = soughtLine
    }

    static func phrase(_ queryClass: QueryClass, _ term: String) -> BenchQuery {
        BenchQuery(queryClass, .phrase, [term])
    }
}
