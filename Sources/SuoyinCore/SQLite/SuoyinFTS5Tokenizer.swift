import GRDB
import TextAnalysis

/// The FTS5 tokenizer `suoyin`: ``BigramTokenizer`` behind SQLite's C interface.
///
/// Registered on every connection (see ``IndexDatabase``). Document and aux
/// requests give the index's terms (``BigramTokenizer/tokenizeForIndex(_:emit:)``:
/// the document terms and, colocated, the joined terms), query requests the
/// query-mode terms; offsets are byte ranges in the original UTF-8 text, as
/// FTS5 expects.
///
/// A query string that starts with ``escape`` is one index term, its bytes
/// after the escape as they are: the way ``QueryPhrase`` asks for a term that
/// no text tokenizes to in query mode (a joined term). Users cannot reach it:
/// QueryPhrase makes every control character a space.
final class SuoyinFTS5Tokenizer: FTS5CustomTokenizer {
    static let name = "suoyin"
    /// The byte that starts an escaped query term (U+0001, a control character).
    static let escape: UInt8 = 0x01
    /// FTS5_TOKEN_COLOCATED: the token takes the previous token's position,
    /// and FTS5 does not count it in the row's size (fts5StorageInsertCallback).
    private static let colocated: CInt = 0x0001
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
        let text = UnsafeBufferPointer(start: UnsafeRawPointer(pText).bindMemory(to: UInt8.self, capacity: Int(nText)),
                                       count: Int(nText))
        guard tokenization.contains(.query) else {
            return tokenizer.tokenizeForIndex(text) { term, iStart, iEnd, isColocated in
                let pToken = UnsafeRawPointer(term.baseAddress!).assumingMemoryBound(to: CChar.self)
                return tokenCallback(context, isColocated ? Self.colocated : 0, pToken, CInt(term.count),
                                     CInt(iStart), CInt(iEnd))
            }
        }
        if text[0] == Self.escape {
            // An escape alone is a separator, as it would be unescaped.
            guard nText > 1 else { return 0 }
            return tokenCallback(context, 0, pText + 1, nText - 1, 1, nText)
        }
        return tokenizer.tokenize(text, mode: .query) { term, iStart, iEnd in
            let pToken = UnsafeRawPointer(term.baseAddress!).assumingMemoryBound(to: CChar.self)
            return tokenCallback(context, 0, pToken, CInt(term.count), CInt(iStart), CInt(iEnd))
        }
    }
}
