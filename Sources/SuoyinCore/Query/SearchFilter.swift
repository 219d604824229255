/// Limits a search to some documents: by path pattern, publication date,
/// issuer and document number.
///
/// For example, `SearchFilter(pathPatterns: ["Corpus/*2022*"], since: "2022", until: "2023-06")`.
/// Issuers and numbers match as substrings after folding (``DocumentNumber/key(_:)``),
/// so `issuers: ["司法局"]` keeps documents issued by `市司法局`.
public struct SearchFilter: Hashable, Sendable {
    /// SQLite GLOB patterns on the document path (`*` also matches `/`); any may match.
    public var pathPatterns: [String] = []
    /// The earliest publication date, as `YYYY-MM-DD`.
    public var since: String?
    /// The latest publication date, as `YYYY-MM-DD` (or a last day like `YYYY-MM-31`).
    public var until: String?
    /// Parts of the issuer's name; any may match.
    public var issuers: [String] = []
    /// Parts of the document number; any may match.
    public var numbers: [String] = []

    public init() {}

    /// A filter from user input; dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
    /// and must exist (`2021-02-30` does not), and `since` may not be later than `until`.
    /// Documents without a known date are left out when a date bound is given,
    /// and documents without a known issuer or number when those are given.
    public init(
        pathPatterns: [String], since: String?, until: String?, issuers: [String] = [], numbers: [String] = []
    ) throws(SuoyinError) {
        self.pathPatterns = pathPatterns
        self.issuers = try Self.keys(issuers, option: "--issuer")
        self.numbers = try Self.keys(numbers, option: "--number")
        self.since = try since.map { value throws(SuoyinError) in try Self.bound(value, option: "--since", isEnd: false) }
        self.until = try until.map { value throws(SuoyinError) in try Self.bound(value, option: "--until", isEnd: true) }
        if let since, let until, let first = self.since, let last = self.until, first > last {
            throw .emptyDateRange(since: since, until: until)
        }
    }

    /// `value` completed to a full date: the first day of its span, or with
    /// `isEnd` the last (`2024-02` ends on `2024-02-29`).
    static func bound(_ value: String, option: String, isEnd: Bool) throws(SuoyinError) -> String {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count),
              zip(parts, widths).allSatisfy({ $0.count == $1 && $0.allSatisfy(\.isASCII) && Int($0) != nil })
        else { throw .invalidDate(option: option, value: value) }
        let year = Int(parts[0])!
        let month = parts.count > 1 ? Int(parts[1])! : (isEnd ? 12 : 1)
        guard (1...12).contains(month) else { throw .invalidDate(option: option, value: value) }
        let lastDay = DocumentDate.daysIn(month: month, year: year)
        let day = parts.count > 2 ? Int(parts[2])! : (isEnd ? lastDay : 1)
        guard (1...lastDay).contains(day) else { throw .invalidDate(option: option, value: value) }
        func padded(_ number: Int, _ width: Int) -> String {
            String(repeating: "0", count: max(0, width - String(number).count)) + String(number)
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    /// The keys of `values`, none of which may be empty once folded.
    private static func keys(_ values: [String], option: String) throws(SuoyinError) -> [String] {
        try values.map { value throws(SuoyinError) in
            let key = DocumentNumber.key(value)
            guard !key.isEmpty else { throw .emptyFilter(option: option) }
            return key
        }
    }

    /// The SQL condition on documents `d` and its arguments, or nil for no filter.
    var sql: (condition: String, arguments: [String])? {
        var conditions: [String] = []
        var arguments: [String] = []
        if !pathPatterns.isEmpty {
            conditions.append("(" + pathPatterns.map { _ in "d.path GLOB ?" }.joined(separator: " OR ") + ")")
            arguments += pathPatterns
        }
        if let since {
            conditions.append("d.date >= ?")
            arguments.append(since)
        }
        if let until {
            conditions.append("d.date <= ?")
            arguments.append(until)
        }
        for (column, keys) in [("d.issuer", issuers), ("d.number", numbers)] where !keys.isEmpty {
            let key = "\(FoldedKeyFunction.name)(\(column))"
            conditions.append("(" + keys.map { _ in "instr(\(key), ?) > 0" }.joined(separator: " OR ") + ")")
            arguments += keys
        }
        return conditions.isEmpty ? nil : (conditions.joined(separator: " AND "), arguments)
    }
}
