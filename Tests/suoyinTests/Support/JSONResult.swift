import Foundation

/// One `--json` object printed by `suoyin search` or `suoyin show`, decoded
/// without the library's own types so the test sees exactly what tools see.
struct JSONResult: Sendable, Equatable {
    /// Every key of the object, to check the field list is exactly the contract's.
    var keys: Set<String>
    var rank: Int?
    var score: Double?
    var citation: String
    var path: String
    var title: String
    var line: Int
    var start: Int
    var end: Int
    var section: [String]
    var text: String
    var highlights: [[Int]]
    /// The document's publication date, `YYYY-MM-DD`; nil for JSON `null`.
    var date: String?
    /// The document's issuer; nil for JSON `null`.
    var issuer: String?
    /// The document's number (`发文字号`); nil for JSON `null`.
    var number: String?
    /// The page the passage starts on; nil for JSON `null` (documents without pages).
    var page: Int?
    /// Citations of the passage's copies (search only; nil for `show`).
    var copies: [String]?

    /// The contract's field list.
    static let contractKeys: Set<String> = [
        "rank", "score", "citation", "path", "title", "line", "start", "end", "section", "text", "highlights",
        "date", "issuer", "number", "page",
    ]
    /// A search result's fields: the contract's and the citations of its copies, always present.
    static let searchKeys = contractKeys.union(["copies"])

    struct DecodingFailure: Error, CustomStringConvertible {
        var line: String
        var description: String { "Not a result object: \(line)" }
    }

    init(line: String) throws {
        guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let citation = object["citation"] as? String, let path = object["path"] as? String,
              let title = object["title"] as? String, let lineNumber = object["line"] as? Int,
              let start = object["start"] as? Int, let end = object["end"] as? Int,
              let section = object["section"] as? [String], let text = object["text"] as? String,
              let highlights = object["highlights"] as? [[Int]],
              let date = Self.stringOrNull(object["date"]), let issuer = Self.stringOrNull(object["issuer"]),
              let number = Self.stringOrNull(object["number"]),
              object["page"] is NSNull || object["page"] is Int
        else { throw DecodingFailure(line: line) }
        keys = Set(object.keys)
        copies = object["copies"] as? [String]
        rank = object["rank"] as? Int
        score = object["score"] as? Double
        self.citation = citation
        self.path = path
        self.title = title
        self.line = lineNumber
        self.start = start
        self.end = end
        self.section = section
        self.text = text
        self.highlights = highlights
        self.date = date
        self.issuer = issuer
        self.number = number
        page = object["page"] as? Int
    }

    /// `.some(string)` for a JSON string, `.some(nil)` for `null`, and nil when
    /// the value is missing or of another type.
    private static func stringOrNull(_ value: Any?) -> String?? {
        switch value {
        case let string as String: return .some(string)
        case is NSNull: return .some(nil)
        default: return nil
        }
    }

    /// Whether `rank` and `score` are present as JSON `null` (as `show` prints them).
    static func hasNullRankAndScore(_ line: String) throws -> Bool {
        guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return false }
        return object["rank"] is NSNull && object["score"] is NSNull
    }
}
