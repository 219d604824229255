import Dispatch

/// Runs SQLite's blocking calls on Dispatch's threads rather than on Swift
/// concurrency's few cooperative threads, which also serve the HTTP
/// connections: a long search then never stalls the other requests.
enum Blocking {
    /// The value of `body`, computed off the cooperative pool.
    static func run<Value: Sendable>(_ body: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(with: Result { try body() })
            }
        }
    }
}
