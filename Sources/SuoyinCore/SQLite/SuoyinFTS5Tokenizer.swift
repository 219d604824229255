import GRDB
import TextAnalysis

/// The FTS5 tokenizer `suoyin`: ``BigramTokenizer`` behind SQLite's C interface.
///
/// Registered on every connection (see ``IndexDatabase``). Document and aux
/// requests are tokenized in document mode, query requests in query mode;
/// offsets are byte ranges in the original UTF-8 text, as FTS5 expects.
final class SuoyinFTS5Tokenizer: FTS5CustomTokenizer {
    static let name = "suoyin"
    private let tokenizer = BigramTokenizer()

    init(db: Database, arguments: [String]) throws {
        // Unknown arguments are rejected, as SQLite's own tokenizers do.
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
}
