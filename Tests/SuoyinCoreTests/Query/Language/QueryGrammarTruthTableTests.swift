import Foundation
import GRDB
import Testing
import TestSupport
@testable import SuoyinCore

/// The query language against a brute-force evaluator on generated
/// documents: precedence, parentheses, quotes, `NEAR`, numerals, repairs,
/// and `AND` within a passage, a paragraph or a document. The brute force
/// knows nothing of tokens: a term is a substring (its numeral forms from a
/// table written here, a quoted space any run of the generator's
/// separators or none), `NEAR` a gap of characters, and a unit matches as
/// the grammar says.
@Suite("query grammar truth tables")
struct QueryGrammarTruthTableTests {
    /// Words with no numeral or case folding of their own but for the
    /// numerals, whose other forms the table gives.
    static let words = ["依法", "行政", "法治", "政府", "督察", "第12条", "第十二条", "2023年", "二〇二三年"]
    static let numeralForms: [String: [String]] = [
        "第12条": ["第12条", "第十二条"], "第十二条": ["第十二条", "第12条"],
        "2023年": ["2023年", "二〇二三年", "二零二三年"], "二〇二三年": ["二〇二三年", "2023年"],
    ]
    static let separators = ["", "，", "、", " "]
    /// A filler sentence with none of the words, so lines grow past a passage.
    static let filler = "这是用于填充的句子内容。"

    /// A generated collection: documents of lines, some long enough to be cut into passages.
    struct Collection {
        var documents: [[String]] = []

        init(seed: UInt64) {
            var random = SplitMix64(seed: seed)
            for _ in 0..<12 {
                var lines: [String] = []
                for _ in 0..<Int.random(in: 2...6, using: &random) {
                    var line = ""
                    for _ in 0..<Int.random(in: 1...5, using: &random) {
                        line += QueryGrammarTruthTableTests.words.randomElement(using: &random)!
                        line += QueryGrammarTruthTableTests.separators.randomElement(using: &random)!
                        if Int.random(in: 0..<4, using: &random) == 0 {
                            line += "。" + String(repeating: QueryGrammarTruthTableTests.filler, count: Int.random(in: 10...40, using: &random))
                        }
                    }
                    lines.append(line + "。")
                }
                documents.append(lines)
            }
        }
    }

    /// A random query in the grammar, with its brute-force meaning.
    indirect enum Model {
        case term(String, quoted: Bool, exact: Bool)
        case near(String, String, Int)
        case and([Model], excluding: [Model])
        case or([Model])

        var text: String {
            switch self {
            case .term(let word, let quoted, let exact): (exact ? "=" : "") + (quoted ? "\"\(word)\"" : word)
            case .near(let a, let b, let distance): "\(a) NEAR/\(distance) \(b)"
            case .and(let required, let excluded):
                "(" + (required.map(\.text) + excluded.map { "NOT " + $0.text }).joined(separator: " AND ") + ")"
            case .or(let alternatives): "(" + alternatives.map(\.text).joined(separator: " OR ") + ")"
            }
        }

        static func random(_ random: inout SplitMix64, depth: Int = 0) -> Model {
            let word = { (random: inout SplitMix64) -> String in QueryGrammarTruthTableTests.words.randomElement(using: &random)! }
            switch depth >= 2 ? 0 : Int.random(in: 0..<6, using: &random) {
            case 0, 1:
                if Int.random(in: 0..<5, using: &random) == 0 {
                    return .term(word(&random) + " " + word(&random), quoted: true, exact: false)
                }
                return .term(word(&random), quoted: false, exact: Int.random(in: 0..<4, using: &random) == 0)
            case 2:
                return .near(word(&random), word(&random), Int.random(in: 0...12, using: &random))
            case 3, 4:
                let required = (0..<Int.random(in: 1...3, using: &random)).map { _ in Model.random(&random, depth: depth + 1) }
                let excluded = Int.random(in: 0..<3, using: &random) == 0 ? [Model.random(&random, depth: 2)] : []
                return .and(required, excluding: excluded)
            default:
                return .or((0..<Int.random(in: 2...3, using: &random)).map { _ in Model.random(&random, depth: depth + 1) })
            }
        }

        /// Whether `unit` (a passage, a line or a document's lines) satisfies the query;
        /// `NEAR` holds when some line of the unit has both words close enough.
        func holds(in unit: [String]) -> Bool {
            switch self {
            case .term(let word, let quoted, let exact):
                let pattern = Self.pattern(word, quoted: quoted, exact: exact)
                return unit.contains { $0.range(of: pattern, options: .regularExpression) != nil }
            case .near(let a, let b, let distance):
                return unit.contains { line in
                    let first = Self.occurrences(Self.pattern(a, quoted: false, exact: false), in: line)
                    let second = Self.occurrences(Self.pattern(b, quoted: false, exact: false), in: line)
                    return first.contains { x in second.contains { y in max(x.lowerBound, y.lowerBound) - min(x.upperBound, y.upperBound) <= distance } }
                }
            case .and(let required, let excluded):
                return required.allSatisfy { $0.holds(in: unit) } && !excluded.contains { $0.holds(in: unit) }
            case .or(let alternatives):
                return alternatives.contains { $0.holds(in: unit) }
            }
        }

        /// A regular expression for a term: its forms, a quoted space as any separators or none.
        static func pattern(_ word: String, quoted: Bool, exact: Bool) -> String {
            let pieces = word.split(separator: " ").map(String.init)
            let forms = pieces.map { piece in exact ? [piece] : (QueryGrammarTruthTableTests.numeralForms[piece] ?? [piece]) }
            let alternatives = forms.map { "(?:" + $0.map(NSRegularExpression.escapedPattern).joined(separator: "|") + ")" }
            return alternatives.joined(separator: "[，、。 ]*")
        }

        /// Scalar ranges of each match of `pattern` in `line`, overlapping ones included.
        static func occurrences(_ pattern: String, in line: String) -> [Range<Int>] {
            let scalars = Array(line.unicodeScalars)
            var ranges: [Range<Int>] = []
            let regex = try! NSRegularExpression(pattern: "^(?:" + pattern + ")")
            for start in scalars.indices {
                let rest = String(String.UnicodeScalarView(scalars[start...]))
                if let match = regex.firstMatch(in: rest, range: NSRange(rest.startIndex..., in: rest)) {
                    let length = Range(match.range, in: rest).map { rest[$0].unicodeScalars.count } ?? 0
                    ranges.append(start..<(start + length))
                }
            }
            return ranges
        }
    }

