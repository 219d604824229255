import TextAnalysis

/// One row of ``ChromeRules``' table: a marker of website chrome, in all its
/// spellings, and what kind of item of a chrome line it makes.
///
/// Spellings are matched on folded text (see ``ChromeRule/fold(_:)``): `：`
/// and `:` are one, `icp备` matches `ICP备` and `ＩＣＰ备`. Traditional
/// spellings are listed beside the simplified ones.
struct ChromeRule: Sendable {
    /// What a marker is, and so what may follow it in a chrome line.
    enum Kind: Sendable {
        /// Begins a breadcrumb, which runs to the end of the line:
        /// `当前位置：首页 > 政务公开`. Website evidence.
        case breadcrumb
        /// A registration number's label, which prose never writes: `苏ICP备`,
        /// `网站标识码`. Website evidence wherever it sits in an item.
        case registration
        /// A host or operator label whose value names an organisation:
        /// `主办：慈溪市人民政府办公室`. Website evidence.
        case host
        /// A link that is an item on its own: `打印本页`, `网站地图`, `繁体版`.
        case link
        /// A label whose value is a date or time: `发布时间：2023-02-08 10:00`.
        case dateLabel
        /// A label whose value is a count: `浏览次数：1024`.
        case counterLabel
        /// A font-size switcher whose values are size words: `字号：大 中 小`.
        case fontLabel
        /// A label whose value is free text: `来源：市司法局`, `上一篇：…`.
        /// Such a line alone is chrome only on a web page's head or foot.
        case freeLabel
        /// A copyright statement: `版权所有`, `©`, `copyright`. Alone (with
        /// years and an owner) chrome only on a web page's head or foot.
        case copyright
    }

    var spellings: [String]
    var kind: Kind

    init(_ spellings: [String], _ kind: Kind) {
        self.spellings = spellings
        self.kind = kind
    }

    /// Whether the marker is a label, which takes a value after it.
    var isLabel: Bool {
        switch kind {
        case .host, .dateLabel, .counterLabel, .fontLabel, .freeLabel: return true
        case .breadcrumb, .registration, .link, .copyright: return false
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
