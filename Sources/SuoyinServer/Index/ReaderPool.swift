import Foundation
import SuoyinCore
import Synchronization

/// A few connections to one index, each lent to one search at a time.
///
/// One SQLite connection runs one statement at a time; with a few
/// connections per core (``IndexProvider/defaultReaders``), searches run side
/// by side instead of queueing behind the slowest. A borrower waits while all
/// are lent — suspended, in turn, holding no thread (see ``Blocking``).
final class ReaderPool: @unchecked Sendable {
    private struct State {
        var idle: [IndexDatabase]
        var waiting: [CheckedContinuation<IndexDatabase, Never>] = []
    }

    private let state: Mutex<State>

    /// Opens `count` connections to the index at `path`.
    init(path: String, count: Int) throws(SuoyinError) {
        var connections: [IndexDatabase] = []
        for _ in 0..<count { connections.append(try IndexDatabase.open(at: path, mapped: false)) }
        state = Mutex(State(idle: connections))
    }

    /// A connection no other borrower uses until it is ``giveBack(_:)``.
    func borrow() async -> IndexDatabase {
        await withCheckedContinuation { continuation in
            let lent = state.withLock { state -> IndexDatabase? in
                if let database = state.idle.popLast() { return database }
                state.waiting.append(continuation)
                return nil
            }
            if let lent { continuation.resume(returning: lent) }
        }
    }

    /// Returns a borrowed connection: to the longest waiting borrower, if any.
    func giveBack(_ database: IndexDatabase) {
        let next = state.withLock { state -> CheckedContinuation<IndexDatabase, Never>? in
            guard !state.waiting.isEmpty else {
                state.idle.append(database)
                return nil
            }
            return state.waiting.removeFirst()
        }
        next?.resume(returning: database)
    }
}
