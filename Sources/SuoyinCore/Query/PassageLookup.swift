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
    /// With a column, the passage of that line that contains the column;
    /// without one, the line's first passage.
    public func passage(at citation: Citation, context: Int = 0) throws(SuoyinError) -> Found {
        let absolutePath = normalizer.absolute(citation.path)
        let found = try database.read("look up a passage") { db -> (Row, [Row], Row)? in
            guard let document = try Row.fetchOne(db, sql: """
                SELECT id, path, absolutePath, title, encoding, size, modified, hash FROM documents
                WHERE path = ? OR absolutePath = ? LIMIT 1
                """, arguments: [PathNormalizer.normalize(citation.path), absolutePath])
            else { throw SuoyinError.documentNotIndexed(path: citation.path) }
            let documentId: Int64 = document["id"]
            guard let target = try Row.fetchOne(db, sql: """
                SELECT ordinal FROM passages WHERE documentId = ? AND line = ? AND column <= ?
                ORDER BY column DESC LIMIT 1
                """, arguments: [documentId, citation.line, citation.column ?? 1])
                ?? Row.fetchOne(db, sql: """
                SELECT ordinal FROM passages WHERE documentId = ? AND line = ? ORDER BY column LIMIT 1
                """, arguments: [documentId, citation.line])
            else { return nil }
            let ordinal: Int = target["ordinal"]
            let rows = try Row.fetchAll(db, sql: """
                SELECT p.ordinal, p.line, p.column, p.start, p."end", s.headings AS section, p.text,
                       d.path, d.title, d.date, d.issuer
                FROM passages p JOIN documents d ON d.id = p.documentId LEFT JOIN sections s ON s.id = p.sectionId
                WHERE p.documentId = ? AND p.ordinal BETWEEN ? AND ? ORDER BY p.ordinal
                """, arguments: [documentId, ordinal - context, ordinal + context])
            return (document, rows, target)
        }
        guard let (document, rows, target) = found else { throw .passageNotFound(citation: citation.description) }
        let ordinal: Int = target["ordinal"]
        let results = rows.map { (ordinal: $0["ordinal"] as Int, result: PassageRecord(row: $0).result) }
        return Found(
            passage: results.first { $0.ordinal == ordinal }!.result,
            before: results.filter { $0.ordinal < ordinal }.map(\.result),
            after: results.filter { $0.ordinal > ordinal }.map(\.result),
            encoding: document["encoding"],
            staleness: staleness(of: document))
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
