import Foundation

/// The milliseconds `suoyin serve` logs for each request (`GET /api/search 200 3.1 ms`):
/// the time each one spent in the server, from its request log on stderr.
///
/// wrk's latencies are those its connections saw, and wrk adds to them the
/// requests a stalled connection could not send (its correction for
/// coordinated omission): one search of 0.5 s that 32 connections wait for
/// counts as thousands of slow requests. The server's own times show how
/// long each request that was sent actually took; the report gives both.
final class ServerLogTimes: @unchecked Sendable {
    private let lock = NSLock()
    private var times: [Double] = []
    private var partial = ""

    /// Reads the times out of a chunk of the log.
    func take(_ data: Data) {
        lock.lock()
        defer { lock.unlock() }
        partial += String(decoding: data, as: UTF8.self)
        var lines = partial.split(separator: "\n", omittingEmptySubsequences: false)
        partial = String(lines.removeLast())
        for line in lines where line.hasSuffix(" ms") {
            if let value = line.dropLast(3).split(separator: " ").last.flatMap({ Double($0) }) { times.append(value) }
        }
    }

    /// The times logged since the last call.
    func drain() -> [Double] {
        lock.lock()
        defer { lock.unlock() }
        let drained = times
        times.removeAll()
        return drained
    }
}
