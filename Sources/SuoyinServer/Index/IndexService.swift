import Foundation
import SuoyinCore

/// What the server asks of the index, each call on Dispatch's threads
/// (``Blocking``): searches, passages by citation, statistics.
///
/// A damaged index, a file that is not an index, or none at all is a 503
/// with the command line's message, for this request only: the server
/// stays up and the next request opens the file again. Searches asked again
/// while the index is unchanged are answered from ``AnswerCache``.
struct IndexService: Sendable {
    let provider: IndexProvider
    let answers: AnswerCache<SearchRequest.Key, SearchAnswer>

    /// Longer pages are not kept: they are rare, and large.
    static let largestKeptPage = 100

    init(provider: IndexProvider, keptAnswers: Int) {
        self.provider = provider
        answers = AnswerCache(capacity: keptAnswers)
    }

    /// The page of results and the totals of `request`.
    func search(_ request: SearchRequest) async throws(RequestProblem) -> SearchAnswer {
        let (query, filter, options, key) = (request.query, request.filter, request.options, request.key)
        let (provider, answers) = (provider, answers)
        return try await run { () throws(SuoyinError) in
            let version = try provider.version()
            switch answers.lookup(key, at: version) {
            case .kept(let answer):
                return answer
            case .joined(let flight):
                return try flight.wait().get()
            case .leads(let flight):
                let result: Result<SearchAnswer, SuoyinError>
                do throws(SuoyinError) {
                    result = .success(SearchAnswer(try provider.withDatabase { database throws(SuoyinError) in
                        try Searcher(database: database).search(query, filter: filter, options: options)
                    }))
                } catch {
                    result = .failure(error)
                }
                answers.finish(flight, with: result, keep: options.limit <= Self.largestKeptPage)
                return try result.get()
            }
        }
    }

    /// The passage at `citation` with `context` passages on each side.
    func passage(at citation: Citation, context: Int) async throws(RequestProblem) -> PassageLookup.Found {
        let provider = provider
        return try await run { () throws(SuoyinError) in
            try provider.withDatabase { database throws(SuoyinError) in
                try PassageLookup(database: database).passage(at: citation, context: context)
            }
        }
    }

    /// The index's statistics and when its file was last written.
    func statistics() async throws(RequestProblem) -> IndexStatus {
        let provider = provider
        return try await run { () throws(SuoyinError) in
            try provider.withDatabase { database throws(SuoyinError) in
                IndexStatus(statistics: try IndexStatistics(database: database), lastIndexed: Self.modified(provider.path))
            }
        }
    }

    /// `body`, off the HTTP threads; an unusable index is forgotten so that the next request reopens it.
    private func run<Value: Sendable>(
        _ body: @escaping @Sendable () throws(SuoyinError) -> Value
    ) async throws(RequestProblem) -> Value {
        let provider = provider
        do {
            return try await Blocking.run {
                do {
                    return try body()
                } catch let error as SuoyinError {
                    if case .database = error { provider.forget() }
                    throw error
                }
            }
        } catch let error as SuoyinError {
            throw RequestProblem(error)
        } catch {
            throw RequestProblem(.internalServerError, "The request failed unexpectedly. Please report this.")
        }
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
