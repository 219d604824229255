import Foundation

/// Renders a ``BenchReport`` as Markdown tables.
struct MarkdownReport {
    let report: BenchReport

    var text: String {
        [header, buildTable, tantivyTable, classTable, queryTable, processTable, correctnessTable, notes]
            .filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n"
    }

    private var header: String {
        let corpus = report.corpus
        let settings = report.settings
        let machine = report.machine
        let source = corpus.source == "generated" ? "generated (seed \(corpus.seed ?? 0))" : "`\(corpus.source)`"
        let traditional = corpus.traditionalDocuments.map { " (\(int($0)) in traditional script)" } ?? ""
        var bigrams = "\(int(corpus.distinctBigrams)) distinct Han bigrams"
        if let training = corpus.trainingDistinctBigrams { bigrams += " (the training folder has \(int(training)))" }
        let share = number(100 * Double(corpus.passagesInSplitLines) / Double(max(corpus.passages, 1)), 1)
        let split = "\(int(corpus.passagesInSplitLines)), \(share) %, in \(int(corpus.splitLines)) lines cut into several"
        let latin = corpus.latinShare.map { "; \(number(100 * $0, 1)) % of its characters Latin letters and digits" } ?? ""
        let generated = latin + (corpus.generationSeconds.map { "; generated in \(number($0, 1)) s" } ?? "")
        let load = [machine.loadAtStart, machine.loadAtEnd].map { $0.map { number($0, 1) } ?? "?" }.joined(separator: " → ")
        let synchronous = ["OFF", "NORMAL", "FULL", "EXTRA"].indices.contains(settings.synchronous)
            ? ["OFF", "NORMAL", "FULL", "EXTRA"][settings.synchronous] : "\(settings.synchronous)"
        return """
            ## Suoyin benchmark

            Corpus: \(source): \(int(corpus.documents)) documents\(traditional), \(number(Double(corpus.bytes) / 1e6, 1)) MB, \
            \(int(corpus.passages)) passages (\(split)); \(int(corpus.hanCharacters)) Han characters, \
            \(int(corpus.distinctHanCharacters)) distinct; \(bigrams)\(generated).
            Both indexes: SQLite \(settings.sqliteVersion), page size \(settings.pageSize), \(settings.encoding), \
            journal \(settings.journalMode), \
            synchronous \(synchronous), cache_size \(settings.cacheSize), transactions of ~\(int(settings.batchCharacters)) characters. \
            Machine: \(machine.cores) cores, 1-minute load \(load) (start → end).
            """
    }

    private var buildTable: String {
        table(["Metric", "Suoyin", "Baseline (trigram)", "Suoyin / baseline"], alignments: "lrrr",
              report.metrics.map { metric in
                  [metric.name, metric.suoyin.map(figure) ?? "—", metric.baseline.map(figure) ?? "—",
                   metric.ratio.map(ratio) ?? "—"]
              })
    }

    private var classTable: String {
        "### Query latency by class (ms)\n\n" + table(
            ["Class", "Queries", "Suoyin p50", "p95", "p99", "Baseline SQL", "Baseline p50", "p95", "p99", "p50 ratio"],
            alignments: "lrrrrlrrrr",
            report.queryClasses.map { row in
                [row.queryClass.rawValue, "\(row.queries)", ms(row.suoyin.p50), ms(row.suoyin.p95), ms(row.suoyin.p99),
                 row.baselineMethod, ms(row.baseline?.p50), ms(row.baseline?.p95), ms(row.baseline?.p99),
                 row.p50Ratio.map(ratio) ?? "—"]
            })
    }

