import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The benchmark's own load client, open loop: request `i` is due at
/// `i / rate` seconds from the start, whatever the answers before it, and
/// its latency is counted from when it was due, not from when a connection
/// was free to send it.
///
/// wrk is a closed loop: each of its connections sends the next request when
/// the last one is answered, so a server that stalls is sent less, and wrk
/// makes up for that by assuming the missing requests would all have waited
/// as long (its correction for coordinated omission). Here nothing is
/// assumed: requests keep coming at the rate, up to `connections` at once;
/// one that finds every connection busy waits for one, and that wait counts.
/// Requests take the paths in turn.
struct OpenLoopClient {
    var port: UInt16
    var paths: [String]
    /// Requests per second.
    var rate: Double
    var seconds: Double
    var connections: Int

    /// What a run measured.
    struct Outcome {
        /// Milliseconds from when each request was due to its whole answer.
        var milliseconds: [Double]
        /// Requests without a 200 answer, connection failures included.
        var errors: Int
        /// Requests answered per second, over the run.
        var requestsPerSecond: Double
    }

    func run() -> Outcome {
        let total = Int(rate * seconds)
        let next = Counter()
        let results = Results()
        let start = Self.now() + 0.05
        let group = DispatchGroup()
        for _ in 0..<connections {
            group.enter()
            Thread.detachNewThread {
                var connection: Int32?
                var latencies: [Double] = []
                var errors = 0
                while case let index = next.take(), index < total {
                    let due = start + Double(index) / rate
                    Self.sleep(until: due)
                    if connection == nil { connection = Self.connect(port: port) }
                    let answered = connection.map { Self.get(paths[index % paths.count], on: $0) } ?? .failed
                    latencies.append((Self.now() - due) * 1000)
                    if answered != .ok { errors += 1 }
                    if answered == .failed, let open = connection {
                        close(open)
                        connection = nil
                    }
                }
                if let connection { close(connection) }
                results.add(latencies, errors: errors)
                group.leave()
            }
        }
        group.wait()
        let (milliseconds, errors) = results.all()
        return Outcome(milliseconds: milliseconds, errors: errors,
                       requestsPerSecond: Double(milliseconds.count) / max(Self.now() - start, 1e-9))
    }

    /// How one request went: a 200, another status, or no answer (the connection is closed).
    enum Answer { case ok, notOK, failed }

    /// Sends `GET path` on `connection` and reads the whole answer (its body by `Content-Length`).
    static func get(_ path: String, on connection: Int32) -> Answer {
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)
        guard request.withUnsafeBytes({ send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }) == request.count
        else { return .failed }
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        var headerEnd: Int?
        var needed = Int.max
        while received.count < needed {
            let count = chunk.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return .failed }
            received.append(contentsOf: chunk[0..<count])
            if headerEnd == nil, let end = Self.headerEnd(received) {
                headerEnd = end
                guard let length = Self.contentLength(received[0..<end]) else { return .failed }
                needed = end + length
            }
        }
        let status = String(decoding: received.prefix(12), as: UTF8.self)
        return status.hasPrefix("HTTP/1.1 200") ? .ok : .notOK
    }

    /// Where the headers end (after the blank line), if they have.
    private static func headerEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in 3..<bytes.count where bytes[index - 3] == 13 && bytes[index - 2] == 10
            && bytes[index - 1] == 13 && bytes[index] == 10 {
            return index + 1
        }
        return nil
    }

    /// The `Content-Length` of the headers `bytes`.
    private static func contentLength(_ bytes: ArraySlice<UInt8>) -> Int? {
        let headers = String(decoding: bytes, as: UTF8.self).lowercased()
        guard let line = headers.split(separator: "\r\n").first(where: { $0.hasPrefix("content-length:") }) else { return nil }
        return Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces))
    }

    /// A TCP connection to loopback `port`, or nil.
    static func connect(port: UInt16) -> Int32? {
        let handle = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard handle >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(handle, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        var on: Int32 = 1
        // A 10 s time-out, as wrk's: a slower answer is an error.
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        guard connected == 0,
              setsockopt(handle, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size)) == 0,
              setsockopt(handle, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size)) == 0
        else {
            close(handle)
            return nil
        }
        return handle
    }

    /// Seconds on the monotonic clock.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    private static func sleep(until moment: Double) {
        let wait = moment - now()
        guard wait > 0 else { return }
        var time = timespec(tv_sec: Int(wait), tv_nsec: Int((wait - Double(Int(wait))) * 1e9))
        nanosleep(&time, nil)
    }

    /// The next request's number, for whichever connection is free.
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        func take() -> Int {
            lock.lock()
            defer { lock.unlock() }
            value += 1
            return value - 1
        }
    }

    /// Every connection's latencies and errors.
    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var milliseconds: [Double] = []
        private var errors = 0

        func add(_ latencies: [Double], errors: Int) {
            lock.lock()
            milliseconds += latencies
            self.errors += errors
            lock.unlock()
        }

        func all() -> ([Double], Int) {
            lock.lock()
            defer { lock.unlock() }
            return (milliseconds, errors)
        }
    }
}
