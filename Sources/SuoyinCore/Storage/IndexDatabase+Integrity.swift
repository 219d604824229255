import GRDB

extension IndexDatabase {
    /// Checks the whole file (SQLite's `integrity_check`) and the full-text
    /// index against the passages (FTS5's `integrity-check`); returns the
    /// problems found, none when the index is sound.
    public func integrityProblems() throws(SuoyinError) -> [String] {
        try write("check the index") { db in
            var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            do {
                try db.execute(sql: "INSERT INTO passages_fts(passages_fts, rank) VALUES ('integrity-check', 1)")
            } catch {
                problems.append("the full-text index does not match the passages")
            }
            return problems
        }
    }
}
