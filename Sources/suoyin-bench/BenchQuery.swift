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
}

/// One benchmark query: a phrase, or two phrases combined.
struct BenchQuery: Codable, Equatable {
    enum Kind: String, Codable { case phrase, and, or, not }

    var queryClass: QueryClass
    var kind: Kind
    /// The phrases; for `.not`, the wanted one then the excluded one.
    var terms: [String]
    /// The query as a Suoyin user types it: `法治`, `法治 政府`, `法治 OR 政府`, `法治 -政府`.
    var text: String

    init(_ queryClass: QueryClass, _ kind: Kind, _ terms: [String]) {
        self.queryClass = queryClass
        self.kind = kind
        self.terms = terms
        switch kind {
        case .phrase: text = terms[0]
        case .and: text = terms.joined(separator: " ")
        case .or: text = terms.joined(separator: " OR ")
        case .not: text = terms[0] + " -" + terms[1]
        }
    }

    static func phrase(_ queryClass: QueryClass, _ term: String) -> BenchQuery {
        BenchQuery(queryClass, .phrase, [term])
    }
}
