import Foundation
import TextAnalysis

/// What the generator learns from a folder of real reports (`Corpus/`):
/// character frequencies and successions, clause and paragraph lengths,
/// punctuation rates, and the traditional forms the documents really use.
///
/// Characters are learnt folded, so a traditional report teaches the same
/// characters as a simplified one.
struct TrainingCorpus {
    /// Folded Han characters, most frequent first (ties by code point).
    private(set) var hanByFrequency: [UInt32] = []
    /// Runs of folded Han characters, in reading order.
    private(set) var hanRuns: [[UInt32]] = []
    /// Lengths, in characters, of the stretches between punctuation marks.
    private(set) var clauseLengths: [Int] = []
    /// Lengths, in characters, of lines of 30 characters or more (body text).
    private(set) var paragraphLengths: [Int] = []
    /// How often each mark ends a clause, with ASCII marks counted as their full-width forms.
    private(set) var clauseEnders: [UInt32: Int] = [:]
    /// For each simplified character, the traditional forms seen and how often.
    private(set) var traditionalForms: [UInt32: [UInt32: Int]] = [:]
    /// Han characters read.
    private(set) var hanCharacters = 0

    /// How many different adjacent pairs of Han characters the text has.
    var distinctBigrams: Int {
        Set(hanRuns.flatMap { run in zip(run, run.dropFirst()).map { UInt64($0) << 32 | UInt64($1) } }).count
    }

    /// ASCII and full-width marks that end a clause, mapped to the full-width form.
    private static let enders: [UInt32: UInt32] = [
        0xFF0C: 0xFF0C, 0x2C: 0xFF0C,  // ，
        0x3001: 0x3001,                // 、
        0xFF1B: 0xFF1B, 0x3B: 0xFF1B,  // ；
        0xFF1A: 0xFF1A, 0x3A: 0xFF1A,  // ：
        0x3002: 0x3002,                // 。
    ]

    /// Reads every `.txt` and `.md` file of `folder` (UTF-8).
    init(folder: String) throws(BenchError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
                .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()
        } catch {
            throw .trainingCorpusMissing(path: folder)
        }
        var counts: [UInt32: Int] = [:]
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path),
                  let text = String(data: data, encoding: .utf8) else { continue }
            learn(text, counts: &counts)
        }
        guard hanCharacters > 0, !clauseLengths.isEmpty, !paragraphLengths.isEmpty else {
            throw .trainingCorpusMissing(path: folder)
        }
        hanByFrequency = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }

    private mutating func learn(_ text: String, counts: inout [UInt32: Int]) {
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let scalars = line.unicodeScalars
            if scalars.count >= 30 { paragraphLengths.append(scalars.count) }
            var run: [UInt32] = []
            var clause = 0
            for scalar in scalars {
                let folded = CharacterFolding.fold(scalar.value)
                if HanBlock.contains(folded) {
                    run.append(folded)
                    counts[folded, default: 0] += 1
                    hanCharacters += 1
                    if folded != scalar.value { traditionalForms[folded, default: [:]][scalar.value, default: 0] += 1 }
                    clause += 1
                    continue
                }
                if !run.isEmpty { hanRuns.append(run) }
                run.removeAll()
                if folded < 0x80 && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
                    clause += 1
                } else if let ender = Self.enders[scalar.value] {
                    clauseEnders[ender, default: 0] += 1
                    if clause > 0 { clauseLengths.append(clause) }
                    clause = 0
                }
            }
            if !run.isEmpty { hanRuns.append(run) }
            if clause > 0 { clauseLengths.append(clause) }
        }
    }
}
