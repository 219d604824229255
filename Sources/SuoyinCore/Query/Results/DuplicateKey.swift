import TextAnalysis

/// What makes two passages copies of one another: the same text after
/// folding (``CharacterFolding``: script, width, case), ignoring white space
/// and punctuation. A notice reposted in traditional script, or with
/// full-width commas, has the key of the original.
///
/// For example, `DuplicateKey("依法行政，建設法治政府。") == DuplicateKey("依法行政, 建设法治政府")`.
struct DuplicateKey: Hashable {
    let text: String

    init(_ passage: String) {
        var kept = String.UnicodeScalarView()
        for scalar in CharacterFolding.fold(passage).unicodeScalars where !Self.isIgnored(scalar) {
            kept.append(scalar)
        }
        text = String(kept)
    }

    /// Whether a passage with this key has nothing a copy could share.
    var isEmpty: Bool { text.isEmpty }

    private static func isIgnored(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format:
            return true
        default:
            return scalar.properties.isWhitespace
        }
    }
}
