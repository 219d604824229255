import GRDB

/// Writes documents and their passages to the index, a batch per transaction.
struct DocumentWriter {
    /// What the index holds for a file, to decide whether to read it again.
    struct KnownDocument {
        var id: Int64
        var size: Int64
        var modified: Double
        var hash: String
    }

    let database: IndexDatabase
    /// Indexed documents by absolute path, as of the start of the run.
    let known: [String: KnownDocument]

    init(database: IndexDatabase) throws(SuoyinError) {
        self.database = database
        known = try database.read("read the indexed documents") { db in
            var known: [String: KnownDocument] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, absolutePath, size, modified, hash FROM documents") {
                known[row["absolutePath"]] = KnownDocument(
                    id: row["id"], size: row["size"], modified: row["modified"], hash: row["hash"])
            }
            return known
        }
    }

    /// Replaces or adds `documents` in one transaction.
    func write(_ documents: [LoadedDocument]) throws(SuoyinError) {
        guard !documents.isEmpty else { return }
        try database.write("write documents") { db in
            try ImpactLists.invalidate(db)
            let deleteDocument = try db.cachedStatement(sql: "DELETE FROM documents WHERE absolutePath = ?")
            let insertDocument = try db.cachedStatement(sql: """
                INSERT INTO documents(path, absolutePath, title, encoding, size, modified, hash, characters, date, issuer)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let insertPassage = try db.cachedStatement(sql: """
                INSERT INTO passages(documentId, ordinal, line, column, start, "end", section, text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for document in documents {
                try deleteDocument.execute(arguments: [document.file.absolutePath])
                try insertDocument.execute(arguments: [
                    document.file.path, document.file.absolutePath, document.title, document.encoding,
                    document.status.size, document.status.modified, document.hash, document.characters,
                    document.metadata.date, document.metadata.issuer,
                ])
                let documentId = db.lastInsertedRowID
                for (ordinal, passage) in document.passages.enumerated() {
                    try insertPassage.execute(arguments: [
                        documentId, ordinal, passage.line, passage.column, passage.start, passage.end,
                        passage.section.joined(separator: String(IndexSchema.sectionSeparator)), passage.text,
                    ])
                }
            }
        }
    }

    /// Records a new size and modification time for a file whose content is unchanged.
    func touch(_ file: SourceFile, status: FileStatus) throws(SuoyinError) {
        try database.write("update a document") { db in
            try db.execute(sql: "UPDATE documents SET size = ?, modified = ? WHERE absolutePath = ?",
                           arguments: [status.size, status.modified, file.absolutePath])
        }
    }

    /// Removes the documents at `absolutePaths`.
    func remove(_ absolutePaths: [String]) throws(SuoyinError) {
        guard !absolutePaths.isEmpty else { return }
        try database.write("remove documents") { db in
            try ImpactLists.invalidate(db)
            for path in absolutePaths {
                try db.execute(sql: "DELETE FROM documents WHERE absolutePath = ?", arguments: [path])
            }
        }
    }

    /// Rebuilds the impact lists when they are stale (see ``ImpactLists``).
    func refreshImpactLists(threshold: Int) throws(SuoyinError) {
        try database.write("rank frequent terms") { db in
            guard try ImpactLists.statistics(db) == nil else { return }
            try ImpactLists.rebuild(db, threshold: threshold)
        }
    }

    func passageCount() throws(SuoyinError) -> Int {
        try database.read("count passages") { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM passages") ?? 0 }
    }
}
