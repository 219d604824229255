import Foundation
import GRDB
@testable import SuoyinCore
import TextAnalysis

/// Every passage of an index tokenized the slow, obvious way, to recount
/// what the phrase lists store: phrase frequencies by matching a query's
/// terms against the document's terms as FTS5 does, and Han runs by folding
/// and classifying one scalar at a time.
struct BruteForcePhrases {
    struct Passage {
        var id: Int64
        var place: Place
        /// The document-mode terms; their count is the passage's length.
        var terms: [[Unicode.Scalar]]
        /// The runs of folded CJK characters.
        var runs: [[Unicode.Scalar]]
    }

    let passages: [Passage]

    init(_ index: CorpusIndex) throws {
        passages = try index.places().sorted { $0.key < $1.key }.map { id, place in
            var runs: [[Unicode.Scalar]] = [[]]
            for scalar in place.text.unicodeScalars {
                let folded = Unicode.Scalar(CharacterFolding.fold(scalar.value))!
                if CharacterClass(folded.value) == .cjk { runs[runs.count - 1].append(folded) } else { runs.append([]) }
            }
            return Passage(id: id, place: place,
                           terms: Analyzer.terms(in: place.text, mode: .document).map { Array($0.text.unicodeScalars) },
                           runs: runs.filter { !$0.isEmpty })
        }
    }

    /// How many times `phrase` matches in `passage`: positions where its terms
    /// follow one another, the last one as a prefix when the phrase says so.
    static func frequency(of phrase: QueryPhrase, in passage: Passage) -> Int {
        let wanted = phrase.terms.map { Array($0.unicodeScalars) }
        guard passage.terms.count >= wanted.count else { return 0 }
        return (0...(passage.terms.count - wanted.count)).count { start in
            wanted.indices.allSatisfy { offset in
                let term = passage.terms[start + offset]
                return offset == wanted.count - 1 && phrase.lastTermIsPrefix
                    ? term.starts(with: wanted[offset]) : term == wanted[offset]
            }
        }
    }

    /// The entry the lists should hold for `phrase`: for each frequency, the
    /// first `depth` passages by length, path (bytewise), line and column.
    func entry(of phrase: QueryPhrase, depth: Int = PhraseLists.depth) -> PhraseListEntry {
        var byFrequency: [Int: [Passage]] = [:]
        for passage in passages {
            let frequency = Self.frequency(of: phrase, in: passage)
            if frequency > 0 { byFrequency[frequency, default: []].append(passage) }
        }
        let buckets = byFrequency.keys.sorted().map { frequency in
            let sorted = byFrequency[frequency]!.sorted { lhs, rhs in
                lhs.terms.count != rhs.terms.count ? lhs.terms.count < rhs.terms.count : lhs.place.precedes(rhs.place)
            }
            return PhraseListEntry.Bucket(frequency: frequency, total: sorted.count,
                                          passages: sorted.prefix(depth).map { ($0.terms.count, $0.id) })
        }
        return PhraseListEntry(documentFrequency: buckets.reduce(0) { $0 + $1.total }, buckets: buckets)
    }

    /// The number of passages containing each run substring of at most `maximumLength` characters.
    func documentFrequencies(maximumLength: Int) -> [String: Int] {
        var frequencies: [String: Int] = [:]
        for passage in passages {
            var phrases = Set<String>()
            for run in passage.runs {
                for start in run.indices {
                    for end in (start + 1)...min(run.count, start + maximumLength) {
                        phrases.insert(String(String.UnicodeScalarView(run[start..<end])))
                    }
                }
            }
            for phrase in phrases { frequencies[phrase, default: 0] += 1 }
        }
        return frequencies
    }
}

extension CorpusIndex {
    /// Every stored phrase list: phrase text, document frequency and entry.
    func storedLists() throws -> [(phrase: String, df: Int, entry: PhraseListEntry?)] {
        try database.read("test") { db in
            try Row.fetchAll(db, sql: "SELECT phrase, df, list FROM phrase_lists ORDER BY phrase").map { row in
                let key: Data = row["phrase"]
                return (String(decoding: key, as: UTF8.self), row["df"],
                        PhraseListEntry(documentFrequency: row["df"], encoded: row["list"]))
            }
        }
    }
}
