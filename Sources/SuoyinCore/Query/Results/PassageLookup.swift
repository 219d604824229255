import GRDB

/// Finds the passage a citation names, with passages around it.
public struct PassageLookup: Sendable {
    /// A cited passage with its neighbours and the state of its file.
    public struct Found: Sendable {
        public var passage: SearchResult
        /// Up to `context` passages before it, in reading order.
        public var before: [SearchResult]
        /// Up to `context` passages after it, in reading order.
        public var after: [SearchResult]
        /// The document's encoding as detected at index time.
        public var encoding: String
        /// Set when the file changed or vanished since it was indexed: why.
        public var staleness: String?
    }

    public let database: IndexDatabase
    private let normalizer = PathNormalizer()

    public init(database: IndexDatabase) {
        self.database = database
    }

    /// The passage at `citation` and `context` passages on each side.
    ///
    /// With a column, the passage that starts there; without one, the line's
    /// first passage. When no passage starts there, the error names the
    /// nearest citations: the line's passages, else those around the line.
    public func passage(at citation: Citation, context: Int = 0) throws(SuoyinError) -> Found {
        let absolutePath = normalizer.absolute(citation.path)
        let found = try database.read("look up a passage") { db -> (Row, Neighbourhood)? in
            guard let document = try Row.fetchOne(db, sql: """
                SELECT id, path, absolutePath, title, encoding, size, modified, hash, firstPassage, lastPassage
                FROM documents WHERE path = ? OR absolutePath = ? LIMIT 1
                """, arguments: [PathNormalizer.normalize(citation.path), absolutePath])
            else { throw SuoyinError.documentNotIndexed(path: citation.path) }
            // The document's passages are the ids firstPassage...lastPassage, in reading order.
            let first: Int64 = document["firstPassage"]
            let last: Int64 = document["lastPassage"]
            let exact = citation.column.map { "AND column = \($0)" } ?? ""
            guard let target = try Int64.fetchOne(db, sql: """
                SELECT id FROM passages WHERE id BETWEEN ? AND ? AND line = ? \(exact) ORDER BY column LIMIT 1
                """, arguments: [first, last, citation.line])
            else {
                throw SuoyinError.passageNotFound(
                    citation: citation.description,
                    nearest: try Self.nearest(to: citation.line, in: first...last, path: document["path"], db))
            }
            return (document, try Self.neighbourhood(db, of: target, in: first...last, context: context))
        }
        guard let (document, neighbourhood) = found, let passage = neighbourhood.passage
        else { throw .documentNotIndexed(path: citation.path) }
        return Found(
            passage: passage, before: neighbourhood.before, after: neighbourhood.after,
            encoding: document["encoding"], staleness: staleness(of: document))
    }

    /// A passage (nil when its id is not in the index) and its neighbours, in reading order.
    typealias Neighbourhood = (before: [SearchResult], passage: SearchResult?, after: [SearchResult])

    /// Passage `target` of the document whose passages are the ids
    /// `document`, and up to `context` passages on each side within it, in
    /// reading order: what `show --context` and `search --context` print.
    static func neighbourhood(
        _ db: Database, of target: Int64, in document: ClosedRange<Int64>, context: Int
    ) throws -> Neighbourhood {
        let reach = Int64(clamping: max(context, 0))
        let rows = try Row.fetchAll(db, sql: """
            SELECT \(PassageRecord.columns), p.id
            FROM passages p JOIN documents d ON d.id = p.documentId LEFT JOIN sections s ON s.id = p.sectionId
            WHERE p.id BETWEEN ? AND ? ORDER BY p.id
            """, arguments: [target - min(reach, target - document.lowerBound),
                             target + min(reach, document.upperBound - target)])
        let results = rows.map { (id: $0[PassageRecord.columnCount] as Int64, result: PassageRecord(row: $0).result) }
        return (results.filter { $0.id < target }.map(\.result), results.first { $0.id == target }?.result,
                results.filter { $0.id > target }.map(\.result))
    }

    /// Citations of the passages nearest to `line` among the ids `passages`:
    /// those of the line itself (at most three), else the last one before
    /// it and the first one after it.
    private static func nearest(to line: Int, in passages: ClosedRange<Int64>, path: String, _ db: Database) throws -> [String] {
        let bounds = [passages.lowerBound, passages.upperBound]
        var rows = try Row.fetchAll(db, sql: """
            SELECT line, column FROM passages WHERE id BETWEEN ? AND ? AND line = ? ORDER BY column LIMIT 3
            """, arguments: StatementArguments(bounds + [Int64(line)]))
        if rows.isEmpty {
            rows = try Row.fetchAll(db, sql: """
                SELECT line, column FROM passages WHERE id = (
                    SELECT max(id) FROM passages WHERE id BETWEEN ? AND ? AND line < ?)
                UNION ALL
                SELECT line, column FROM passages WHERE id = (
                    SELECT min(id) FROM passages WHERE id BETWEEN ? AND ? AND line > ?)
                """, arguments: StatementArguments(bounds + [Int64(line)] + bounds + [Int64(line)]))
        }
        return rows.map { Citation(path: path, line: $0["line"], column: $0["column"]).description }
    }

    /// Why the document's file no longer matches the index, or nil.
    private func staleness(of document: Row) -> String? {
        let path: String = document["absolutePath"]
        guard let status = FileStatus(path: path) else { return "the file no longer exists" }
        if status.size == document["size"] && status.modified == document["modified"] { return nil }
        guard let bytes = try? FileReader.bytes(at: path) else { return "the file can no longer be read" }
        let hash = bytes.withUnsafeBytes { ContentHash.of($0) }
        return hash == document["hash"] as String ? nil : "the file changed since it was indexed"
    }
}
