import Foundation
import SuoyinCore

/// A few connections to one index, each lent to one search at a time.
///
/// One SQLite connection runs one statement at a time; with a few
/// connections per core (``IndexProvider/defaultReaders``), searches run side
/// by side instead of queueing behind the slowest. A borrower waits while all are lent (the searches run on
/// Dispatch's threads, see ``Blocking``, never on the HTTP event loops).
final class ReaderPool: @unchecked Sendable {
    // `idle` is guarded by `lock`; `available` counts its connections.
    private let lock = NSLock()
    private var idle: [IndexDatabase]
    private let available: DispatchSemaphore

    /// Opens `count` connections to the index at `path`.
    init(path: String, count: Int) throws(SuoyinError) {
        var connections: [IndexDatabase] = []
        for _ in 0..<count { connections.append(try IndexDatabase.open(at: path, mapped: false)) }
        idle = connections
        available = DispatchSemaphore(value: count)
    }

    /// `body` with a connection no other call uses meanwhile.
    func with<Value>(_ body: (IndexDatabase) throws(SuoyinError) -> Value) throws(SuoyinError) -> Value {
        available.wait()
        lock.lock()
        let database = idle.removeLast()
        lock.unlock()
        defer {
            lock.lock()
            idle.append(database)
            lock.unlock()
            available.signal()
        }
        return try body(database)
    }
}
