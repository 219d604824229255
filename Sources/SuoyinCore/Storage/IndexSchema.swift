import GRDB

/// The tables of a Suoyin index and the migration that creates them.
///
/// Passage text is stored once, in `passages`; `passages_fts` is an
/// external-content FTS5 table over it. ``DocumentWriter`` keeps the two in
/// step itself, with no triggers: a trigger would make every passage insert
/// open a statement journal, and FTS5 writes its pending terms to disk at
/// every statement savepoint, so each passage would become a segment of its
/// own (twice the indexing time, measured).
///
/// A document's passages have consecutive ids, `documents.firstPassage` to
/// `lastPassage`, in reading order: so passages need no ordinal and no index
/// by document, and a passage's end is its start plus its length. FTS5
/// keeps no passage sizes (`columnsize=0`): ``PassageLengths`` has them, for
/// the ranking, in a quarter of the space. Section paths are
/// stored once per document in `sections`, headings joined by U+001F. `passage_lengths` holds each passage's length in terms
/// (``PassageLengths``), `phrase_lists` the ranking shortcuts of frequent
/// phrases (``PhraseLists``), `dense_frequencies` those of the densest
/// (``DensePhrases``).
enum IndexSchema {
    /// Identifies a Suoyin index in its `meta` table.
    static let format = "suoyin"
    /// Joins the headings of a section path in `sections.headings`.
    static let sectionSeparator: Character = "\u{1F}"

    /// FTS5 holds up to this many bytes of pending terms before writing a
    /// segment (its default is 1 MB). Larger segments mean fewer to merge,
    /// but beyond a few MB FTS5's hash table of pending terms stops fitting
    /// the processor caches and each term costs more (measured: 4 MB best).
    static let pendingTermBytes = 4 << 20
    /// FTS5's leaf page size in bytes (its default is 4050). Smaller leaves
    /// made writing a fifth faster on the 200 MB benchmark (15.5 s → 12.8 s)
    /// for an index 1.5 % larger; 600 was slower again.
    static let leafPageBytes = 1000

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v3") { db in
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
                    issuer TEXT,
                    firstPassage INTEGER NOT NULL DEFAULT 0,
                    lastPassage INTEGER NOT NULL DEFAULT -1);
                CREATE INDEX documents_path ON documents(path);
                CREATE TABLE sections(id INTEGER PRIMARY KEY, headings TEXT NOT NULL);
                CREATE TABLE passages(
                    id INTEGER PRIMARY KEY,
                    documentId INTEGER NOT NULL REFERENCES documents(id),
                    line INTEGER NOT NULL,
                    column INTEGER NOT NULL,
                    start INTEGER NOT NULL,
                    sectionId INTEGER,
                    text TEXT NOT NULL);
                CREATE VIRTUAL TABLE passages_fts USING fts5(
                    text, content='passages', content_rowid='id', tokenize='suoyin', columnsize=0);
                CREATE TABLE passage_lengths(block INTEGER PRIMARY KEY, lengths BLOB NOT NULL);
                CREATE TABLE phrase_lists(phrase BLOB PRIMARY KEY, df INTEGER NOT NULL, list BLOB NOT NULL) WITHOUT ROWID;
                """)
            for (key, value) in [("hashsize", pendingTermBytes), ("pgsz", leafPageBytes)] {
                try db.execute(sql: "INSERT INTO passages_fts(passages_fts, rank) VALUES (?, ?)", arguments: [key, value])
            }
            try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('format', ?), ('rows', '0'), ('tokens', '0')",
                           arguments: [format])
        }
        migrator.registerMigration("v3: dense phrase frequencies") { db in
            // See DensePhrases: frequencies of the densest phrases, two bits a passage.
            try db.execute(sql: """
                CREATE TABLE dense_frequencies(
                    phrase BLOB PRIMARY KEY, frequencies BLOB NOT NULL, exceptions BLOB NOT NULL) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v3: document numbers") { db in
            // The issuing document number (DocumentNumber), as the document spells it.
            try db.execute(sql: "ALTER TABLE documents ADD COLUMN number TEXT")
        }
        migrator.registerMigration("v3: indexed roots") { db in
            // The files and folders given to `suoyin index` (IndexRoots), refreshed by a run without paths.
            try db.execute(sql: "CREATE TABLE roots(path TEXT PRIMARY KEY) WITHOUT ROWID")
        }
        migrator.registerMigration("v3: document pages") { db in
            // See PageLines: the first extracted line of each page of a PDF, so a
            // passage's page follows from its line without a column per passage.
            try db.execute(sql: "ALTER TABLE documents ADD COLUMN pageLines TEXT")
        }
        migrator.registerMigration("v3: split lines") { db in
            // See SplitLines: the lines cut into several passages, for searches within a paragraph.
            try db.execute(sql: """
                CREATE TABLE split_lines(first INTEGER PRIMARY KEY, last INTEGER NOT NULL);
                INSERT INTO split_lines(first, last)
                    SELECT min(id), max(id) FROM passages GROUP BY documentId, line HAVING count(*) > 1;
                """)
        }
        migrator.registerMigration("v3: phrase list documents") { db in
            // How many documents hold each listed phrase, so that a search's totals need not
            // count them (MatchCounter); NULL in lists built before, until they are rebuilt.
            try db.execute(sql: "ALTER TABLE phrase_lists ADD COLUMN documents INTEGER")
        }
        migrator.registerMigration("v3: passage copy keys") { db in
            // See DuplicateKey: each passage's copy key, so that copies are found by one index lookup.
            try db.execute(sql: "ALTER TABLE passages ADD COLUMN copyKey INTEGER")
            let update = try db.makeStatement(sql: "UPDATE passages SET copyKey = ? WHERE id = ?")
            let rows = try Row.fetchCursor(db, sql: "SELECT id, text FROM passages")
            var keys: [(Int64, Int64)] = []
            while let row = try rows.next() {
                if let key = DuplicateKey(row["text"]).stored { keys.append((row["id"], key)) }
            }
            for (id, key) in keys { try update.execute(arguments: [key, id]) }
            try db.execute(sql: "CREATE INDEX passages_copy_key ON passages(copyKey) WHERE copyKey IS NOT NULL")
        }
        return migrator
    }
}
