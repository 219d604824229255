import Foundation

/// Two threads of lower priority (nice 10) for the searches no reader is
/// waiting for: a search again after a commit whose reader was sent the
/// answer from before (``IndexService``).
///
/// A commit starts the search again of every kept answer at once; on
/// Dispatch's threads, at the priority of the threads that serve requests,
/// they took the cores from the requests for a second or more after each
/// commit. At a lower priority they run on what the requests leave.
final class BackgroundSearches: Sendable {
    /// The threads' niceness: below the request threads', above `suoyin index` run with `nice`.
    static let niceness: Int32 = 10
    static let threads = 2

    private let jobs = JobQueue()

    /// The shared threads, started on first use.
    static let shared = BackgroundSearches()

    private init() {
        for number in 0..<Self.threads {
            let thread = Thread { [jobs] in
                // Linux gives each thread its own niceness, and 0 names the calling thread: this lowers its alone.
                _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, Self.niceness)
                while true { jobs.next()() }
            }
            thread.name = "suoyin-background-\(number)"
            thread.start()
        }
    }

    /// The value of `body`, computed on one of the threads.
    func run<Value: Sendable, Failure: Error>(_ body: @escaping @Sendable () throws(Failure) -> Value) async throws(Failure) -> Value {
        let result = await withCheckedContinuation { (continuation: CheckedContinuation<Result<Value, Failure>, Never>) in
            jobs.add { continuation.resume(returning: Result { () throws(Failure) in try body() }) }
        }
        return try result.get()
    }

    /// Jobs in the order they came, for the threads to take.
    private final class JobQueue: @unchecked Sendable {
        // `waiting` is guarded by `condition`.
        private let condition = NSCondition()
        private var waiting: [@Sendable () -> Void] = []

        func add(_ job: @escaping @Sendable () -> Void) {
            condition.lock()
            waiting.append(job)
            condition.signal()
            condition.unlock()
        }

        /// The oldest job, once there is one.
        func next() -> @Sendable () -> Void {
            condition.lock()
            defer { condition.unlock() }
            while waiting.isEmpty { condition.wait() }
            return waiting.removeFirst()
        }
    }
}
