import Foundation
import GRDB

/// Brings an index up to date with files and folders.
///
/// Incremental: a file whose size and modification time are unchanged is not
/// read; a file whose content hash is unchanged is not rewritten; changed
/// files are replaced; documents that vanished from a walked folder are
/// removed. Each batch of documents is written in one transaction, so an
/// interrupted run leaves the previous state of every document intact.
///
/// Reading, decoding and splitting run on a worker thread while this thread
/// writes, through a small bounded channel, so both cores work and memory
/// stays bounded whatever the corpus size. Problems with single files go to
/// `report` and the run goes on.
public struct Indexer: Sendable {
    public let database: IndexDatabase
    private let report: @Sendable (Diagnostic) -> Void
    private let progress: @Sendable (IndexProgress) -> Void
    private let loader: DocumentLoader
    private let normalizer = PathNormalizer()
    private let phraseThreshold: Int?

    /// Documents are written in batches of about this many characters: big
    /// enough for FTS5 to work in bulk, small enough that progress and an
    /// interrupted run lose little.
    public static let batchCharacters = 2_000_000

    /// Creates an indexer; `report` gets per-file problems, `progress` is
    /// called after each file. Phrases in at least `phraseThreshold` passages
    /// get ranking lists (see ``PhraseLists``; nil: the default for the index's size).
    /// Files larger than `maximumFileSize` bytes are skipped unread.
    public init(
        database: IndexDatabase,
        forcedEncoding: TextEncoding? = nil,
        phraseThreshold: Int? = nil,
        maximumFileSize: Int = Indexer.defaultMaximumFileSize,
        report: @escaping @Sendable (Diagnostic) -> Void,
        progress: @escaping @Sendable (IndexProgress) -> Void = { _ in }
    ) {
        self.database = database
        self.phraseThreshold = phraseThreshold
        self.report = report
        self.progress = progress
        self.loader = DocumentLoader(forcedEncoding: forcedEncoding, maximumFileSize: maximumFileSize)
    }

    /// The default size limit of a file, in bytes: 256 MB.
    public static let defaultMaximumFileSize = FileReader.defaultLimit

    /// What the worker found for one file.
    private enum Outcome: Sendable {
        case loaded(LoadedDocument, isNew: Bool)
        case unchanged(SourceFile, FileStatus, touch: Bool)
        case skipped(Diagnostic)

        /// What it weighs in the channel: a document's characters.
        var characters: Int {
            if case .loaded(let document, _) = self { return max(1, document.characters) }
            return 1
        }
    }

