import GRDB
import TextAnalysis

/// The `suoyin` FTS5 tokenizer, registered on the benchmark's own connections
/// to a Suoyin index.
///
/// SuoyinCore registers its adapter only on the connections it opens and does
/// not export it, so this is a line-for-line copy of `SuoyinFTS5Tokenizer`
/// over the same public ``BigramTokenizer``: terms and offsets are
/// identical; keep it in step with that file. It lets the benchmark run its
/// own SQL (exhaustive BM25, counts, insert-only replays) against the index.
final class BenchTokenizer: FTS5CustomTokenizer {
    static let name = "suoyin"
    private let tokenizer = BigramTokenizer()

    init(db: Database, arguments: [String]) throws {
        guard arguments.isEmpty else {
            throw DatabaseError(resultCode: .SQLITE_ERROR, message: "unknown suoyin tokenizer argument: \(arguments[0])")
        }
    }

    func tokenize(
        context: UnsafeMutableRawPointer?,
        tokenization: FTS5Tokenization,
        pText: UnsafePointer<CChar>?,
        nText: CInt,
        tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        guard let pText, nText > 0 else { return 0 }
        let mode: BigramTokenizer.Mode = tokenization.contains(.query) ? .query : .document
        let text = UnsafeRawPointer(pText).bindMemory(to: UInt8.self, capacity: Int(nText))
        return tokenizer.tokenize(UnsafeBufferPointer(start: text, count: Int(nText)), mode: mode) { term, iStart, iEnd in
            let pToken = UnsafeRawPointer(term.baseAddress!).assumingMemoryBound(to: CChar.self)
            return tokenCallback(context, 0, pToken, CInt(term.count), CInt(iStart), CInt(iEnd))
        }
    }

    /// A GRDB configuration whose connections know the `suoyin` tokenizer.
    static func configuration(readOnly: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.prepareDatabase { db in db.add(tokenizer: BenchTokenizer.self) }
        return configuration
    }
}
