import Foundation
import GRDB

/// The passage lengths a process read last, kept while the index is
/// unchanged, so that a process that searches many times (an embedding
/// application, the benchmark) reads the lengths once, not per query.
///
/// Unchanged means: no write through this ``IndexDatabase`` since, and the
/// same `PRAGMA data_version`, which changes when another connection commits.
final class PassageLengthsCache: @unchecked Sendable {
    // `version` and `lengths` are guarded by `lock`.
    private let lock = NSLock()
    private var version: Int?
    private var lengths: PassageLengths?

    /// The lengths as of `db`'s current transaction.
    func lengths(_ db: Database) throws -> PassageLengths {
        let current = try Int.fetchOne(db, sql: "PRAGMA data_version")
        lock.lock()
        if let lengths, version == current {
            lock.unlock()
            return lengths
        }
        lock.unlock()
        let fresh = try PassageLengths(db)
        lock.lock()
        (version, lengths) = (current, fresh)
        lock.unlock()
        return fresh
    }

    /// Forgets the lengths; called after every write through this process's connection.
    func clear() {
        lock.lock()
        (version, lengths) = (nil, nil)
        lock.unlock()
    }
}
