import GRDB
import TextAnalysis

/// The verify benchmark's oracle: every document's content characters
/// (folded, spaces and punctuation left out, as `verify` compares them)
/// in one UTF-8 buffer, documents separated by a newline, searched byte by
/// byte. UTF-8 is self-synchronizing, so a byte match is a character match,
/// and no match crosses a document.
struct VerifyBruteForce {
    private var bytes: [UInt8] = []

    init(_ db: Database) throws {
        var previous: Int64?
        let rows = try Row.fetchCursor(db, sql: "SELECT documentId, text FROM passages ORDER BY id")
        while let row = try rows.next() {
            let document: Int64 = row[0]
            if previous != document { bytes.append(0x0A) }
            previous = document
            for scalar in (row[1] as String).unicodeScalars {
                let folded = CharacterFolding.fold(scalar.value)
                guard CharacterClass(folded) != .separator, let character = Unicode.Scalar(folded) else { continue }
                bytes.append(contentsOf: String(character).utf8)
            }
        }
        bytes.append(0x0A)
    }

    /// The content of each segment of `quotation` (split at an ellipsis), as `verify` reads it.
    static func segments(of quotation: String) -> [[UInt8]] {
        var segments: [[UInt8]] = []
        var current: [UInt8] = []
        var ellipsis = false
        var dots = 0
        for scalar in quotation.unicodeScalars {
            let folded = CharacterFolding.fold(scalar.value)
            guard CharacterClass(folded) != .separator, let character = Unicode.Scalar(folded) else {
                dots = folded == 0x2E ? dots + 1 : 0
                if folded == 0x2026 || folded == 0x22EF || dots >= 3 { ellipsis = true }
                continue
            }
            if ellipsis && !current.isEmpty {
                segments.append(current)
                current = []
            }
            ellipsis = false
            dots = 0
            current.append(contentsOf: String(character).utf8)
        }
        if !current.isEmpty { segments.append(current) }
        return segments
    }

    /// How many places the quotation has: for one segment, its occurrences
    /// (overlapping ones too); for several, 1 when some document holds them in
    /// order without overlap, else 0.
    func places(of quotation: String) -> Int {
        let segments = Self.segments(of: quotation)
        guard let first = segments.first else { return 0 }
        let searches = segments.map(ByteSearch.init)
        return bytes.withUnsafeBufferPointer { haystack in
            var count = 0
            var offset = 0
            while let hit = searches[0].firstOffset(in: haystack, from: offset) {
                if segments.count == 1 {
                    count += 1
                    offset = hit + 1
                    continue
                }
                let documentEnd = (hit..<haystack.count).first { haystack[$0] == 0x0A } ?? haystack.count
                var position = hit + first.count
                var complete = true
                for (index, search) in searches.enumerated().dropFirst() {
                    guard let next = search.firstOffset(in: haystack, from: position), next < documentEnd else {
                        complete = false
                        break
                    }
                    position = next + segments[index].count
                }
                if complete { return 1 }
                offset = documentEnd
            }
            return count
        }
    }
}