    /// Suoyin beside Tantivy: the build, then the top-10 latency of the classes both answer.
    private var tantivyTable: String {
        guard let tantivy = report.tantivy else { return "" }
        let suoyin = report.suoyinEndToEnd
        let bytes = Double(suoyin.inputBytes)
        let builds = table(["Metric", "Suoyin", "Tantivy", "Suoyin / Tantivy"], alignments: "lrrr", [
            ["index time (s)", figure(suoyin.seconds), figure(tantivy.indexSeconds), ratio(suoyin.seconds / tantivy.indexSeconds)],
            ["index size (MB)", figure(Double(suoyin.indexBytes) / 1e6), figure(Double(tantivy.indexBytes) / 1e6),
             ratio(Double(suoyin.indexBytes) / Double(tantivy.indexBytes))],
            ["index size / text size", number(Double(suoyin.indexBytes) / bytes, 2), number(Double(tantivy.indexBytes) / bytes, 2), "—"],
            ["peak RSS while indexing (MB)", suoyin.peakRSSBytes.map { figure(Double($0) / 1e6) } ?? "—",
             figure(Double(tantivy.peakRSSBytes) / 1e6), "—"],
        ])
        let latencies = table(["Class", "Queries", "Suoyin p50", "p99", "Tantivy p50", "p99", "p50 ratio"], alignments: "lrrrrrr",
            tantivy.classes.map { row in
                let ours = report.queryClasses.first { $0.queryClass == row.queryClass }?.suoyin
                return [row.queryClass.rawValue, "\(row.queries)", ms(ours?.p50), ms(ours?.p99), ms(row.latency.p50),
                        ms(row.latency.p99), ours.map { ratio($0.p50 / row.latency.p50) } ?? "—"]
            })
        return """
            ### Tantivy, the second baseline (\(tantivy.version), \(int(tantivy.passages)) passages)

            Suoyin's time is `IndexBuilder.run` end to end (reading, decoding, splitting, folding, writing); Tantivy's \
            covers adding the already folded passages, committing and merging, with its default multi-threaded writer. \
            Top-10 latencies in milliseconds, in process (Tantivy through its Python bindings, reading the stored text of each hit).

            \(builds)

            \(latencies)
            """
    }

    private var queryTable: String {
        "### Queries\n\n" + table(
            ["Class", "Query", "Suoyin hits", "Baseline hits", "Baseline SQL", "Suoyin p50 ms", "Baseline p50 ms"],
            alignments: "llrrlrr",
            report.queries.map { row in
                [row.query.queryClass.rawValue, "`\(row.query.text)`", row.suoyinHits.map(int) ?? "—",
                 row.baselineHits.map(int) ?? "—", row.baselineMethod, ms(row.suoyin.p50), ms(row.baseline?.p50)]
            })
    }

    private var processTable: String {
        guard !report.processSearches.isEmpty else { return "" }
        return "### Whole `suoyin search` processes, launch to exit (ms, \(SearchProcessTimer.runs) runs)\n\n" + table(
            ["Class", "Query", "--within", "Process p50", "p95", "In-process p50"], alignments: "lllrrr",
            report.processSearches.map { row in
                [row.query.queryClass.rawValue, "`\(row.query.text)`", row.query.scope, ms(row.process.p50),
                 ms(row.process.p95), ms(row.inProcessP50)]
            })
    }

    private var correctnessTable: String {
        "### Correctness\n\n" + table(
            ["Class", "Query", "Of", "Brute force", "FTS5 count", "Searcher, limit 0", "Documents (brute force)",
             "Documents", "Same set", "Line found", "overlap@10", "Top 10 = bm25()", "limit 0 (s)"],
            alignments: "lllrrrrrccrcr",
            report.correctness.map { row in
                [row.query.queryClass.rawValue, "`\(row.query.text)`", row.unit, int(row.bruteForce),
                 row.ftsCount.map(int) ?? "—", int(row.searcherCount), row.documentsBruteForce.map(int) ?? "—",
                 row.documentsFound.map(int) ?? "—", mark(row.countsAgree),
                 row.soughtLineFound.map(mark) ?? "—",
                 row.overlapAt10.map { "\($0)/\(row.expectedTop ?? 0)" } ?? "—",
                 row.rankingIdentical.map(mark) ?? "—", number(row.searcherCountSeconds, 2)]
            })
    }

    private var notes: String {
        report.notes.map { "- " + $0 }.joined(separator: "\n")
    }

    private func table(_ header: [String], alignments: String, _ rows: [[String]]) -> String {
        let rule = alignments.map { $0 == "r" ? "---:" : $0 == "c" ? ":---:" : "---" }
        return ([header, rule] + rows).map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n")
    }

    private func figure(_ value: Double) -> String {
        value >= 1000 ? int(Int(value.rounded())) : value >= 10 ? number(value, 1) : number(value, 2)
    }

    /// A ratio with two significant digits at most: 8779×, 2.99×, 0.54×, 0.0027×.
    private func ratio(_ value: Double) -> String {
        (value >= 100 ? number(value, 0) : value >= 0.1 ? number(value, 2) : String(format: "%.2g", value)) + "×"
    }

    private func mark(_ passed: Bool) -> String { passed ? "✓" : "✗" }

    private func ms(_ value: Double?) -> String {
        guard let value else { return "—" }
        return value >= 100 ? number(value, 0) : value >= 10 ? number(value, 1) : number(value, 2)
    }

    private func number(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }

    private func int(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }
}
