import Foundation
import SuoyinCore

/// What the server asks of the index, each call on Dispatch's threads
/// (``Blocking``): searches, passages by citation, statistics.
///
/// A damaged index, a file that is not an index, or none at all is a 503
/// with the command line's message, for this request only: the server
/// stays up and the next request opens the file again. Searches asked again
/// while the index is unchanged are answered from ``AnswerCache``.
///
/// After a commit, a search that was answered before is searched again in
/// the background, and its reader waits for that only about as long as it
/// took before (``wait(for:atMost:)``); a slower search sends the answer
/// from before the commit instead (``Served/isPrevious``), until the new one
/// is found. A commit makes every kept answer a search again at once;
/// without this, the readers of the slowest queries all waited for them
/// together, and a closed loop of clients stalled.
struct IndexService: Sendable {
    let provider: IndexProvider
    let answers: AnswerCache<SearchRequest.Key, SearchAnswer>
    /// At most how long (seconds) a reader waits for a search again after a
    /// commit before it is sent the answer from before (see ``wait(for:atMost:)``);
    /// nil: until the new answer is found.
    var previousAnswerAfter: TimeInterval?

    /// Longer pages are not kept: they are rare, and large.
    static let largestKeptPage = 100

    init(provider: IndexProvider, keptAnswers: Int, previousAnswerAfter: TimeInterval?) {
        self.provider = provider
        answers = AnswerCache(capacity: keptAnswers)
        self.previousAnswerAfter = previousAnswerAfter
    }

    /// A search's answer as sent to one reader.
    struct Served: Sendable {
        let answer: SearchAnswer
        /// Whether it is the answer from before the last commit, sent while the search runs again.
        let isPrevious: Bool

        var response: SearchResponse { answer.response }
    }

    /// The page of results and the totals of `request`.
    func search(_ request: SearchRequest) async throws(RequestProblem) -> Served {
        let (provider, answers, key, patience) = (provider, answers, request.key, previousAnswerAfter)
        return try await reported { () async throws(SuoyinError) -> Served in
            let version = try await Blocking.run { () throws(SuoyinError) in try provider.version() }
            let flight: AnswerCache<SearchRequest.Key, SearchAnswer>.Flight
            let previous: SearchAnswer?
            switch answers.lookup(key, at: version) {
            case .kept(let answer):
                return Served(answer: answer, isPrevious: false)
            case .joined(let joined, let before):
                (flight, previous) = (joined, before)
            case .leads(let led, let before):
                (flight, previous) = (led, before)
                // The search goes on if this reader is sent the previous answer before it ends.
                let searching = Task { await answer(request, leading: led, background: before != nil) }
                if before == nil { await searching.value }
            }
            guard let previous, let patience else { return Served(answer: try await flight.result().get(), isPrevious: false) }
            guard let result = await flight.result(within: Self.wait(for: previous, atMost: patience)) else {
                return Served(answer: previous, isPrevious: true)
            }
            return Served(answer: try result.get(), isPrevious: false)
        }
    }

    /// How long to wait for a search again whose answer was `previous`:
    /// twice as long as that search took (and 5 ms), at most `limit`; not
    /// at all when it took longer than `limit`, as it will again.
    static func wait(for previous: SearchAnswer, atMost limit: TimeInterval) -> TimeInterval {
        previous.searchSeconds > limit ? 0 : min(limit, 2 * previous.searchSeconds + 0.005)
    }

    /// Searches `request` and hands the result to everyone waiting for
    /// `flight`; in the `background` when its readers have an answer meanwhile.
    private func answer(
        _ request: SearchRequest, leading flight: AnswerCache<SearchRequest.Key, SearchAnswer>.Flight, background: Bool
    ) async {
        let (query, filter, options) = (request.query, request.filter, request.options)
        let result: Result<SearchAnswer, SuoyinError>
        do throws(SuoyinError) {
            result = .success(try await provider.withDatabase(background: background) { database throws(SuoyinError) in
                let started = ContinuousClock.now
                let response = try Searcher(database: database).search(query, filter: filter, options: options)
                return SearchAnswer(response, searchSeconds: (ContinuousClock.now - started).inSeconds)
            })
        } catch {
            result = .failure(noted(error))
        }
        answers.finish(flight, with: result, keep: options.limit <= Self.largestKeptPage)
    }

    /// The passage at `citation` with `context` passages on each side.
    func passage(at citation: Citation, context: Int) async throws(RequestProblem) -> PassageLookup.Found {
        let provider = provider
        return try await reported { () async throws(SuoyinError) in
            try await provider.withDatabase { database throws(SuoyinError) in
                try PassageLookup(database: database).passage(at: citation, context: context)
            }
        }
    }

    /// The index's statistics and when its file was last written.
    func statistics() async throws(RequestProblem) -> IndexStatus {
        let provider = provider
        return try await reported { () async throws(SuoyinError) in
            try await provider.withDatabase { database throws(SuoyinError) in
                IndexStatus(statistics: try IndexStatistics(database: database), lastIndexed: Self.modified(provider.path))
            }
        }
    }

    /// `body`'s value, its error as the request's problem.
    private func reported<Value>(_ body: () async throws(SuoyinError) -> Value) async throws(RequestProblem) -> Value {
        do throws(SuoyinError) {
            return try await body()
        } catch {
            throw RequestProblem(noted(error))
        }
    }

    /// `error`, after forgetting the open index when it is unusable, so that the next request opens it again.
    private func noted(_ error: SuoyinError) -> SuoyinError {
        if case .database = error { provider.forget() }
        return error
    }

    /// The modification time of the file at `path`, ISO 8601 in UTC.
    private static func modified(_ path: String) -> String? {
        guard let date = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
        else { return nil }
        return ISO8601DateFormatter().string(from: date)
    }
}

/// `GET /api/stats`: the statistics `suoyin stats --json` prints, and `lastIndexed`.
struct IndexStatus: Encodable, Sendable {
    var statistics: IndexStatistics
    /// When the index file was last written (a batch committed), ISO 8601 in UTC.
    var lastIndexed: String?

    private enum Keys: String, CodingKey { case lastIndexed }

    func encode(to encoder: any Encoder) throws {
        try statistics.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(lastIndexed, forKey: .lastIndexed)
    }
}
