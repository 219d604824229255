import Foundation
import GRDB

/// Each passage's length in terms — FTS5's column size, the `D` of BM25 —
/// kept in `passage_lengths` in blocks of 2048 little-endian 16-bit values
/// indexed by passage id.
///
/// A search that scores many matches reads every length in a few hundred
/// rows, instead of looking each one up in FTS5's docsize table (0.4 µs a
/// match, measured). Terms never outnumber code points and passages have at
/// most ``PassageSplitter/maximumLength`` of them, so 16 bits always hold
/// a length.
struct PassageLengths {
    static let blockShift = 11
    static let blockSize = 1 << blockShift

    /// Lengths by passage id; 0 for ids without a passage.
    private var lengths: [UInt16]

    /// Every stored length.
    init(_ db: Database) throws {
        let blocks = try Row.fetchAll(db, sql: "SELECT block, lengths FROM passage_lengths ORDER BY block")
        let last = (blocks.last.map { $0["block"] as Int } ?? -1) + 1
        lengths = Array(repeating: 0, count: last << Self.blockShift)
        lengths.withUnsafeMutableBytes { target in
            for row in blocks {
                let block: Int = row["block"]
                let data: Data = row["lengths"]
                let offset = (block << Self.blockShift) * 2
                let count = min(data.count, target.count - offset)
                data.withUnsafeBytes { source in
                    target.baseAddress!.advanced(by: offset).copyMemory(from: source.baseAddress!, byteCount: count)
                }
            }
        }
        // Stored little-endian; swap on a big-endian host.
        if UInt16(littleEndian: 1) != 1 { lengths = lengths.map { UInt16(littleEndian: $0) } }
    }

    /// The length of passage `id`, 0 when none is stored.
    @inline(__always)
    func length(of id: Int64) -> Int {
        id >= 0 && id < lengths.count ? Int(lengths[Int(id)]) : 0
    }
}
