import Foundation
import GRDB

/// Brings an index up to date with files and folders.
///
/// Incremental: a file whose size and modification time are unchanged is not
/// read; a file whose content hash is unchanged is not rewritten; changed
/// files are replaced; documents that vanished from a walked folder are
/// removed. Each batch of documents is written in one transaction, so an
/// interrupted run leaves the previous state of every document intact.
/// Problems with single files go to `report` and the run goes on.
public struct Indexer: Sendable {
    public let database: IndexDatabase
    private let report: @Sendable (Diagnostic) -> Void
    private let loader = DocumentLoader()
    private let normalizer = PathNormalizer()

    /// Documents are written in batches of about this many passage characters.
    static let batchCharacters = 4_000_000

    public init(database: IndexDatabase, report: @escaping @Sendable (Diagnostic) -> Void) {
        self.database = database
        self.report = report
    }

    /// Indexes `paths` (files and folders) into the index.
    public func index(_ paths: [String]) throws(SuoyinError) -> IndexSummary {
        let started = Date()
        var summary = IndexSummary()
        let scan = CorpusScanner(normalizer: normalizer).scan(paths)
        scan.diagnostics.forEach(report)
        summary.skipped += scan.diagnostics.count

        let writer = try DocumentWriter(database: database)
        var seen = Set<String>()
        var batch: [LoadedDocument] = []
        var batchCharacters = 0
        for file in scan.files where seen.insert(file.absolutePath).inserted {
            guard let status = FileStatus(path: file.absolutePath) else {
                report(Diagnostic(path: file.path, message: "disappeared while indexing; skipped"))
                summary.skipped += 1
                continue
            }
            let known = writer.known[file.absolutePath]
            if let known, known.size == status.size, known.modified == status.modified {
                summary.unchanged += 1
                continue
            }
            let loaded: LoadedDocument?
            do {
                loaded = try loader.load(file, status: status, knownHash: known?.hash)
            } catch {
                report(Diagnostic(path: file.path, message: error.reason))
                summary.skipped += 1
                continue
            }
            guard let document = loaded else {
                try writer.touch(file, status: status)
                summary.unchanged += 1
                continue
            }
            summary.bytesRead += Int(status.size)
            if known == nil { summary.added += 1 } else { summary.updated += 1 }
            summary.passagesWritten += document.passages.count
            batchCharacters += document.characters
            batch.append(document)
            if batchCharacters >= Self.batchCharacters {
                try writer.write(batch)
                batch.removeAll(keepingCapacity: true)
                batchCharacters = 0
            }
        }
        try writer.write(batch)

        let vanished = writer.known.keys.filter { path in
            !seen.contains(path) && scan.folders.contains { path.hasPrefix($0 == "/" ? "/" : $0 + "/") }
        }
        try writer.remove(vanished.sorted())
        summary.removed = vanished.count
        summary.totalPassages = try writer.passageCount()
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }
}
