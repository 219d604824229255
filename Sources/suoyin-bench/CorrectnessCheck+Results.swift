import SuoyinCore

/// Checks of the result classes against brute force: totals (`--count`),
/// documents with their numbers of matching passages (`--group`), and
/// copies folded into one result (equal after folding, ignoring white
/// space and punctuation), each over every match (`limit: 0`).
extension CorrectnessCheck {
    func checkResults(_ query: BenchQuery, parsed: Query) throws(BenchError) -> CorrectnessRow {
        let expected = passages.passages(matching: query)
        var perDocument: [String: Int] = [:]
        for passage in expected { perDocument[lines.lines[lines.lineOfPassage[passage]].path, default: 0] += 1 }
        var row = CorrectnessRow(query: query, bruteForce: expected.count, searcherCount: 0, countsAgree: false,
                                 documentsBruteForce: perDocument.count, searcherCountSeconds: 0)
        do throws(SuoyinError) {
            switch query.mode {
            case "count":
                let (total, seconds) = try Stopwatch.time { () throws(SuoyinError) in try searcher.count(parsed) }
                row.searcherCount = total.passages
                row.documentsFound = total.documents
                row.searcherCountSeconds = seconds
                row.countsAgree = total.passages == expected.count && total.documents == perDocument.count
            case "group":
                let (response, seconds) = try Stopwatch.time { () throws(SuoyinError) in
                    try searcher.search(parsed, options: SearchOptions(limit: 0, grouping: .documents))
                }
                row.unit = "documents"
                row.bruteForce = perDocument.count
                row.documentsBruteForce = nil
                row.searcherCount = response.results.count
                row.searcherCountSeconds = seconds
                let found = Dictionary(response.results.map { ($0.path, $0.matches ?? 0) }, uniquingKeysWith: { _, _ in -1 })
                row.countsAgree = found == perDocument && response.total.passages == expected.count
                    && response.total.documents == perDocument.count
            default:
                let (response, seconds) = try Stopwatch.time { () throws(SuoyinError) in
                    try searcher.search(parsed, options: SearchOptions(limit: 0))
                }
                // Copies of one passage: equal keys; each result stands for its key's whole group.
                var groups: [String: Int] = [:]
                for passage in expected { groups[Self.duplicateKey(passages.text(ofPassage: passage)), default: 0] += 1 }
                row.unit = "distinct passages"
                row.bruteForce = groups.count
                row.searcherCount = response.results.count
                row.documentsFound = response.total.documents
                row.searcherCountSeconds = seconds
                let sizes = response.results.map { 1 + ($0.copies?.count ?? 0) }.sorted()
                row.countsAgree = sizes == groups.values.sorted() && response.total.passages == expected.count
                    && response.total.documents == perDocument.count
            }
        } catch {
            throw .suoyin(error)
        }
        return row
    }

    /// A folded passage without white space and punctuation: what copies share.
    static func duplicateKey(_ folded: String) -> String {
        var kept = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
                 .finalPunctuation, .otherPunctuation, .spaceSeparator, .lineSeparator, .paragraphSeparator, .control,
                 .format:
                continue
            default:
                if !scalar.properties.isWhitespace { kept.append(scalar) }
            }
        }
        return String(kept)
    }
}