    @Test("random queries find exactly the passages, paragraphs and documents the brute force finds",
          arguments: SearchScope.allCases)
    func randomQueries(scope: SearchScope) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("suoyin-grammar-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let collection = Collection(seed: 9)
        for (number, lines) in collection.documents.enumerated() {
            try Data(lines.joined(separator: "\n").utf8).write(to: folder.appendingPathComponent("d\(number).txt"))
        }
        let database = try IndexDatabase.openForWriting(at: folder.appendingPathComponent("i.sqlite").path)
        _ = try Indexer(database: database, report: { _ in }).index([folder.path])
        let passages = try database.read("test") { db in
            try Row.fetchAll(db, sql: "SELECT d.path, p.line, p.column, p.text FROM passages p JOIN documents d ON d.id = p.documentId ORDER BY p.id")
        }
        #expect(try database.read("test") { try SplitLines.exist($0) }, "some lines must be cut into passages")

        var random = SplitMix64(seed: 77)
        var matched = 0
        for _ in 0..<60 {
            let model = Model.random(&random)
            guard let query = try? QueryParser.parse(model.text, scope: scope) else { continue }
            let results = try Searcher(database: database).search(query, limit: 0)
            // The brute force's units, and the units the results fall in.
            let path = { (text: String) in URL(fileURLWithPath: text).lastPathComponent }
            var expected = Set<String>()
            switch scope {
            case .passage:
                for row in passages where model.holds(in: [row["text"]]) {
                    expected.insert("\(path(row["path"])):\(row["line"] as Int):\(row["column"] as Int)")
                }
            case .paragraph:
                for (number, lines) in collection.documents.enumerated() {
                    for (index, line) in lines.enumerated() where model.holds(in: [line]) { expected.insert("d\(number).txt:\(index + 1)") }
                }
            case .document:
                for (number, lines) in collection.documents.enumerated() where model.holds(in: lines) { expected.insert("d\(number).txt") }
            }
            let found = Set(results.map { result -> String in
                switch scope {
                case .passage: "\(path(result.path)):\(result.citation.split(separator: ":").suffix(2).joined(separator: ":"))"
                case .paragraph: "\(path(result.path)):\(result.line)"
                case .document: path(result.path)
                }
            })
            #expect(found == expected, "\(model.text) within \(scope)")
            // Reading the other terms only within a rare term's units gives the same answer.
            if scope != .passage {
                let (always, never) = try database.read("test") { db -> ([RankedPassage], [RankedPassage]) in
                    let plan = try QueryPlan(db, query: query, count: nil)
                    let lengths = try PassageLengths(db)
                    return (try ScopedEvaluation(db: db, plan: plan, lengths: lengths, restriction: .always).passages(),
                            try ScopedEvaluation(db: db, plan: plan, lengths: lengths, restriction: .never).passages())
                }
                let key = { (passage: RankedPassage) in "\(passage.id)-\(passage.through ?? 0)-\(passage.bm25)" }
                #expect(Set(always.map(key)) == Set(never.map(key)), "\(model.text) within \(scope)")
            }
            if !expected.isEmpty { matched += 1 }
        }
        #expect(matched > 20)
    }
}
