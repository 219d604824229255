/// A parsed search query: groups of alternatives that must all match, and
/// phrases that must not.
///
/// For example, `法治 政府 OR 行政 -督察` is `[[法治], [政府, 行政]]`
/// excluding `[督察]`.
public struct Query: Equatable, Sendable {
    /// Every group must match; a group matches when any of its phrases does.
    public var groups: [[QueryPhrase]]
    /// No passage containing one of these phrases is returned.
    public var excluded: [QueryPhrase]

    /// All phrases that can match, for highlighting.
    public var positivePhrases: [QueryPhrase] { groups.flatMap { $0 } }

    /// The FTS5 MATCH expression for this query.
    ///
    /// Built entirely from analyzed terms, every one quoted, so nothing a
    /// user types can reach FTS5's query syntax.
    public var matchExpression: String {
        let required = groups.map { group in
            group.count == 1 ? group[0].matchExpression : "(" + group.map(\.matchExpression).joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
        guard !excluded.isEmpty else { return required }
        return "(\(required)) NOT (" + excluded.map(\.matchExpression).joined(separator: " OR ") + ")"
    }
}
