import Hummingbird
import Logging
import SuoyinCore

/// `suoyin serve`: the search page and the JSON API over one index.
///
/// The router is built in one function (``router(settings:log:)``);
/// cross-cutting concerns are middleware, outermost first: the request log,
/// the safety headers, errors as JSON or pages, the request limits, the
/// token; then the API's routes under `/api/` and the pages'.
public enum SearchServer {
    /// What `suoyin serve` was asked for.
    public struct Settings: Sendable {
        public var indexPath: String
        public var host: String
        public var port: Int
        /// When set, every request must carry it (see ``TokenMiddleware``).
        public var token: String?
        /// Seconds a connection may stay idle, before its request or between requests.
        public var idleTimeout: Int64 = 15
        /// How many searches' answers are kept while the index is unchanged (see ``AnswerCache``).
        public var keptAnswers = Settings.defaultKeptAnswers
        /// Pages of ten results take a few kilobytes each: 2,048 of them, a few megabytes.
        public static let defaultKeptAnswers = 2_048
        /// At most how many seconds a reader waits for a search again after a
        /// commit before the answer from before the commit is sent (see
        /// ``IndexService``); nil: until the new answer is found.
        public var previousAnswerAfter: Double? = 0.05

        public init(indexPath: String, host: String = "127.0.0.1", port: Int = 8383, token: String? = nil) {
            self.indexPath = indexPath
            self.host = host
            self.port = port
            self.token = token
        }
    }

    /// The application, ready to run; `log` receives one line per request
    /// and the server's start and stop.
    public static func application(
        settings: Settings, log: @escaping @Sendable (String) -> Void
    ) -> some ApplicationProtocol {
        var logger = Logger(label: "suoyin") { _ in LineLogHandler(write: log) }
        logger.logLevel = .notice
        return Application(
            router: router(settings: settings, log: log),
            server: .http1(configuration: .init(idleTimeout: .seconds(settings.idleTimeout))),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: nil),
            onServerRunning: { channel in
                log("suoyin: serving \(settings.indexPath) at http://\(Self.urlHost(settings.host)):\(channel.localAddress?.port ?? settings.port)/ (Ctrl-C stops)")
            },
            logger: logger)
    }

    /// Every route and middleware of the server.
    public static func router(settings: Settings, log: @escaping @Sendable (String) -> Void) -> Router<BasicRequestContext> {
        router(settings: settings, provider: IndexProvider(path: settings.indexPath), log: log)
    }

    /// The router over the index `provider` opens (a test's, to hold its connections).
    static func router(
        settings: Settings, provider: IndexProvider, log: @escaping @Sendable (String) -> Void
    ) -> Router<BasicRequestContext> {
        let service = IndexService(provider: provider, keptAnswers: settings.keptAnswers,
                                   previousAnswerAfter: settings.previousAnswerAfter)
        let router = Router(context: BasicRequestContext.self, options: [.autoGenerateHeadEndpoints])
        router.add(middleware: RequestLogMiddleware(log: log))
        router.add(middleware: SafetyHeadersMiddleware())
        router.add(middleware: ErrorMiddleware { problem, request in
            PageController.layout(request, (try? QueryString(request.uri.query)) ?? .empty).problem(problem)
        })
        router.add(middleware: RequestLimitsMiddleware())
        if let token = settings.token {
            router.add(middleware: TokenMiddleware(token: token) { request, failed in LoginController.form(request, failed: failed) })
            LoginController(token: token).addRoutes(to: router)
        }
        APIController(service: service).addRoutes(to: router.group("api"))
        PageController(service: service).addRoutes(to: router)
        return router
    }

    /// Whether `host` is a loopback address, reachable from this machine only.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }

    private static func urlHost(_ host: String) -> String {
        host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
    }
}

/// Hands Hummingbird's own log messages (start-up failures, notices) to the
/// server's log as single lines.
struct LineLogHandler: LogHandler {
    let write: @Sendable (String) -> Void
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .notice

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        write("suoyin: \(event.level): \(event.message)")
    }
}
