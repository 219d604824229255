/// The SQLite settings of the Suoyin index that the baseline copies.
struct SQLiteSettings: Codable {
    var sqliteVersion: String
    var pageSize: Int
    /// The text encoding of the file (`UTF-8`, `UTF-16le`…).
    var encoding: String
    var journalMode: String
    /// 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA.
    var synchronous: Int
    var walAutocheckpoint: Int
    var cacheSize: Int
    /// Characters of document text per write transaction.
    var batchCharacters: Int
}
