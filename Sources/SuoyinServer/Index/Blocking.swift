import Dispatch

/// Runs SQLite's blocking calls on Dispatch's threads rather than on Swift
/// concurrency's few cooperative threads, which also serve the HTTP
/// connections: a long search then never stalls the other requests.
///
/// Only work that runs goes there, never a wait: a search waiting for a
/// reading connection (``ReaderPool``) or for another reader's search
/// (``AnswerCache/Flight``) is suspended, holding no thread. Dispatch adds
/// threads slowly when its threads block, so blocked waits stalled every
/// request behind them after a commit.
enum Blocking {
    /// The value of `body`, computed off the cooperative pool.
    static func run<Value: Sendable, Failure: Error>(
        _ body: @escaping @Sendable () throws(Failure) -> Value
    ) async throws(Failure) -> Value {
        let result = await withCheckedContinuation { (continuation: CheckedContinuation<Result<Value, Failure>, Never>) in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(returning: Result { () throws(Failure) in try body() })
            }
        }
        return try result.get()
    }
}
