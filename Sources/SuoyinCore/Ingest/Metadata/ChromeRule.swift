import TextAnalysis

/// One row of ``ChromeRules``' table: a marker of website chrome, in all its
/// spellings, and where in a line it must sit to make the line chrome.
///
/// Spellings are matched on folded text (see ``ChromeRule/fold(_:)``), so a
/// rule written `发布时间:` also matches `发布时间：`, and `icp备` matches `ICP备`.
struct ChromeRule: Sendable {
    /// Where a marker must sit for its line to be chrome.
    enum Placement: Sendable {
        /// At the start of the line, after any opening brackets: `当前位置：…`.
        case lineStart
        /// At the start of the line and followed by a colon or a space, as the
        /// label of a key–value row: `发布时间：2023-02-08`, not `发布时间为每周一`.
        case label
        /// At the start of the line and followed by a breadcrumb separator
        /// (`>`, `/`, `|`, `-`, `»`, `›`, `→`): `首页 > 政务公开`, not `首页设计`.
        case breadcrumbStart
        /// Anywhere in the line: for markers prose never uses, such as `ICP备`.
        case anywhere
        /// Anywhere in the line unless a Han character follows, which would make
        /// it part of a longer word: `XX版权所有 XX主办`, not `版权所有人`.
        case anywhereAsWord
        /// Nowhere on its own: the marker only counts on a line made of nothing
        /// but markers and separators, a navigation bar such as `关于我们 | 网站地图`.
        case navigationOnly
    }

    var spellings: [String]
    var placement: Placement

    init(_ spellings: [String], _ placement: Placement) {
        self.spellings = spellings
        self.placement = placement
    }

    /// Whether a marker matched at `start..<end` of the folded, trimmed line
    /// `scalars` sits where `placement` wants it. `lineStart` is where the
    /// line starts once leading opening brackets are skipped.
    static func isPlaced(
        _ placement: Placement, in scalars: [Unicode.Scalar], start: Int, end: Int, lineStart: Int
    ) -> Bool {
        switch placement {
        case .lineStart:
            return start == lineStart
        case .label:
            return start == lineStart && (end == scalars.count || scalars[end] == ":" || scalars[end] == " ")
        case .breadcrumbStart:
            guard start == lineStart else { return false }
            var next = end
            while next < scalars.count, scalars[next] == " " { next += 1 }
            return next < scalars.count && breadcrumbSeparators.contains(scalars[next])
        case .anywhere:
            return true
        case .anywhereAsWord:
            return end == scalars.count || !HanScript.isIdeograph(scalars[end])
        case .navigationOnly:
            return false
        }
    }

    /// What separates the steps of a breadcrumb, once folded.
    static let breadcrumbSeparators: Set<Unicode.Scalar> = [">", "/", "|", "-", "»", "›", "→"]

    /// The folding both line and markers go through before matching:
    /// full-width ASCII forms to ASCII (`：` to `:`, ``WidthFolding``), the
    /// lenticular brackets `【】` and `〔〕` to `[]`, and ASCII letters to lower case.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        // U+3000, which WidthFolding makes a space, is whitespace and never gets here.
        let value = WidthFolding.fold(scalar.value)
        switch value {
        case 0x3010, 0x3014: return "["
        case 0x3011, 0x3015: return "]"
        default: return Unicode.Scalar(CaseFolding.foldASCII(value)) ?? scalar
        }
    }
}
