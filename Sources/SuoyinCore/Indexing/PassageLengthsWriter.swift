import Foundation
import GRDB

/// Records lengths of new passages during a write transaction; ``write(_:)``
/// stores the blocks it changed.
struct PassageLengthsWriter {
    private var blocks: [Int: [UInt16]] = [:]

    /// Sets the length of passage `id`, reading its block first if needed.
    mutating func set(_ length: Int, of id: Int64, _ db: Database) throws {
        let block = Int(id >> PassageLengths.blockShift)
        if blocks[block] == nil {
            var values = Array(repeating: UInt16(0), count: PassageLengths.blockSize)
            if let data = try Data.fetchOne(db, sql: "SELECT lengths FROM passage_lengths WHERE block = ?",
                                            arguments: [block]) {
                data.withUnsafeBytes { source in
                    for index in 0..<min(values.count, data.count / 2) {
                        values[index] = UInt16(littleEndian: source.loadUnaligned(fromByteOffset: 2 * index, as: UInt16.self))
                    }
                }
            }
            blocks[block] = values
        }
        blocks[block]![Int(id) & (PassageLengths.blockSize - 1)] = UInt16(min(length, Int(UInt16.max)))
    }

    /// Writes the changed blocks.
    func write(_ db: Database) throws {
        let statement = try db.cachedStatement(sql: "INSERT OR REPLACE INTO passage_lengths(block, lengths) VALUES (?, ?)")
        for (block, values) in blocks {
            let data = values.map(\.littleEndian).withUnsafeBytes { Data($0) }
            try statement.execute(arguments: [block, data])
        }
    }
}
