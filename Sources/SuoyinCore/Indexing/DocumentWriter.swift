import GRDB
import TextAnalysis

/// Writes documents and their passages to the index, a batch per transaction,
/// keeping the FTS5 table, the passage lengths and the index totals in step
/// with the passages.
///
/// Every statement is a single-row insert or delete without triggers, so
/// SQLite opens no statement journal and FTS5 keeps the batch's terms in
/// memory until the commit (see ``IndexSchema``). Removing a document does
/// need a statement journal (its row is the parent of foreign keys), which
/// makes FTS5 write what it holds; so the old versions of a batch's
/// documents are all removed before the first insert, while FTS5 holds nothing.
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

    /// Replaces or adds `documents` in one transaction; returns the id of
    /// each one's first passage (its passages have the ids that follow).
    @discardableResult
    func write(_ documents: [LoadedDocument]) throws(SuoyinError) -> [Int64] {
        guard !documents.isEmpty else { return [] }
        return try database.write("write documents") { db -> [Int64] in
            var firstPassages: [Int64] = []
            var totals = try IndexTotals(db)
            try ContentGeneration.advance(db)
            // The phrase lists lose the old versions' passages, then gain the batch's (both nil when stale).
            let listed = try ListedPhrases.current(db)
            var removal = listed.map(PhraseListRemoval.init)
            for document in documents {
                try removeDocument(at: document.file.absolutePath, totals: &totals, removal: &removal, db)
            }
            try keepLists(removal, db)
            var addition = try PhraseLists.isCurrent(db) ? listed.map(PhraseListAddition.init) : nil
            let insertDocument = try db.cachedStatement(sql: """
                INSERT INTO documents(
                    path, absolutePath, title, encoding, size, modified, hash, characters, date, issuer, number,
                    pageLines)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let insertSection = try db.cachedStatement(sql: "INSERT INTO sections(headings) VALUES (?)")
            let insertPassage = try db.cachedStatement(sql: """
                INSERT INTO passages(documentId, line, column, start, sectionId, text, copyKey) VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            let insertTerms = try db.cachedStatement(sql: "INSERT INTO passages_fts(rowid, text) VALUES (?, ?)")
            let setRange = try db.cachedStatement(sql: "UPDATE documents SET firstPassage = ?, lastPassage = ? WHERE id = ?")
            var lengths = PassageLengthsWriter()
            for document in documents {
                try insertDocument.execute(arguments: [
                    document.file.path, document.file.absolutePath, document.title, document.encoding,
                    document.status.size, document.status.modified, document.hash, document.characters,
                    document.metadata.date, document.metadata.issuer, document.metadata.number,
                    document.pageLines?.stored,
                ])
                let documentId = db.lastInsertedRowID
                addition?.beginDocument(path: document.file.path)
                var sections: [[String]: Int64] = [:]
                var passageIds: (first: Int64, last: Int64)?
                var previous: (section: [String], id: Int64?) = ([], nil)
                for (ordinal, passage) in document.passages.enumerated() {
                    var sectionId: Int64?
                    // Passages in a row mostly share a section: compare with the last one before hashing.
                    if passage.section == previous.section {
                        sectionId = previous.id
                    } else if !passage.section.isEmpty {
                        sectionId = sections[passage.section]
                        if sectionId == nil {
                            try insertSection.execute(arguments: [
                                passage.section.joined(separator: String(IndexSchema.sectionSeparator)),
                            ])
                            sectionId = db.lastInsertedRowID
                            sections[passage.section] = sectionId
                        }
                    }
                    previous = (passage.section, sectionId)
                    try insertPassage.execute(arguments: [
                        documentId, passage.line, passage.column, passage.start, sectionId, passage.text,
                        ordinal < document.copyKeys.count ? document.copyKeys[ordinal] : DuplicateKey(passage.text).stored,
                    ])
                    let passageId = db.lastInsertedRowID
                    try insertTerms.execute(arguments: [passageId, passage.text])
                    try lengths.set(document.termCounts[ordinal], of: passageId, db)
                    addition?.add(passage, id: passageId, length: document.termCounts[ordinal])
                    totals.add(terms: document.termCounts[ordinal])
                    passageIds = (passageIds?.first ?? passageId, passageId)
                }
                if let passageIds {
                    try setRange.execute(arguments: [passageIds.first, passageIds.last, documentId])
                    try SplitLines.record(ids: passageIds.first...passageIds.last, lines: document.passages.map(\.line), db)
                }
                firstPassages.append(passageIds?.first ?? 0)
            }
            try lengths.write(db)
            try totals.write(db)
            try addition?.write(db)
            return firstPassages
        }
    }

    /// Records a new size and modification time for a file whose content is unchanged.
    func touch(_ file: SourceFile, status: FileStatus) throws(SuoyinError) {
        try database.write("update a document") { db in
            try ContentGeneration.advance(db)
            try db.execute(sql: "UPDATE documents SET size = ?, modified = ? WHERE absolutePath = ?",
                           arguments: [status.size, status.modified, file.absolutePath])
        }
    }

    /// Removes the documents at `absolutePaths`.
    func remove(_ absolutePaths: [String]) throws(SuoyinError) {
        guard !absolutePaths.isEmpty else { return }
        try database.write("remove documents") { db in
            try ContentGeneration.advance(db)
            var totals = try IndexTotals(db)
            var removal = try ListedPhrases.current(db).map(PhraseListRemoval.init)
            for path in absolutePaths { try removeDocument(at: path, totals: &totals, removal: &removal, db) }
            try keepLists(removal, db)
            try totals.write(db)
        }
    }

    /// Takes the removed passages out of the phrase lists, or marks the lists stale when that cannot keep them exact.
    private func keepLists(_ removal: PhraseListRemoval?, _ db: Database) throws {
        if let removal, try !removal.apply(db) { try PhraseLists.invalidate(db) }
    }

    /// Removes one document, if indexed: its terms from FTS5 (which needs
    /// the very text it indexed), its passages from the phrase lists
    /// (`removal`), its passages, sections and row.
    private func removeDocument(
        at absolutePath: String, totals: inout IndexTotals, removal: inout PhraseListRemoval?, _ db: Database
    ) throws {
        guard let document = try Row.fetchOne(db, sql: """
            SELECT id, firstPassage, lastPassage FROM documents WHERE absolutePath = ?
            """, arguments: [absolutePath])
        else { return }
        let documentId: Int64 = document["id"]
        let passages: [Int64] = [document["firstPassage"], document["lastPassage"]]
        let deleteTerms = try db.cachedStatement(sql: """
            INSERT INTO passages_fts(passages_fts, rowid, text) VALUES ('delete', ?, ?)
            """)
        let tokenizer = BigramTokenizer()
        removal?.beginDocument(path: absolutePath)
        for row in try Row.fetchAll(db, sql: "SELECT id, text FROM passages WHERE id BETWEEN ? AND ?",
                                    arguments: [passages[0], passages[1]]) {
            var text: String = row["text"]
            let id: Int64 = row["id"]
            try deleteTerms.execute(arguments: [id, text])
            totals.remove(terms: text.withUTF8 { tokenizer.termCount($0) })
            removal?.remove(text: text, id: id)
        }
        if passages[0] <= passages[1] { try SplitLines.remove(ids: passages[0]...passages[1], db) }
        try db.execute(sql: """
            DELETE FROM sections WHERE id IN (SELECT sectionId FROM passages WHERE id BETWEEN ? AND ?);
            DELETE FROM passages WHERE id BETWEEN ? AND ?;
            DELETE FROM documents WHERE id = ?;
            """, arguments: [passages[0], passages[1], passages[0], passages[1], documentId])
    }

    /// Sets FTS5's merging for a run (see ``SegmentMerging``).
    func beginRun(bulk: Bool) throws(SuoyinError) {
        try database.write("prepare the index for writing") { db in try SegmentMerging.begin(db, bulk: bulk) }
    }

    /// Merges FTS5's segments as the run requires and gives back free pages.
    func finishRun(bulk: Bool) throws(SuoyinError) {
        try database.writeWithoutTransaction("merge the full-text index") { db in
            try SegmentMerging.finish(db, bulk: bulk)
        }
    }

    /// Rebuilds the phrase lists when they are stale or outgrown (see ``PhraseLists``):
    /// from `stream` when it counted every passage of the index (`firstPassages`
    /// gives the ids of its documents' passages) from candidates that hold for
    /// all of them, else from the passages.
    func refreshPhraseLists(
        threshold: Int?, stream: PhraseListStream?, firstPassages: [Int64]
    ) throws(SuoyinError) {
        try database.write("rank frequent phrases") { db in
            let rows = try IndexTotals(db).rows
            guard try !PhraseLists.isCurrent(db) || PhraseLists.isOutgrown(db, rows: rows) else { return }
            if let stream, stream.passages == rows, let (collector, threshold) = stream.finish(rows: rows) {
                try PhraseLists.store(collector, threshold: threshold, rows: rows, db) { candidate in
                    firstPassages[Int(candidate.document)] + candidate.passage
                }
            } else {
                try PhraseLists.rebuild(db, threshold: threshold)
            }
            try DensePhrases.rebuild(db, rows: rows)
        }
    }

    func passageCount() throws(SuoyinError) -> Int {
        try database.read("count passages") { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM passages") ?? 0 }
    }
}
