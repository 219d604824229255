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
    /// Where each list is in `store`, by (slot << 20 | tf); characters'
    /// slots follow the terms'. Lists live in a flat store so that they are
    /// changed in place, never copied out of a dictionary and back.
    private var listIndex: [Int: Int] = [:]
    private var store: [[Candidate]] = []
    /// The candidate a newcomer must beat once a list is full.
    private var thresholds: [Candidate?] = []

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
        // The hot loop works on local buffers: touching `self`'s arrays from
        // inside the tokenizer's closure would retain them at every term.
        var touchedTerms: [Int] = []
        var touchedCharacters: [Int] = []
        swap(&touchedTerms, &self.touchedTerms)
        swap(&touchedCharacters, &self.touchedCharacters)
        let shortSlots = slotOfShortTerm
        let longSlots = slotOfLongTerm
        characterCounts.withUnsafeMutableBufferPointer { characterCounts in
            termCounts.withUnsafeMutableBufferPointer { termCounts in
                _ = BigramTokenizer().tokenize(text, mode: .document) { term, _, _ in
                    length += 1
                    let first = ImpactCollector.leadingCJK(term)
                    if let first {
                        if characterCounts[first] == 0 { touchedCharacters.append(first) }
                        characterCounts[first] += 1
                    }
                    // Lone characters are never exact one-term queries; bigrams and words are.
                    guard hasTerms, first == nil || term.count > 4 else { return 0 }
                    let slot = term.count <= 8
                        ? shortSlots[ImpactCollector.packed(term)]
                        : longSlots[String(decoding: term, as: UTF8.self)]
                    if let slot {
                        if termCounts[slot] == 0 { touchedTerms.append(slot) }
                        termCounts[slot] += 1
                    }
                    return 0
                }
            }
        }
        rows += 1
        tokens += length
        let candidate = Candidate(length: length, pathRank: pathRanks[place.documentId] ?? 0,
                                  line: place.line, column: place.column, id: place.id)
        for slot in touchedTerms {
            offer(candidate, slot: slot, frequency: Int(termCounts[slot]))
            termCounts[slot] = 0
        }
        for character in touchedCharacters {
            offer(candidate, slot: termKeys.count + character, frequency: Int(characterCounts[character]))
            characterDocuments[character] += 1
            characterCounts[character] = 0
        }
        // Hand the emptied buffers back for the next passage.
        touchedTerms.removeAll(keepingCapacity: true)
        touchedCharacters.removeAll(keepingCapacity: true)
        swap(&touchedTerms, &self.touchedTerms)
        swap(&touchedCharacters, &self.touchedCharacters)
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

    private mutating func offer(_ candidate: Candidate, slot: Int, frequency: Int) {
        let key = slot << 20 | frequency
        guard let index = listIndex[key] else {
            listIndex[key] = store.count
            store.append([candidate])
            thresholds.append(ImpactLists.depth == 1 ? candidate : nil)
            return
        }
        if let worst = thresholds[index], !(candidate < worst) { return }
        if store[index].count == ImpactLists.depth { store[index].removeLast() }
        let position = store[index].firstIndex { candidate < $0 } ?? store[index].count
        store[index].insert(candidate, at: position)
        if store[index].count == ImpactLists.depth { thresholds[index] = store[index][ImpactLists.depth - 1] }
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
        for (listKey, index) in listIndex {
            guard let key = keys[listKey >> 20] else { continue }
            for candidate in store[index] {
                try insertImpact.execute(arguments: [key, listKey & 0xFFFFF, candidate.length, candidate.id])
            }
        }
    }
}
