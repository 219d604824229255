import GRDB

/// Decides, result by result in order, which results stand for others: the
/// first passage of each document (``ResultGrouping/documents``), or the
/// first of each passage's copies (``DuplicateKey``) unless each copy is wanted.
///
/// It keeps a result's stored copy key, not its text, so a walk over every
/// match of a frequent character stays small. Keys are made only where two
/// stored keys meet, each result's once: a footer repeated on a thousand
/// pages meets its first copy a thousand times, and that copy's text is
/// then read again from the index once.
struct ResultFolding {
    let db: Database
    let options: SearchOptions
    let spans: DocumentSpans
    /// The documents shown so far, when results are documents.
    private var documents = Set<Int>()
    /// The first result shown with each stored copy key.
    private var first: [Int64: Int64] = [:]
    /// Further results shown with a stored key already met: a hash collision of two other keys.
    private var collided: [Int64: [Int64]] = [:]
    /// The keys made so far, by result id.
    private var keys: [Int64: DuplicateKey] = [:]

    init(_ db: Database, options: SearchOptions, spans: DocumentSpans) {
        self.db = db
        self.options = options
        self.spans = spans
    }

    /// Whether an earlier result stands for passage `id` whatever its text:
    /// its document's, when results are documents.
    func isFolded(_ id: Int64) -> Bool {
        options.grouping == .documents && spans.index(containing: id).map(documents.contains) == true
    }

    /// The entry `passage` makes, or nil when an earlier result stands for it.
    mutating func admit(_ passage: RankedRecords.Ranked) throws -> ResultWalk.Entry? {
        let document = spans.index(containing: passage.id)
        switch options.grouping {
        case .documents:
            if let document, !documents.insert(document).inserted { return nil }
        case .passages where !options.allCopies:
            if try isCopy(passage) { return nil }
        case .passages:
            break
        }
        return ResultWalk.Entry(passage: passage, document: document)
    }

    /// Whether a result shown earlier has `passage`'s key; if not, `passage` is kept as shown.
    private mutating func isCopy(_ passage: RankedRecords.Ranked) throws -> Bool {
        let record = passage.record
        // A stretch of passages has no stored key (nor has an empty passage): its text makes it.
        let made = record.copyKey == nil ? DuplicateKey(record.text) : nil
        guard let stored = record.copyKey ?? made?.stored else { return false }
        if let made { keys[passage.id] = made }
        guard let earlier = first[stored] else {
            first[stored] = passage.id
            return false
        }
        let own = made ?? DuplicateKey(record.text)
        for shown in [earlier] + collided[stored, default: []] where try key(of: shown) == own { return true }
        keys[passage.id] = own
        collided[stored, default: []].append(passage.id)
        return false
    }

    /// The key of a result shown earlier, made from its passage's text on first need.
    private mutating func key(of id: Int64) throws -> DuplicateKey {
        if let made = keys[id] { return made }
        let text = try String.fetchOne(db, sql: "SELECT text FROM passages WHERE id = ?", arguments: [id]) ?? ""
        let made = DuplicateKey(text)
        keys[id] = made
        return made
    }
}
