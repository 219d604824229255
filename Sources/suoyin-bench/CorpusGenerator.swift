import Foundation
import TestSupport

/// Writes a deterministic corpus of report-like documents into a folder.
///
/// Documents are shaped like those in `Corpus/`: a title line
/// (`…市人民政府关于2022年度…情况的报告`), a date line, an introduction, then
/// numbered sections: `一、` headings on a line of their own, `（一）`
/// subsections whose first sentence is a heading with body text on the same
/// line (now and then opening with an article or a month, `根据第十二条，`,
/// `2023年5月，`), and now and then `1.` points. Each document aims at a size drawn
/// from 10–40 KB; about one in ten is written in traditional script, and
/// one in fifty is posted again as the next document, half of those in
/// traditional script.
/// The same seed gives the same bytes.
struct CorpusGenerator {
    static let traditionalShare = 0.1
    static let documentBytes = 10_000...40_000
    static let documentsPerFolder = 500
    /// The share of subsections whose body opens with an article or a month (see ``reference(into:)``).
    static let referenceShare = 0.2
    /// The share of documents posted twice (see ``generate(bytes:into:)``).
    static let repostShare = 0.02

    /// What was written.
    struct Result: Codable {
        var documents = 0
        var traditionalDocuments = 0
        /// Documents that are a copy of the one before, in either script.
        var reposts = 0
        var bytes = 0
        /// Characters written, and how many of them are ASCII letters and digits.
        var characters = 0
        var latinCharacters = 0
        /// With sources: a phrase of each later source's own footer, frequent there only.
        var sourcePhrases: [String] = []
        var seconds = 0.0
    }

    private var prose: ProseGenerator
    private var references: SplitMix64
    private let script: TraditionalScript
    /// Each source's footer line (empty: one source, no footers).
    private var footers: [[UInt32]] = []

    /// `sources` > 1 writes the corpus as that many sources one after another
    /// (folders `part-…` in order), each repeating a footer of its own after
    /// every subsection, as a manual repeats its running footer on every page:
    /// the footer's phrases are frequent in that source only.
    init(training: TrainingCorpus, script: TraditionalScript, seed: UInt64, latinShare: Double = 0, sources: Int = 0) {
        prose = ProseGenerator(training: training, seed: seed, latinShare: latinShare)
        references = SplitMix64(seed: seed ^ 0x4E55_4D45_5241_4C53)  // "NUMERALS"
        self.script = script
        if sources > 1 {
            footers = (0..<sources).map { _ in
                var footer: [UInt32] = []
                prose.phrase(into: &footer, length: 8)
                return footer
            }
        }
    }

    /// Writes documents into `folder` until they hold at least `bytes` bytes.
    mutating func generate(bytes: Int, into folder: String) throws(BenchError) -> Result {
        let stopwatch = Stopwatch()
        var result = Result()
        // The later half of the sources: their phrases are the ones a sample of the load's start misses.
        result.sourcePhrases = footers.suffix(footers.count / 2).map { HanBlock.string($0[2..<6]) }
        while result.bytes < bytes {
            let isTraditional = prose.random.chance(Self.traditionalShare)
            let footer = footers.isEmpty ? nil : footers[min(footers.count - 1, result.bytes * footers.count / max(bytes, 1))]
            var scalars = document(bytes: prose.random.draw(in: Self.documentBytes), footer: footer)
            if isTraditional {
                scalars = scalars.map(script.form(of:))
                result.traditionalDocuments += 1
            }
            try write(HanBlock.string(scalars), into: folder, result: &result)
            // Now and then the same report is posted again elsewhere, half the time in
            // traditional script: copies, as on collections gathered from several sites.
            if references.chance(Self.repostShare) {
                let repost = !isTraditional && references.chance(0.5) ? scalars.map(script.form(of:)) : scalars
                try write(HanBlock.string(repost), into: folder, result: &result)
                result.reposts += 1
            }
        }
        result.seconds = stopwatch.seconds
        return result
    }

