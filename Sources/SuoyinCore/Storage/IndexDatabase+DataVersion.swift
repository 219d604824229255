import GRDB

extension IndexDatabase {
    /// SQLite's `data_version` of this connection: it changes whenever
    /// another connection (another process's `suoyin index`) has committed
    /// to the file since this one last looked, in either journal mode.
    ///
    /// A server keeps answers only while it is unchanged; ask it *before*
    /// reading, so that what was read is never older than the version it is
    /// filed under.
    public func dataVersion() throws(SuoyinError) -> Int {
        try read("check whether the index changed") { db in
            try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0
        }
    }
}

extension IndexDatabase {
    /// The index's ``ContentGeneration``: it changes whenever a write changed
    /// what searches can find, and only then.
    ///
    /// A server keeps answers only while it is unchanged; ask it *before*
    /// reading, so that what was read is never older than the generation it is
    /// filed under.
    public func contentGeneration() throws(SuoyinError) -> Int {
        try read("check whether the index changed") { db in try ContentGeneration.current(db) }
    }
}
