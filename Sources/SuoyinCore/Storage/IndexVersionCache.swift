import Foundation
import GRDB

/// A value read from the index that a process keeps while the index is
/// unchanged, as ``PassageLengthsCache`` keeps the lengths: no write
/// through this ``IndexDatabase`` since, and the same `PRAGMA data_version`,
/// which changes when another connection commits.
final class IndexVersionCache<Value: Sendable>: @unchecked Sendable {
    // `version` and `value` are guarded by `lock`.
    private let lock = NSLock()
    private var version: Int?
    private var value: Value?
    private let load: (Database) throws -> Value

    init(load: @escaping (Database) throws -> Value) {
        self.load = load
    }

    /// The value as of `db`'s current transaction.
    func value(_ db: Database) throws -> Value {
        let current = try Int.fetchOne(db, sql: "PRAGMA data_version")
        lock.lock()
        if let value, version == current {
            lock.unlock()
            return value
        }
        lock.unlock()
        let fresh = try load(db)
        lock.lock()
        (version, value) = (current, fresh)
        lock.unlock()
        return fresh
    }

    /// Forgets the value; called after every write through this process's connection.
    func clear() {
        lock.lock()
        (version, value) = (nil, nil)
        lock.unlock()
    }
}
