import Foundation
import GRDB
import TextAnalysis

/// Gathers impact lists (see ``ImpactLists``) in one pass over the passages.
///
/// Per passage: tokenize, count each frequent term and each CJK character,
/// then offer the passage to the (term, tf) lists it belongs to. Counting
/// uses flat arrays reset through a list of touched slots, so there is no
/// allocation per token.
struct ImpactCollector {
    /// Where a passage is, in result order (path rank, line, column).
    struct Place {
        var documentId: Int64
        var line: Int
        var column: Int
        var id: Int64
    }

    /// A passage offered to a list, ordered as results are for equal scores.
    private struct Candidate: Comparable {
        var length: Int
        var pathRank: Int
        var line: Int
        var column: Int
        var id: Int64

        static func < (a: Candidate, b: Candidate) -> Bool {
            (a.length, a.pathRank, a.line, a.column, a.id) < (b.length, b.pathRank, b.line, b.column, b.id)
        }
    }

    /// Exact frequent terms with their document frequency, and their slots.
    private let termDocuments: [Int]
    private let termKeys: [String]
    /// Slots of terms of up to 8 bytes, packed into an integer (tokens hold
    /// no NUL, so zero padding is unambiguous), and of longer terms.
    private var slotOfShortTerm: [UInt64: Int] = [:]
    private var slotOfLongTerm: [String: Int] = [:]
    private let pathRanks: [Int64: Int]

    private var termCounts: [Int32]
    private var touchedTerms: [Int] = []
    private var characterCounts: [Int32]
    private var touchedCharacters: [Int] = []
    private var characterDocuments: [Int32]
    /// The lists, by (slot << 20 | tf); characters' slots follow the terms'.
    private var lists: [Int: [Candidate]] = [:]

    /// Passages and tokens seen: FTS5's row count and total size.
    private(set) var rows = 0
    private(set) var tokens = 0

    init(frequentTerms: [String: Int], pathRanks: [Int64: Int]) {
        termKeys = frequentTerms.keys.sorted()
        termDocuments = termKeys.map { frequentTerms[$0]! }
        for (slot, key) in termKeys.enumerated() {
            let bytes = Array(key.utf8)
            if bytes.count <= 8 {
                slotOfShortTerm[bytes.withUnsafeBufferPointer(Self.packed)] = slot
            } else {
                slotOfLongTerm[key] = slot
            }
        }
        self.pathRanks = pathRanks
        termCounts = Array(repeating: 0, count: termKeys.count)
        characterCounts = Array(repeating: 0, count: Int(CharacterFolding.tableBound))
        characterDocuments = Array(repeating: 0, count: Int(CharacterFolding.tableBound))
    }

    /// Counts one passage's terms and offers it to their lists.
    mutating func add(_ text: UnsafeBufferPointer<UInt8>, at place: Place) {
        var length = 0
        let hasTerms = !termKeys.isEmpty
        _ = BigramTokenizer().tokenize(text, mode: .document) { term, _, _ in
            length += 1
            let first = ImpactCollector.leadingCJK(term)
            if let first {
                if characterCounts[first] == 0 { touchedCharacters.append(first) }
                characterCounts[first] += 1
            }
            // Lone characters are never exact one-term queries; bigrams and words are.
            if hasTerms, first == nil || term.count > 4, let slot = self.slot(of: term) {
                if termCounts[slot] == 0 { touchedTerms.append(slot) }
                termCounts[slot] += 1
            }
            return 0
        }
        rows += 1
        tokens += length
        let candidate = Candidate(length: length, pathRank: pathRanks[place.documentId] ?? 0,
                                  line: place.line, column: place.column, id: place.id)
        for slot in touchedTerms {
            offer(candidate, to: slot << 20 | Int(termCounts[slot]))
            termCounts[slot] = 0
        }
        for character in touchedCharacters {
            offer(candidate, to: (termKeys.count + character) << 20 | Int(characterCounts[character]))
            characterDocuments[character] += 1
            characterCounts[character] = 0
        }
        touchedTerms.removeAll(keepingCapacity: true)
        touchedCharacters.removeAll(keepingCapacity: true)
    }

    /// The slot of a frequent exact term, if it is one.
    private func slot(of term: UnsafeBufferPointer<UInt8>) -> Int? {
        term.count <= 8 ? slotOfShortTerm[Self.packed(term)] : slotOfLongTerm[String(decoding: term, as: UTF8.self)]
    }

    private static func packed(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value: UInt64 = 0
        for (index, byte) in bytes.enumerated() { value |= UInt64(byte) << (8 * index) }
        return value
    }

    /// The code point of a term's first character when it is CJK (terms are
    /// valid UTF-8: the tokenizer writes them).
    private static func leadingCJK(_ term: UnsafeBufferPointer<UInt8>) -> Int? {
        let value: UInt32
        switch term.first ?? 0 {
        case 0xE0...0xEF where term.count >= 3:
            value = UInt32(term[0] & 0x0F) << 12 | UInt32(term[1] & 0x3F) << 6 | UInt32(term[2] & 0x3F)
        case 0xF0...0xF4 where term.count >= 4:
            value = UInt32(term[0] & 0x07) << 18 | UInt32(term[1] & 0x3F) << 12
                | UInt32(term[2] & 0x3F) << 6 | UInt32(term[3] & 0x3F)
        default:
            return nil
        }
        guard value < CharacterFolding.tableBound, CharacterClass(value) == .cjk else { return nil }
        return Int(value)
    }

    private mutating func offer(_ candidate: Candidate, to key: Int) {
        var list = lists[key, default: []]
        if list.count == ImpactLists.depth {
            guard candidate < list[list.count - 1] else { return }
            list.removeLast()
        }
        let index = list.firstIndex { candidate < $0 } ?? list.count
        list.insert(candidate, at: index)
        lists[key] = list
    }

    /// Writes the lists of terms found in at least `threshold` passages.
    func write(_ db: Database, threshold: Int) throws {
        let insertStats = try db.cachedStatement(sql: "INSERT INTO term_stats(term, df) VALUES (?, ?)")
        let insertImpact = try db.cachedStatement(sql: """
            INSERT INTO term_impacts(term, tf, length, passageId) VALUES (?, ?, ?, ?)
            """)
        var keys: [Int: Data] = [:]
        for (slot, term) in termKeys.enumerated() {
            keys[slot] = ImpactLists.key(term: term, isPrefix: false)
            try insertStats.execute(arguments: [keys[slot]!, termDocuments[slot]])
        }
        for character in 0..<characterDocuments.count where Int(characterDocuments[character]) >= threshold {
            let text = String(Unicode.Scalar(UInt32(character)).map(Character.init) ?? " ")
            keys[termKeys.count + character] = ImpactLists.key(term: text, isPrefix: true)
            try insertStats.execute(arguments: [keys[termKeys.count + character]!, characterDocuments[character]])
        }
        for (listKey, list) in lists {
            guard let key = keys[listKey >> 20] else { continue }
            for candidate in list {
                try insertImpact.execute(arguments: [key, listKey & 0xFFFFF, candidate.length, candidate.id])
            }
        }
    }
}
