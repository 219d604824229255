import Foundation
@testable import SuoyinCore

/// The hand-written government pages under `Fixtures/webpages/`, loaded the
/// way `suoyin index` loads them, and what a reader sees in them.
enum WebPageFixture {
    /// The URL of the fixture `name`.
    static func url(_ name: String) -> URL {
        ExtractFixture.url(name).deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "webpages/\(name)")
    }

    /// The fixture `name` read, decoded, extracted and split by ``DocumentLoader``.
    static func load(_ name: String) throws -> LoadedDocument {
        let path = url(name).path
        let file = SourceFile(path: name, absolutePath: path)
        guard let status = FileStatus(path: path), let document = try DocumentLoader().load(file, status: status, knownHash: nil)
        else { throw CocoaError(.fileReadUnknown) }
        return document
    }

    /// How a page's passages measure against what a reader sees in it.
    struct Measurement: Equatable, CustomStringConvertible {
        /// Scalars of the body lines found in passages, and of all body lines.
        var bodyFound: Int, bodyTotal: Int
        /// Chrome lines that some passage holds.
        var chromeIndexed: [String]

        var description: String {
            let share = Double(bodyFound) / Double(max(bodyTotal, 1)) * 100
            return String(format: "body %.1f %% (%d of %d scalars), chrome lines indexed %d",
                          share, bodyFound, bodyTotal, chromeIndexed.count)
        }
    }

    /// Measures `passages` against the page's `body` lines and `chrome` lines:
    /// a body line is found when a passage is exactly it; a chrome line is
    /// indexed when a passage contains it.
    static func measure(_ passages: [Passage], body: [String], chrome: [String]) -> Measurement {
        let texts = Set(passages.map(\.text))
        let found = body.filter(texts.contains)
        return Measurement(
            bodyFound: found.map(\.unicodeScalars.count).reduce(0, +),
            bodyTotal: body.map(\.unicodeScalars.count).reduce(0, +),
            chromeIndexed: chrome.filter { line in passages.contains { $0.text.contains(line) } })
    }
}
