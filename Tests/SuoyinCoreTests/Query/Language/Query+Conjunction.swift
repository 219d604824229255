@testable import SuoyinCore

/// The query as the older tests read it: a conjunction's groups and
/// excluded terms, each term as typed (its first form); empty when the
/// query is not a conjunction.
extension Query {
    var groups: [[QueryPhrase]] { conjunction?.groups.map { $0.map { $0.forms[0] } } ?? [] }
    var excluded: [QueryPhrase] { conjunction?.excluded.map { $0.forms[0] } ?? [] }
}
