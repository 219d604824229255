import GRDB
import SuoyinCore

/// Suoyin's inserts timed alone, in the terms the baseline is timed in.
///
/// A fresh index is created by SuoyinCore (same schema, triggers and
/// stamp); then the documents and passages of the measured index are written
/// into it again, in the indexer's transactions and with its statements
/// (delete by path, insert the document, insert its passages; the trigger
/// feeds FTS5 through the `suoyin` tokenizer). Only the inserts and commits
/// are timed: reading the rows back is not.
enum SuoyinReplay {
    static func run(from index: IndexFile, at path: String, inputBytes: Int) throws(BenchError) -> BuildMeasurement {
        do throws(SuoyinError) {
            _ = try IndexDatabase.openForWriting(at: path)  // creates the schema; closed when released
        } catch {
            throw .suoyin(error)
        }
        let queue = try BenchError.database(path, "open the replay index") {
            try DatabaseQueue(path: path, configuration: SuoyinConnection.configuration(readOnly: false))
        }
        let memory = MemoryWindow.open()
        var seconds = 0.0
        var passages = 0
        try index.forEachBatch { batch throws(BenchError) in
            passages += batch.passages.count
            seconds += try Stopwatch.time { () throws(BenchError) in
                try BenchError.database(path, "insert passages") { try queue.write { db in try insert(batch, db) } }
            }.seconds
        }
        let window = memory.closed()
        try BenchError.database(path, "close the replay index") { try queue.close() }
        return BuildMeasurement(seconds: seconds, inputBytes: inputBytes, passages: passages, memory: window, indexPath: path)
    }

    private static func insert(_ batch: IndexFile.Batch, _ db: Database) throws {
        guard let firstDocument = batch.documents.first, let firstPassage = batch.passages.first else { return }
        let delete = try db.cachedStatement(sql: "DELETE FROM documents WHERE absolutePath = ?")
        let insertDocument = try db.cachedStatement(sql: insertion(into: "documents", columns: firstDocument.columnNames))
        let insertPassage = try db.cachedStatement(sql: insertion(into: "passages", columns: firstPassage.columnNames))
        var next = 0
        for document in batch.documents {
            let id: Int64 = document["id"]
            try delete.execute(arguments: [document["absolutePath"] as String])
            try insertDocument.execute(arguments: StatementArguments(Array(document.databaseValues)))
            while next < batch.passages.count, batch.passages[next]["documentId"] as Int64 == id {
                try insertPassage.execute(arguments: StatementArguments(Array(batch.passages[next].databaseValues)))
                next += 1
            }
        }
    }

    /// `INSERT INTO table("a", "b") VALUES (?, ?)` for the columns as read,
    /// so the replay follows the schema whatever columns it gains.
    private static func insertion(into table: String, columns: some Collection<String>) -> String {
        let names = columns.map { "\"\($0)\"" }.joined(separator: ", ")
        let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        return "INSERT INTO \(table)(\(names)) VALUES (\(marks))"
    }
}