    /// Indexes `paths` (files and folders) into the index, and records them
    /// (``IndexRoots``). A path that no longer exists but was indexed before
    /// has vanished: its documents are removed and it is forgotten.
    public func index(_ paths: [String]) throws(SuoyinError) -> IndexSummary {
        let started = Date()
        var summary = IndexSummary()
        let roots = try database.read("read the indexed folders") { db in try IndexRoots.all(db) }
        let goneRoots = Set(paths.map(normalizer.absolute).filter { path in
            FileStatus(path: path) == nil && roots.contains(path)
        })
        let scan = CorpusScanner(normalizer: normalizer).scan(paths.filter { !goneRoots.contains(normalizer.absolute($0)) })
        scan.diagnostics.forEach(report)
        summary.skipped += scan.diagnostics.count

        let writer = try DocumentWriter(database: database)
        var seen = Set<String>()
        let files = scan.files.filter { seen.insert($0.absolutePath).inserted }
        let statuses = files.map { FileStatus(path: $0.absolutePath) }
        let bytesTotal = statuses.reduce(Int64(0)) { $0 + ($1?.size ?? 0) }
        let bulk = SegmentMerging.isBulk(
            incomingBytes: zip(files, statuses).reduce(Int64(0)) { total, pair in
                let known = writer.known[pair.0.absolutePath]
                let changed = known == nil || known?.size != pair.1?.size || known?.modified != pair.1?.modified
                return total + (changed ? pair.1?.size ?? 0 : 0)
            },
            indexedBytes: writer.known.values.reduce(Int64(0)) { $0 + $1.size })
        try writer.beginRun(bulk: bulk)
        // Into an empty index, the worker counts phrases as it goes (see PhraseListStream).
        let stream = writer.known.isEmpty ? PhraseListStream(threshold: phraseThreshold) : nil
        var firstPassages: [Int64] = []

        // A little more than a batch in flight: the worker reads the next
        // batch while this thread writes the current one.
        let channel = BoundedChannel<(Int64, Outcome)>(capacity: Self.batchCharacters * 5 / 4)
        let known = writer.known
        let loader = self.loader
        let worker = Thread {
            for (file, status) in zip(files, statuses) {
                let outcome = Self.outcome(for: file, status: status, known: known[file.absolutePath], loader: loader)
                if case .loaded(let document, _) = outcome { stream?.add(document) }
                channel.send((status?.size ?? 0, outcome), weight: outcome.characters)
            }
            channel.close()
        }
        worker.stackSize = 8 << 20
        worker.start()

        var batch: [LoadedDocument] = []
        var batchCharacters = 0
        var state = IndexProgress(filesDone: 0, filesTotal: files.count, bytesDone: 0, bytesTotal: bytesTotal, seconds: 0)
        // Files read but not yet written count as done only once their batch is written.
        var pendingFiles = 0
        var pendingBytes: Int64 = 0
        func advance(files: Int, bytes: Int64) {
            state.filesDone += files
            state.bytesDone += bytes
            state.seconds = Date().timeIntervalSince(started)
            progress(state)
        }
        var failure: SuoyinError?
        var pause = TestPause()
        while let (size, outcome) = channel.receive() {
            // After a write failure keep draining so the worker can finish.
            guard failure == nil else { continue }
            do throws(SuoyinError) {
                switch outcome {
                case .loaded(let document, let isNew):
                    document.warnings.forEach { report(Diagnostic(path: document.file.path, message: $0)) }
                    summary.bytesRead += Int(document.status.size)
                    if isNew { summary.added += 1 } else { summary.updated += 1 }
                    summary.passagesWritten += document.passages.count
                    batchCharacters += document.characters
                    batch.append(document)
                    pendingFiles += 1
                    pendingBytes += size
                    if batchCharacters >= Self.batchCharacters {
                        summary.writeSeconds += try Self.timed { () throws(SuoyinError) in
                            firstPassages += try writer.write(batch)
                        }
                        pause.afterCommittedBatch()
                        batch.removeAll(keepingCapacity: true)
                        batchCharacters = 0
                        advance(files: pendingFiles, bytes: pendingBytes)
                        (pendingFiles, pendingBytes) = (0, 0)
                    }
                    continue
                case .unchanged(let file, let status, let touch):
                    if touch { try writer.touch(file, status: status) }
                    summary.unchanged += 1
                case .skipped(let diagnostic):
                    report(diagnostic)
                    summary.skipped += 1
                }
            } catch {
                failure = error
            }
            advance(files: 1, bytes: size)
        }
        if let failure { throw failure }
        summary.writeSeconds += try Self.timed { () throws(SuoyinError) in firstPassages += try writer.write(batch) }
        if !batch.isEmpty { pause.afterCommittedBatch() }
        advance(files: pendingFiles, bytes: pendingBytes)

        let vanished = writer.known.keys.filter { path in
            !seen.contains(path) && (scan.folders + goneRoots).contains { IndexRoots.contains($0, path) }
        }
        try writer.remove(vanished.sorted())
        let named = paths.map(normalizer.absolute).filter { FileStatus(path: $0) != nil }
        try database.write("record the indexed folders") { db in
            try goneRoots.forEach { try IndexRoots.forget($0, db) }
            try IndexRoots.record(named, db)
        }
        summary.removed = vanished.count
        summary.mergeSeconds = try Self.timed { () throws(SuoyinError) in try writer.finishRun(bulk: bulk) }
        summary.rankingSeconds = try Self.timed { () throws(SuoyinError) in
            try writer.refreshPhraseLists(threshold: phraseThreshold, stream: stream, firstPassages: firstPassages)
        }
        summary.totalPassages = try writer.passageCount()
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// The seconds `body` takes.
    private static func timed(_ body: () throws(SuoyinError) -> Void) throws(SuoyinError) -> Double {
        let start = Date()
        try body()
        return Date().timeIntervalSince(start)
    }

    /// Decides what to do with one file; runs on the worker thread.
    private static func outcome(
        for file: SourceFile, status: FileStatus?, known: DocumentWriter.KnownDocument?, loader: DocumentLoader
    ) -> Outcome {
        guard let status else {
            return .skipped(Diagnostic(path: file.path, message: "disappeared while indexing; skipped"))
        }
        if let known, known.size == status.size, known.modified == status.modified {
            return .unchanged(file, status, touch: false)
        }
        do {
            guard let document = try loader.load(file, status: status, knownHash: known?.hash) else {
                return .unchanged(file, status, touch: true)
            }
            return .loaded(document, isNew: known == nil)
        } catch {
            return .skipped(Diagnostic(path: file.path, message: error.reason))
        }
    }
}
