import GRDB

/// The tables of a Suoyin index and the migrations that create them.
///
/// Passage text is stored once, in `passages`; `passages_fts` is an
/// external-content FTS5 table over it, kept in step by triggers.
/// Section paths are stored as headings joined by U+001F.
enum IndexSchema {
    /// Identifies a Suoyin index in its `meta` table.
    static let format = "suoyin"
    /// Joins the headings of a section path in the `section` column.
    static let sectionSeparator: Character = "\u{1F}"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
                CREATE TABLE documents(
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL,
                    absolutePath TEXT NOT NULL UNIQUE,
                    title TEXT NOT NULL,
                    encoding TEXT NOT NULL,
                    size INTEGER NOT NULL,
                    modified REAL NOT NULL,
                    hash TEXT NOT NULL,
                    characters INTEGER NOT NULL,
                    date TEXT,
                    issuer TEXT);
                CREATE INDEX documents_path ON documents(path);
                CREATE TABLE passages(
                    id INTEGER PRIMARY KEY,
                    documentId INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    line INTEGER NOT NULL,
                    column INTEGER NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    section TEXT NOT NULL,
                    text TEXT NOT NULL);
                CREATE INDEX passages_document ON passages(documentId, ordinal);
                CREATE VIRTUAL TABLE passages_fts USING fts5(
                    text, content='passages', content_rowid='id', tokenize='suoyin');
                CREATE TRIGGER passages_after_insert AFTER INSERT ON passages BEGIN
                    INSERT INTO passages_fts(rowid, text) VALUES (new.id, new.text);
                END;
                CREATE TRIGGER passages_after_delete AFTER DELETE ON passages BEGIN
                    INSERT INTO passages_fts(passages_fts, rowid, text) VALUES ('delete', old.id, old.text);
                END;
                """)
            try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('format', ?)", arguments: [format])
        }
        migrator.registerMigration("v2: impact lists") { db in
            // See ImpactLists: the best passages of each frequent term, per
            // term frequency, and the document frequency of those terms.
            try db.execute(sql: """
                CREATE TABLE term_stats(term BLOB PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
                CREATE TABLE term_impacts(
                    term BLOB NOT NULL, tf INTEGER NOT NULL, length INTEGER NOT NULL, passageId INTEGER NOT NULL,
                    PRIMARY KEY(term, tf, length, passageId)) WITHOUT ROWID;
                """)
        }
        return migrator
    }
}
