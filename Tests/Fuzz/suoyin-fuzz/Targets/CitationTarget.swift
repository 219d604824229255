import Foundation
import SuoyinCore

extension FuzzTarget {
    /// Citations as users type them: parsing either refuses or round-trips,
    /// any path with a line and column parses back, and looking one up in a
    /// small index of `Corpus/` (paths `Corpus/…` resolve there) finds that
    /// line or says why not, never failing in the database.
    static let citation = FuzzTarget(
        name: "citation",
        summary: "Citation parsing and lookup: round trips, no database error",
        maximumLength: 256,
        prepare: { _ = QueryIndex.shared },
        dictionary: [":", "Corpus/", ".txt", "cixi-2023.txt", "xishan-2022.txt", "9223372036854775807", "-1", "0", "+"],
        seeds: { _ in
            ["Corpus/cixi-2023.txt:7:1", "Corpus/cixi-2023.txt:7", "Corpus/xishan-2022.txt:67:3", "a:b:1:2", "x.txt:0:1",
             "Corpus/nanxiong-2022.txt:9223372036854775807:1", ":1:1", "c:/x:3"].map { Data($0.utf8) }
        },
        run: { input in
            let text = String(decoding: input, as: UTF8.self)
            CitationChecks.check(text, context: Int(input.last ?? 0) % 4, in: QueryIndex.shared)
        })
}

/// The invariants of the citation target.
enum CitationChecks {
    static func check(_ text: String, context: Int, in index: QueryIndex) {
        // Any path, with a line and a column, parses back to itself.
        if !text.isEmpty {
            let made = Citation(path: text, line: 1 + text.utf8.count, column: 1 + context)
            require((try? Citation(parsing: made.description)) == made, "\(made.description.debugDescription) does not parse back")
        }
        guard let citation = try? Citation(parsing: text) else { return }
        require(!citation.path.isEmpty && citation.line >= 1 && (citation.column ?? 1) >= 1, "parsed \(citation) from \(text.debugDescription)")
        require((try? Citation(parsing: citation.description)) == citation, "\(citation) does not parse back from its description")

        var target = citation
        if target.path.hasPrefix("Corpus/") { target.path = index.folder + "/" + target.path }
        do {
            let found = try PassageLookup(database: index.database).passage(at: target, context: context)
            let cited = try Citation(parsing: found.passage.citation)
            require(cited.line == citation.line, "\(citation) found a passage at \(found.passage.citation)")
            require(found.before.count <= context && found.after.count <= context, "more than \(context) passages around \(citation)")
        } catch {
            require(!error.isDatabaseError, "looking up \(citation) failed in the database: \(error)")
        }
    }
}
