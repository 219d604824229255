import TextAnalysis

/// The analyzer version and fold-table hash an index was built with.
///
/// Tokens depend on both, so an index is only usable by a suoyin whose stamp
/// is the same.
struct AnalyzerStamp: Equatable, CustomStringConvertible {
    var version: Int
    var foldTableHash: String

    /// The stamp of this build of suoyin.
    static let current = AnalyzerStamp(version: Analyzer.version, foldTableHash: CharacterFolding.tableHash)

    var description: String { "v\(version) (fold table \(foldTableHash))" }
}
