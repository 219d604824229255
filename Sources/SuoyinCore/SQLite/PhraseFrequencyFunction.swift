import GRDB
import GRDBSQLite

/// The FTS5 auxiliary function `suoyin_frequencies(passages_fts)`: how many
/// times each phrase of the query occurs in the current row.
///
/// With four phrases or fewer the result is an integer holding each count
/// in 16 bits, phrase 0 lowest (counts never reach 2¹⁶: a passage has fewer
/// terms than ``PassageSplitter/maximumLength``); with more, a blob of
/// little-endian 32-bit counts. It is what `bm25()` reads of a row, without
/// the docsize lookup and the phrase counting that make `bm25()` cost about
/// 1 µs a match: ``MatchScorer`` brings the lengths and statistics itself.
enum PhraseFrequencyFunction {
    static let name = "suoyin_frequencies"
    /// Phrases that fit the packed integer result.
    static let packedPhrases = 4

    /// Registers the function on `db`'s FTS5.
    static func register(_ db: Database) throws {
        let api = FTS5.api(db)
        let function: fts5_extension_function = { pApi, pFts, pCtx, _, _ in
            PhraseFrequencyFunction.call(pApi, pFts, pCtx)
        }
        let code = name.withCString { zName in
            api.pointee.xCreateFunction(UnsafeMutablePointer(mutating: api), zName, nil, function, nil)
        }
        guard code == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot register \(name)")
        }
    }

    /// One call of the function, on the row where FTS5's cursor is.
    private static func call(
        _ pApi: UnsafePointer<Fts5ExtensionApi>?, _ pFts: OpaquePointer?, _ pCtx: OpaquePointer?
    ) {
        guard let api = pApi?.pointee, let pFts, let phraseCount = api.xPhraseCount?(pFts) else { return }
        var counts: [Int32] = []
        var packed: Int64 = 0
        for phrase in 0..<phraseCount {
            var iterator = Fts5PhraseIter()
            var column: Int32 = 0
            var offset: Int32 = 0
            var count: Int32 = 0
            guard api.xPhraseFirst?(pFts, phrase, &iterator, &column, &offset) == SQLITE_OK else {
                sqlite3_result_error_code(pCtx, SQLITE_ERROR)
                return
            }
            while column >= 0 {
                count += 1
                api.xPhraseNext?(pFts, &iterator, &column, &offset)
            }
            if phraseCount <= packedPhrases {
                packed |= Int64(count) << (16 * Int64(phrase))
            } else {
                counts.append(count.littleEndian)
            }
        }
        guard phraseCount > packedPhrases else {
            sqlite3_result_int64(pCtx, packed)
            return
        }
        // SQLITE_TRANSIENT: SQLite copies the bytes.
        let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
        counts.withUnsafeBytes { bytes in
            sqlite3_result_blob(pCtx, bytes.baseAddress, Int32(bytes.count), transient)
        }
    }

    /// The counts in a result of the function, for `phraseCount` phrases.
    static func counts(in value: DatabaseValue, phraseCount: Int) -> [Int] {
        switch value.storage {
        case .int64(let packed):
            return (0..<phraseCount).map { Int((packed >> (16 * Int64($0))) & 0xFFFF) }
        case .blob(let data):
            return data.withUnsafeBytes { bytes in
                (0..<min(phraseCount, bytes.count / 4)).map {
                    Int(Int32(littleEndian: bytes.loadUnaligned(fromByteOffset: 4 * $0, as: Int32.self)))
                }
            }
        default:
            return Array(repeating: 0, count: phraseCount)
        }
    }
}
