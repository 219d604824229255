import Foundation

/// Writes the server's log lines on a thread of its own, so that a reader
/// of stderr that is slow or has stopped (a paused pager, a full pipe, a
/// terminal on hold) never holds up a request.
///
/// Written in place, a log line blocks the thread that logs it once the
/// pipe is full; the request threads are few, so the whole server stopped
/// answering after about 1,700 requests into an unread pipe. Here `log`
/// only queues the line. At most `capacity` lines wait; beyond that lines
/// are counted and dropped, and once writing resumes one line says how many
/// were lost, so memory stays bounded whatever happens to stderr.
public final class LogWriter: @unchecked Sendable {
    private let capacity: Int
    private let write: @Sendable (String) -> Void
    // Everything below is guarded by `condition`.
    private let condition = NSCondition()
    private var pending: [String] = []
    private var dropped = 0
    private var writing = false

    /// A writer that hands each line to `write` (for the server, ``Console``'s stderr), in order.
    public init(capacity: Int = 10_000, write: @escaping @Sendable (String) -> Void) {
        self.capacity = max(1, capacity)
        self.write = write
        Thread.detachNewThread { [self] in run() }
    }

    /// Queues `line`; never waits for the write.
    public func log(_ line: String) {
        condition.lock()
        if pending.count < capacity { pending.append(line) } else { dropped += 1 }
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until every queued line is written, or `timeout` has passed
    /// (a stderr nobody reads must not keep the server from stopping).
    /// True when all were written.
    @discardableResult
    public func flush(timeout: TimeInterval = 2) -> Bool {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while !pending.isEmpty || dropped > 0 || writing {
            if !condition.wait(until: deadline) { return false }
        }
        return true
    }

    private func run() {
        while true {
            condition.lock()
            while pending.isEmpty && dropped == 0 { condition.wait() }
            let lines = pending
            let lost = dropped
            pending.removeAll(keepingCapacity: true)
            dropped = 0
            writing = true
            condition.unlock()

            for line in lines { write(line) }
            if lost > 0 {
                write("suoyin: warning: \(lost) log lines were dropped: stderr was not being read. Read or redirect the server's stderr (e.g. 2>> serve.log).")
            }

            condition.lock()
            writing = false
            condition.broadcast()
            condition.unlock()
        }
    }
}
