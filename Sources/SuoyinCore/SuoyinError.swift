/// Everything that can go wrong in Suoyin, one flat enum.
///
/// Each case's ``description`` is one sentence that says what happened, to
/// what, and what to do next.
public enum SuoyinError: Error, Equatable, CustomStringConvertible, Sendable {
    /// There is no index file at the path.
    case noIndex(path: String)
    /// The file at the path is not a Suoyin index (or is damaged).
    case notAnIndex(path: String, reason: String)
    /// The index was built by another analyzer version or fold table.
    case staleIndex(path: String, found: String, expected: String)
    /// Another `suoyin index` holds the index.
    case indexBusy(path: String)
    /// A database operation failed.
    case database(path: String, operation: String, message: String)
    /// The query has nothing to search for.
    case emptyQuery(query: String)
    /// Every term of the query is excluded.
    case onlyExclusions(query: String)
    /// A citation could not be parsed.
    case malformedCitation(String)
    /// A citation names a document that is not in the index.
    case documentNotIndexed(path: String)
    /// No passage starts where a citation says; `nearest` are citations nearby.
    case passageNotFound(citation: String, nearest: [String])
    /// A date option is not a date.
    case invalidDate(option: String, value: String)
    /// An encoding name is not one Suoyin reads.
    case unknownEncoding(name: String)
    /// `--since` is later than `--until`.
    case emptyDateRange(since: String, until: String)
    /// A filter option's value has nothing to compare.
    case emptyFilter(option: String)
    /// SQLite refused what Suoyin asked of a sound index (a fault in Suoyin, not in the index).
    case searchFailed(path: String, operation: String, message: String)
    /// The query has a construction that cannot be searched; `reason` says how to write it.
    case unreadableQuery(query: String, reason: String)
    /// A quotation to verify has no character to compare (only spaces, punctuation or an ellipsis).
    case emptyQuotation(quote: String)
    /// A quotation to verify is longer than `verify` accepts.
    case quotationTooLong(characters: Int, limit: Int)
    /// A quotation to verify has more parts between ellipses than `verify` accepts.
    case tooManyEllipses(parts: Int, limit: Int)

    public var description: String {
        switch self {
        case .noIndex(let path):
            return "No index at '\(path)'. Run 'suoyin index' to build one."
        case .notAnIndex(let path, let reason):
            return "'\(path)' is not a Suoyin index (\(reason)). Choose another file with --index, or run 'suoyin index --rebuild' to replace it."
        case .staleIndex(let path, let found, let expected):
            return "The index '\(path)' was built with analyzer \(found), but this suoyin uses \(expected). Run 'suoyin index --rebuild' to rebuild it."
        case .indexBusy(let path):
            return "Another 'suoyin index' is updating '\(path)'. Wait for it to finish, then try again."
        case .database(let path, let operation, let message):
            return "Could not \(operation) in '\(path)': \(message). Check the file and its folder, or run 'suoyin index --rebuild'."
        case .emptyQuery(let query):
            return "The query '\(query)' has nothing to search for. Give at least one word or Chinese character."
        case .onlyExclusions(let query):
            return "The query '\(query)' only excludes terms. Add at least one term without a leading '-' or NOT, e.g. '法治 NOT 督察'."
        case .malformedCitation(let citation):
            return "'\(citation)' is not a citation. Give it as PATH:LINE or PATH:LINE:COL, as printed by 'suoyin search'."
        case .documentNotIndexed(let path):
            return "'\(path)' is not in the index. Run 'suoyin index \(path)' first, or check the path printed by 'suoyin search'."
        case .passageNotFound(let citation, let nearest):
            let near = nearest.isEmpty ? "" : " The nearest: " + nearest.joined(separator: ", ") + "."
            return "No indexed passage starts at '\(citation)'.\(near) Give a citation as 'suoyin search' prints it, or run 'suoyin index' if the file changed."
        case .invalidDate(let option, let value):
            return "\(option) '\(value)' is not a date. Give it as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2023-06."
        case .unknownEncoding(let name):
            return "'\(name)' is not an encoding Suoyin reads. Use UTF-8, UTF-16LE, UTF-16BE, GB18030, GBK, GB2312 or Big5."
        case .emptyDateRange(let since, let until):
            return "--since \(since) is later than --until \(until), so no document can match. Swap the two dates."
        case .emptyFilter(let option):
            return "\(option) was given no text to look for. Give part of the value, e.g. \(option == "--number" ? "'国发〔2021〕'" : "'司法局'")."
        case .searchFailed(let path, let operation, let message):
            return "Could not \(operation) in '\(path)': \(message). The index is not at fault; please report this query as a bug in Suoyin."
        case .unreadableQuery(let query, let reason):
            return "The query '\(query)' cannot be searched as written: \(reason)."
        case .emptyQuotation(let quote):
            return "The quotation '\(quote)' has nothing to verify: it holds no Chinese character, letter or digit. Give the quoted text, e.g. 'suoyin verify 法治政府建设'."
        case .quotationTooLong(let characters, let limit):
            return "The quotation has \(characters) characters (not counting spaces and punctuation), more than the \(limit) 'suoyin verify' checks. Verify it in shorter parts, one 'suoyin verify' each."
        case .tooManyEllipses(let parts, let limit):
            return "The quotation has \(parts) parts between ellipses, more than the \(limit) 'suoyin verify' checks together. Verify it in fewer, longer parts."
        }
    }
}
