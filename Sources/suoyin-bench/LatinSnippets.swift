import TestSupport

/// Runs of Latin script as technical manuals and documents quoting English
/// mix them into Chinese text: English words, identifiers and calls from
/// code, paths, versions and numbers (the `--latin` corpus shape).
struct LatinSnippets {
    private static let words = [
        "the", "system", "server", "client", "request", "response", "database", "index", "query", "search", "file",
        "configuration", "service", "network", "security", "policy", "access", "control", "user", "account", "data",
        "report", "management", "platform", "cloud", "storage", "backup", "version", "update", "install", "error",
        "timeout", "connection", "protocol", "interface", "module", "function", "parameter", "value", "default",
        "enable", "disable", "support", "public", "private", "key", "certificate", "session", "token", "cache",
        "memory", "process", "thread", "queue", "message", "event", "log", "level", "warning", "field", "table",
        "record", "document", "page", "section", "standard", "compliance", "audit", "risk", "open", "source",
        "license", "application", "mobile", "web", "address", "port", "host", "domain", "name", "type", "mode",
        "and", "of", "for", "with", "in", "on", "to", "is", "a", "by", "from", "not", "or", "all",
    ]
    private static let identifiers = [
        "getConfigValue", "max_connections", "userId", "HttpClient", "parseRequest", "retryCount", "isEnabled",
        "session_timeout", "IndexWriter", "buildQuery", "onMessage", "dataSource", "LOG_LEVEL", "api_key",
    ]
    private static let names = ["Linux", "Windows", "Kubernetes", "Docker", "MySQL", "Redis", "Nginx", "Java", "Python",
                                "TCP", "HTTPS", "JSON", "XML", "OAuth", "ISO", "IEEE", "IPv6", "SQL", "REST", "API"]

    /// One run, without surrounding spaces.
    static func snippet(using random: inout SplitMix64) -> String {
        switch random.below(6) {
        case 0, 1:
            return (0..<random.draw(in: 3...9)).map { _ in random.element(of: words) }.joined(separator: " ")
        case 2:
            let argument = random.element(of: words)
            return "\(random.element(of: identifiers))(\"\(argument)\", \(random.draw(in: 0...9999)))"
        case 3:
            return "\(random.element(of: identifiers)) = \(random.draw(in: 1...65535))"
        case 4:
            return "/\(random.element(of: ["usr", "etc", "var", "opt", "home"]))/\(random.element(of: words))/"
                + "\(random.element(of: identifiers)).\(random.element(of: ["conf", "json", "log", "py", "yaml"]))"
        default:
            return "\(random.element(of: names)) \(random.draw(in: 1...12)).\(random.draw(in: 0...9)).\(random.draw(in: 0...30))"
        }
    }

    /// The mean length of a run, in characters, from `samples` draws of a generator of its own.
    static func meanLength(samples: Int = 2_000) -> Double {
        var random = SplitMix64(seed: 0x4C41_5449_4E)  // "LATIN"
        let total = (0..<samples).reduce(0) { sum, _ in sum + snippet(using: &random).count + 2 }
        return Double(total) / Double(samples)
    }
}
