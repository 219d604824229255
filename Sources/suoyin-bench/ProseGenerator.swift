import TestSupport

/// Generates report-like Chinese prose, as code points.
///
/// Each Han character follows the training corpus's Markov chain with
/// probability ``chainProbability`` (when the previous character has known
/// successors), else it is a fresh Zipf draw. Clause lengths, paragraph
/// lengths and the marks between clauses (，、；：。) are sampled from the
/// training corpus; quotes “”, book titles 《》, numbers (`2021年`,
/// `1205人`, `12.5%`) and Latin abbreviations (`GDP`, `APP`) are sprinkled in
/// at about the rates real reports show. With a `latinShare`, runs of Latin
/// script (``LatinSnippets``) stand between clauses so that about that share of
/// the characters is Latin, as in technical manuals.
struct ProseGenerator {
    static let chainProbability = 0.6
    private static let quoteProbability = 0.1
    private static let bookTitleProbability = 0.04
    private static let numberProbability = 0.15
    private static let latinProbability = 0.012
    private static let units = ["人", "项", "件", "次", "个", "家", "万元", "亿元", "%", "余人", "场", "户"]
    private static let latin = ["GDP", "APP", "PPP", "5G", "CPI", "PM2.5", "AI", "OA", "12345", "VR"]

    var random: SplitMix64
    private let chain: MarkovChain
    private let zipf: ZipfSampler
    private let clauseLengths: [Int]
    private let paragraphLengths: [Int]
    private let enders: WeightedSampler<UInt32>
    /// The chance that a clause is followed by a run of Latin script.
    private let latinRunProbability: Double

    init(training: TrainingCorpus, seed: UInt64, latinShare: Double = 0) {
        random = SplitMix64(seed: seed)
        chain = MarkovChain(runs: training.hanRuns)
        zipf = ZipfSampler(ranked: ZipfSampler.ranking(
            seeded: training.hanByFrequency, foldStable: HanBlock.foldStable, using: &random))
        clauseLengths = training.clauseLengths
        paragraphLengths = training.paragraphLengths
        let marks = training.clauseEnders.sorted { $0.key < $1.key }
        enders = WeightedSampler(items: marks.map(\.key), weights: marks.map { Double($0.value) })
        // A run of mean length S after a clause of mean length L (and its mark) makes
        // S·p / (S·p + L + 1) of the characters Latin: solve for p.
        let clause = Double(clauseLengths.reduce(0, +)) / Double(max(clauseLengths.count, 1)) + 1
        let share = min(max(latinShare, 0), 0.9)
        latinRunProbability = share == 0 ? 0 : min(1, share * clause / (LatinSnippets.meanLength() * (1 - share)))
    }

    /// A body paragraph of a sampled length, ending in 。.
    mutating func paragraph(into text: inout [UInt32]) {
        sentences(into: &text, length: random.element(of: paragraphLengths))
    }

    /// Clauses up to about `length` characters, the last ending in 。.
    mutating func sentences(into text: inout [UInt32], length: Int) {
        let start = text.count
        while text.count - start < length {
            clause(into: &text)
            text.append(enders.sample(using: &random))
            if latinRunProbability > 0, random.chance(latinRunProbability) {
                append(" " + LatinSnippets.snippet(using: &random) + " ", to: &text)
            }
        }
        text[text.count - 1] = 0x3002  // 。
    }

    /// A heading's words: one clause-like run of `length` Han characters.
    mutating func phrase(into text: inout [UInt32], length: Int) {
        var previous: UInt32?
        for _ in 0..<length { previous = character(after: previous, into: &text) }
    }

    /// One clause: Han characters, perhaps led by a number or an abbreviation,
    /// with at most one quoted word or book title inside.
    private mutating func clause(into text: inout [UInt32]) {
        let length = random.element(of: clauseLengths)
        if random.chance(Self.numberProbability) { number(into: &text) }
        if random.chance(Self.latinProbability) { append(random.element(of: Self.latin), to: &text) }
        var marked: (range: Range<Int>, open: UInt32, close: UInt32)?
        if length >= 4, random.chance(Self.quoteProbability) {
            marked = (span(ofLength: random.draw(in: 2...min(8, length)), in: length), 0x201C, 0x201D)  // “”
        } else if length >= 6, random.chance(Self.bookTitleProbability) {
            marked = (span(ofLength: random.draw(in: 4...min(14, length)), in: length), 0x300A, 0x300B)  // 《》
        }
        var previous: UInt32?
        for index in 0..<length {
            if let marked, index == marked.range.lowerBound {
                text.append(marked.open)
                previous = nil
            }
            previous = character(after: previous, into: &text)
            if let marked, index == marked.range.upperBound - 1 {
                text.append(marked.close)
                previous = nil
            }
        }
    }

    private mutating func span(ofLength length: Int, in clauseLength: Int) -> Range<Int> {
        let start = random.draw(in: 0...(clauseLength - length))
        return start..<(start + length)
    }

    /// Appends the next Han character and returns it.
    @discardableResult
    private mutating func character(after previous: UInt32?, into text: inout [UInt32]) -> UInt32 {
        var next: UInt32?
        if let previous, random.chance(Self.chainProbability) {
            next = chain.next(after: previous, using: &random)
        }
        let character = next ?? zipf.sample(using: &random)
        text.append(character)
        return character
    }

    /// A year, a count with its unit, or a percentage.
    private mutating func number(into text: inout [UInt32]) {
        switch random.below(3) {
        case 0:
            append("20\(random.draw(in: 10...24))年", to: &text)
        case 1:
            append("\(random.draw(in: 1...9999))" + random.element(of: Self.units), to: &text)
        default:
            append("\(random.draw(in: 1...99)).\(random.draw(in: 0...9))%", to: &text)
        }
    }

    private func append(_ string: String, to text: inout [UInt32]) {
        text.append(contentsOf: string.unicodeScalars.map(\.value))
    }
}
