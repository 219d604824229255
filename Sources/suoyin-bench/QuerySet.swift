import TestSupport
import TextAnalysis

/// Picks the benchmark's queries from the corpus's own frequency tables,
/// deterministically: the same corpus and seed give the same queries.
///
/// - 1 and 2 characters: the most frequent, and those nearest 20 occurrences.
/// - 3–4 characters: the most frequent runs and those ranked 20th in a sample.
/// - 6–10 characters: runs cut at random from random passages, as written
///   (a traditional passage gives a traditional query).
/// - Traditional script: a frequent pair, a frequent run of four and a long
///   sample, written in traditional script.
/// - AND, OR, NOT: pairs of frequent, middling and rare terms.
/// - With `--sources`: a phrase of each later source's footer, frequent in that source only.
/// - The query language's classes: see ``grammar(bigrams:rareBigrams:trigrams:passages:lines:using:)``.
enum QuerySet {
    static func pick(
        tables: FrequencyTables, passages: FoldedPassages, lines: PassageLines, index: IndexFile,
        script: TraditionalScript, seed: UInt64, sourcePhrases: [String] = []
    ) throws(BenchError) -> [BenchQuery] {
        let characters = tables.characterTable
        let bigrams = FrequencyTables.mostFrequent(tables.bigrams, length: 2, limit: 1000).map(\.text)
        let rareBigrams = FrequencyTables.nearest(tables.bigrams, length: 2, to: 20, limit: 3).map(\.text)
        let trigrams = FrequencyTables.mostFrequent(tables.trigrams, length: 3, limit: 20).map(\.text)
        let fourgrams = FrequencyTables.mostFrequent(tables.fourgrams, length: 4, limit: 100).map(\.text)
        guard !bigrams.isEmpty, !trigrams.isEmpty, !fourgrams.isEmpty else { throw .noPassages(path: index.path) }
        func rank<T>(_ list: [T], _ rank: Int) -> T { list[min(rank, list.count - 1)] }
        var random = SplitMix64(seed: seed ^ 0x5155_4552_5953_4554)  // "QUERYSET"
        let samples = try longRuns(count: 4, passages: passages, index: index, using: &random)

        var queries: [BenchQuery] = []
        func add(_ queryClass: QueryClass, _ terms: [String]) {
            queries += terms.map { BenchQuery.phrase(queryClass, $0) }
        }
        add(.oneFrequent, FrequencyTables.mostFrequent(characters, length: 1, limit: 3).map(\.text))
        add(.oneRare, FrequencyTables.nearest(characters, length: 1, to: 20, limit: 3).map(\.text))
        add(.twoFrequent, Array(bigrams.prefix(3)))
        add(.twoRare, rareBigrams)
        add(.threeToFour, [trigrams[0], rank(trigrams, 19), fourgrams[0], rank(fourgrams, 19)])
        add(.sixToTen, samples)
        add(.sourcePhrase, sourcePhrases)
        let traditional = [
            bigrams.first(where: script.changes),
            fourgrams.first(where: script.changes),
            samples.map { CharacterFolding.fold($0) }.first(where: script.changes),
        ]
        add(.traditional, traditional.compactMap { $0.map(script.convert) })

        let (top, tenth, hundredth, thousandth) = (bigrams[0], rank(bigrams, 9), rank(bigrams, 99), rank(bigrams, 999))
        let rare = rank(rareBigrams, 0)
        let rare2 = rank(rareBigrams, 1)
        queries += [
            BenchQuery(.and, .and, [top, hundredth]),
            BenchQuery(.and, .and, [tenth, rare]),
            BenchQuery(.and, .and, [trigrams[0], thousandth]),
            BenchQuery(.or, .or, [rare, rare2]),
            BenchQuery(.or, .or, [hundredth, thousandth]),
            BenchQuery(.or, .or, [trigrams[0], rank(trigrams, 19)]),
            BenchQuery(.not, .not, [top, tenth]),
            BenchQuery(.not, .not, [hundredth, top]),
            BenchQuery(.not, .not, [rank(trigrams, 19), hundredth]),
        ]
        queries += results(characters: FrequencyTables.mostFrequent(characters, length: 1, limit: 1).map(\.text),
                           bigrams: bigrams, rareBigrams: rareBigrams)
        return queries + grammar(bigrams: bigrams, rareBigrams: rareBigrams, trigrams: trigrams,
                                 passages: passages, lines: lines, using: &random)
    }

    /// `count` runs of 6–10 Han characters cut from random passages, as written.
    private static func longRuns(
        count: Int, passages: FoldedPassages, index: IndexFile, using random: inout SplitMix64
    ) throws(BenchError) -> [String] {
        var runs: [String] = []
        var attempts = 0
        while runs.count < count, attempts < 10_000, passages.count > 0 {
            attempts += 1
            let length = random.draw(in: 6...10)
            guard let text = try index.passageText(id: passages.ids[random.below(passages.count)]) else { continue }
            let candidates = hanRuns(in: text).filter { $0.count >= length }
            guard !candidates.isEmpty else { continue }
            let run = random.element(of: candidates)
            let start = random.below(run.count - length + 1)
            runs.append(HanBlock.string(run[start..<(start + length)]))
        }
        return runs
    }

    /// The runs of characters that fold into the Han block, as written.
    private static func hanRuns(in text: String) -> [[UInt32]] {
        var runs: [[UInt32]] = [[]]
        for scalar in text.unicodeScalars {
            if HanBlock.contains(CharacterFolding.fold(scalar.value)) {
                runs[runs.count - 1].append(scalar.value)
            } else if !runs[runs.count - 1].isEmpty {
                runs.append([])
            }
        }
        return runs
    }
}
