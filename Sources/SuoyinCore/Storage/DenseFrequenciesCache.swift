import Foundation
import GRDB

/// The dense phrases' frequencies a process read, kept while the index is
/// unchanged (as ``PassageLengthsCache`` keeps the lengths), so that a
/// process that searches many times decodes a dense phrase once, not per
/// query: about 0.7 ms a phrase at 200 MB (its 118 KB of bits and its
/// exceptions).
///
/// Unchanged means: no write through this ``IndexDatabase`` since, and the
/// same `PRAGMA data_version`, which changes when another connection commits.
final class DenseFrequenciesCache: @unchecked Sendable {
    // `version` and `entries` are guarded by `lock`.
    private let lock = NSLock()
    private var version: Int?
    /// Each phrase looked up, by list key; nil when it is not dense.
    private var entries: [Data: DenseFrequencies?] = [:]

    /// ``DensePhrases/frequencies(_:of:)`` as of `db`'s current transaction.
    func frequencies(_ db: Database, of phrase: QueryPhrase) throws -> DenseFrequencies? {
        guard let key = PhraseLists.key(of: phrase) else { return nil }
        let current = try Int.fetchOne(db, sql: "PRAGMA data_version")
        lock.lock()
        if version == current, let entry = entries[key] {
            lock.unlock()
            return entry
        }
        lock.unlock()
        let fresh = try DensePhrases.frequencies(db, of: phrase)
        lock.lock()
        if version != current { (version, entries) = (current, [:]) }
        entries[key] = .some(fresh)
        lock.unlock()
        return fresh
    }

    /// Forgets every phrase; called after every write through this process's connection.
    func clear() {
        lock.lock()
        (version, entries) = (nil, [:])
        lock.unlock()
    }
}