    /// Writes `text` as the next document, `part-NNN/report-NNNNNN.txt`.
    private func write(_ text: String, into folder: String, result: inout Result) throws(BenchError) {
        let subfolder = (folder as NSString).appendingPathComponent(
            String(format: "part-%03d", result.documents / Self.documentsPerFolder))
        let path = (subfolder as NSString).appendingPathComponent(String(format: "report-%06d.txt", result.documents))
        do {
            if result.documents % Self.documentsPerFolder == 0 {
                try FileManager.default.createDirectory(atPath: subfolder, withIntermediateDirectories: true)
            }
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw .io(path: path, message: error.localizedDescription)
        }
        result.documents += 1
        result.bytes += text.utf8.count
        for scalar in text.unicodeScalars where scalar != "\n" {
            result.characters += 1
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) { result.latinCharacters += 1 }
        }
    }

    /// One document of about `target` bytes, as code points, with `footer` on a line after each subsection.
    private mutating func document(bytes target: Int, footer: [UInt32]?) -> [UInt32] {
        var text: [UInt32] = []
        var measured = 0
        var bytes = 0
        let lineBreak = prose.random.chance(0.5) ? "\n\n" : "\n"
        func endLine() {
            append(lineBreak, to: &text)
            for value in text[measured...] { bytes += value < 0x80 ? 1 : value < 0x800 ? 2 : 3 }
            measured = text.count
        }

        prose.phrase(into: &text, length: prose.random.draw(in: 2...3))
        append("市人民政府关于20\(prose.random.draw(in: 15...24))年度", to: &text)
        prose.phrase(into: &text, length: prose.random.draw(in: 4...8))
        append("情况的报告", to: &text)
        endLine()
        append("发布日期：20\(prose.random.draw(in: 16...25))-0\(prose.random.draw(in: 1...9))-\(prose.random.draw(in: 10...28))", to: &text)
        endLine()
        prose.paragraph(into: &text)
        endLine()

        var section = 0
        while bytes < target {
            section += 1
            append(Self.numeral(section) + "、", to: &text)
            prose.phrase(into: &text, length: prose.random.draw(in: 6...14))
            endLine()
            for subsection in 1...prose.random.draw(in: 2...5) where bytes < target {
                append("（" + Self.numeral(subsection) + "）", to: &text)
                heading(into: &text)
                reference(into: &text)
                prose.paragraph(into: &text)
                endLine()
                for _ in 0..<prose.random.below(3) {
                    prose.paragraph(into: &text)
                    endLine()
                }
                if let footer {
                    text.append(contentsOf: footer)
                    endLine()
                }
                guard prose.random.chance(0.25) else { continue }
                for point in 1...prose.random.draw(in: 2...4) {
                    append("\(point).", to: &text)
                    heading(into: &text)
                    prose.sentences(into: &text, length: prose.random.draw(in: 40...150))
                    endLine()
                }
            }
        }
        return text
    }

    /// A short heading sentence ending in 。, followed on its line by body text.
    private mutating func heading(into text: inout [UInt32]) {
        prose.phrase(into: &text, length: prose.random.draw(in: 6...14))
        text.append(0x3002)
    }

    private func append(_ string: String, to text: inout [UInt32]) {
        text.append(contentsOf: string.unicodeScalars.map(\.value))
    }

    /// `number` (1–99) in Chinese numerals: 一, 十, 十二, 二十, 二十三.
    static func numeral(_ number: Int) -> String {
        NumeralSpelling.chinese(number)[0]
    }

    /// Now and then a subsection's body opens with an article (`根据第12条，`)
    /// or a month (`2023年5月，`), in Arabic or Chinese numerals alike, for the
    /// numeral queries. Drawn from a stream of its own, so the prose is the
    /// one the same seed always gave.
    private mutating func reference(into text: inout [UInt32]) {
        guard references.chance(Self.referenceShare) else { return }
        let chinese = references.chance(0.5)
        func spelled(_ number: Int) -> String { chinese ? Self.numeral(number) : "\(number)" }
        if references.chance(0.5) {
            append("根据第" + spelled(references.draw(in: 1...30)) + "条，", to: &text)
        } else {
            let year = references.draw(in: 2015...2024)
            let month = references.draw(in: 1...12)
            append((chinese ? NumeralSpelling.year(year)[0] : "\(year)") + "年" + spelled(month) + "月，", to: &text)
        }
    }
}
