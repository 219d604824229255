import GRDB

/// The files and folders a user has indexed (absolute paths), so that
/// `suoyin index` without paths can refresh them all.
///
/// A folder recorded makes any path inside it redundant: indexing
/// `Corpus/a.txt` after `Corpus` records nothing new, and indexing `Corpus`
/// after `Corpus/a.txt` replaces the file by the folder.
enum IndexRoots {
    /// The recorded paths, sorted.
    static func all(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT path FROM roots ORDER BY path")
    }

    /// Records `paths` (absolute, normalized) beside those recorded before.
    static func record(_ paths: [String], _ db: Database) throws {
        var roots = Set(try all(db))
        for path in paths where !roots.contains(where: { contains($0, path) }) {
            roots = roots.filter { !contains(path, $0) }
            roots.insert(path)
        }
        try db.execute(sql: "DELETE FROM roots")
        for root in roots { try db.execute(sql: "INSERT INTO roots(path) VALUES (?)", arguments: [root]) }
    }

    /// Forgets `path` (a root that no longer exists).
    static func forget(_ path: String, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM roots WHERE path = ?", arguments: [path])
    }

    /// Whether `outer` is `inner` or a folder above it.
    static func contains(_ outer: String, _ inner: String) -> Bool {
        inner == outer || inner.hasPrefix(outer == "/" ? "/" : outer + "/")
    }
}

extension IndexDatabase {
    /// The files and folders indexed into this index so far (absolute paths,
    /// sorted); for an index made before they were recorded, the folders
    /// that hold its documents.
    public func indexedRoots() throws(SuoyinError) -> [String] {
        try read("read the indexed folders") { db in
            let roots = try IndexRoots.all(db)
            guard roots.isEmpty else { return roots }
            let folders = try String.fetchAll(db, sql: "SELECT absolutePath FROM documents").map {
                String($0[..<($0.lastIndex(of: "/") ?? $0.endIndex)])
            }
            return Set(folders).sorted().filter { folder in
                !folders.contains { $0 != folder && IndexRoots.contains($0, folder) }
            }
        }
    }
}
