import Foundation
import Hummingbird
import HummingbirdTesting
import SuoyinCore
@testable import SuoyinServer

/// A temporary copy of the repository's `Corpus/` plus hostile documents,
/// indexed beside it, and the server's router over that index, tested in
/// process (`app.test(.router)`: no sockets).
///
/// The hostile documents hold markup, event handlers and `javascript:`
/// links in their text and their file names; the pages must show them as text.
struct ServerFixture: Sendable {
    let folder: URL
    let indexPath: String
    var corpus: String { folder.appendingPathComponent("Corpus").path }

    /// Markup in a document's text, as the tests search for and expect escaped.
    static let hostileLines = [
        "<script>alert(1)</script>依法行政示范区创建",
        "\"><img src=x onerror=alert(2)>依法行政示范区名单",
        "<a href=\"javascript:alert(3)\">依法行政示范区链接</a>",
    ]
    /// A hostile file name: markup and a quote.
    static let hostileName = "<img src=x onerror=alert(4)>'.txt"

    init(index: Bool = true) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("suoyin-serve-\(UUID().uuidString)")
        indexPath = folder.appendingPathComponent("Index/suoyin.sqlite").path
        let corpus = folder.appendingPathComponent("Corpus")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repositoryCorpus(), to: corpus)
        let hostile = corpus.appendingPathComponent("hostile")
        try FileManager.default.createDirectory(at: hostile, withIntermediateDirectories: true)
        try (Self.hostileLines.joined(separator: "\n") + "\n").write(
            to: hostile.appendingPathComponent("markup.txt"), atomically: true, encoding: .utf8)
        try "依法行政示范区在文件名里\n".write(to: hostile.appendingPathComponent(Self.hostileName), atomically: true, encoding: .utf8)
        if index { try self.index() }
    }

    /// 依法行政示范区 as a query string: only the hostile documents hold it.
    static let hostileOnlyQuery = "q=%E4%BE%9D%E6%B3%95%E8%A1%8C%E6%94%BF%E7%A4%BA%E8%8C%83%E5%8C%BA"

    /// A fixture whose index holds one report, `cixi-2023.txt`, and none of the hostile documents.
    static func oneReport() throws -> ServerFixture {
        let fixture = try ServerFixture(index: false)
        try fixture.index([fixture.corpus + "/cixi-2023.txt"])
        return fixture
    }

    /// Indexes the corpus (or `paths`) into the index, as `suoyin index` does.
    func index(_ paths: [String]? = nil, rebuild: Bool = false) throws {
        _ = try IndexBuilder.run(indexPath: indexPath, paths: paths ?? [corpus], rebuild: rebuild, report: { _ in })
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// The router of a server on this index.
    func application(token: String? = nil, log: LogLines = LogLines()) -> some ApplicationProtocol {
        var settings = SearchServer.Settings(indexPath: indexPath, token: token)
        // Each answer found at the state of the index it was asked at, however
        // slow the machine: the answer from before a commit is tested alone (IndexServiceTests).
        settings.previousAnswerAfter = nil
        return Application(router: SearchServer.router(settings: settings, log: { log.append($0) }))
    }

    /// Runs `body` with a client of this server.
    func test<Value>(token: String? = nil, log: LogLines = LogLines(), _ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        try await application(token: token, log: log).test(.router, body)
    }

    /// The repository's `Corpus/`, found above this file.
    static func repositoryCorpus(filePath: String = #filePath) -> URL {
        var folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("Corpus")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        fatalError("no Corpus folder above \(filePath)")
    }

    /// One index shared by the tests that only read it, built on first use.
    static func shared() throws -> ServerFixture { try sharedFixture.get() }
    private static let sharedFixture = Result { try makeShared() }

    private static func makeShared() throws -> ServerFixture {
        let fixture = try ServerFixture()
        // Nothing else removes the shared index: remove it when the test process ends.
        atexit { try? ServerFixture.sharedFixture.get().remove() }
        return fixture
    }
}

/// Lines a server logged, in order.
final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []

    func append(_ line: String) {
        lock.lock()
        stored.append(line)
        lock.unlock()
    }

    var lines: [String] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}

/// `value` serialized with sorted keys: equal strings, equal JSON.
func canonicalJSON(_ value: Any) -> String {
    (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes]))
        .map { String(decoding: $0, as: UTF8.self) } ?? "?"
}

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }

    /// Each of the body's `key` objects as canonical JSON (keys sorted), to compare exactly.
    func canonicalObjects(_ key: String) -> [String] {
        ((json[key] as? [Any]) ?? []).map(canonicalJSON)
    }

    /// The body as a JSON object.
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }
}
