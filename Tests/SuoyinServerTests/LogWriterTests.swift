import Foundation
import Testing
@testable import SuoyinServer

/// Log lines are written off the request threads, in order, and a stderr
/// that is not read loses lines (counted) rather than stopping the server.
@Suite("The request log's writer")
struct LogWriterTests {
    /// What the writer wrote, and a gate that holds the first write until opened.
    final class Sink: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        let entered = DispatchSemaphore(value: 0)
        let gate = DispatchSemaphore(value: 0)
        private var held = false

        func write(_ line: String) {
            lock.lock()
            let hold = !held
            held = true
            lock.unlock()
            if hold {
                entered.signal()
                gate.wait()
            }
            lock.lock()
            lines.append(line)
            lock.unlock()
        }

        var written: [String] {
            lock.lock()
            defer { lock.unlock() }
            return lines
        }
    }

    @Test("lines are written in order, and flush waits for them")
    func inOrder() {
        let sink = Sink()
        sink.gate.signal()
        let writer = LogWriter(capacity: 100) { sink.write($0) }
        for number in 1...50 { writer.log("GET /api/search 200 \(number).0 ms") }
        #expect(writer.flush())
        #expect(sink.written == (1...50).map { "GET /api/search 200 \($0).0 ms" })
    }

    @Test("while a write is stuck, logging returns at once; lines beyond the capacity are dropped and counted")
    func stuckWriteDropsAndCounts() {
        let sink = Sink()
        let writer = LogWriter(capacity: 5) { sink.write($0) }
        writer.log("line 1")
        sink.entered.wait()
        // The writer is stuck writing line 1: these only queue (five) or are dropped (fourteen).
        for number in 2...20 { writer.log("line \(number)") }
        #expect(!writer.flush(timeout: 0.05))
        #expect(sink.written.isEmpty)
        sink.gate.signal()
        #expect(writer.flush())
        #expect(sink.written == ["line 1", "line 2", "line 3", "line 4", "line 5", "line 6",
                                 "suoyin: warning: 14 log lines were dropped: stderr was not being read. Read or redirect the server's stderr (e.g. 2>> serve.log)."])
    }
}
