/// Tells page furniture from content by an element's `class`, `id` and
/// `role`, for sites that lay pages out with `<div>` and `<table>` instead
/// of `<nav>`, `<header>` and `<footer>`.
///
/// Policies:
/// - `class` and `id` are cut into words at anything but a letter or digit
///   and between a lower- and an upper-case letter (`top-nav`, `topNav`,
///   `nav_list` all hold the word `nav`). Words are matched whole: `navy`
///   and `unavailable` hold no `nav`.
/// - A word of ``contentWords`` (`content`, `article`, `detail`, `zw` …)
///   makes the element content whatever else it says: `navigation-content`
///   and `article-header` are kept.
/// - A word of ``furnitureWords`` (`nav`, `menu`, `crumb`, `share`,
///   `related`, `toolbar`, `sidebar`, `copyright` …) drops the element
///   wherever it is: share bars and related lists sit inside articles.
/// - A word of ``landmarkWords`` (`header`, `footer`, `top`, `bottom`,
///   `banner`, `logo`) drops it only outside content, like `<header>`: an
///   article's own header holds its headline.
/// - ARIA roles `navigation`, `banner`, `contentinfo`, `search` and
///   `complementary` drop it as the elements they stand for would be.
enum HTMLChromeClass {
    /// What an element's attributes say it is.
    enum Role: Equatable { case content, furniture, landmark, unknown }

    static let contentWords: Set<String> = [
        "content", "contents", "article", "detail", "details", "text", "zw", "zhengwen", "post", "entry",
    ]

    static let furnitureWords: Set<String> = [
        "nav", "navbar", "navi", "navigation", "menu", "menubar", "submenu", "crumb", "crumbs", "breadcrumb",
        "breadcrumbs", "share", "sharebar", "bdshare", "bdsharebuttonbox", "bshare", "jiathis", "related", "relate",
        "xgwz", "xglj", "toolbar", "tool", "tools", "sidebar", "aside", "copyright", "search", "login", "qrcode",
        "ewm", "skip", "friendlink", "yqlj", "wza",
    ]

    static let landmarkWords: Set<String> = ["header", "head", "footer", "foot", "top", "topbar", "bottom", "banner", "logo"]

    static let roles: [String: Role] = [
        "navigation": .furniture, "search": .furniture, "complementary": .furniture, "menu": .furniture,
        "menubar": .furniture, "toolbar": .furniture, "banner": .landmark, "contentinfo": .landmark, "main": .content,
        "article": .content,
    ]

    /// What the attributes `class`, `id` and `role` of `attributes` say.
    static func role(of attributes: [String: String]) -> Role {
        if let role = attributes["role"].flatMap({ roles[$0.lowercased()] }) { return role }
        let words = self.words(attributes["class"] ?? "") + self.words(attributes["id"] ?? "")
        if words.contains(where: contentWords.contains) { return .content }
        if words.contains(where: furnitureWords.contains) { return .furniture }
        if words.contains(where: landmarkWords.contains) { return .landmark }
        return .unknown
    }

    /// The lower-cased words of a `class` or `id` value.
    static func words(_ value: String) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        var previousIsLower = false
        for scalar in value.unicodeScalars {
            let isLetterOrDigit = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            let isUpper = ("A"..."Z").contains(scalar)
            if !isLetterOrDigit || (isUpper && previousIsLower) {
                if !word.isEmpty { words.append(String(word)) }
                word = String.UnicodeScalarView()
            }
            if isLetterOrDigit { word.append(HTMLTokenizer.lowercased(scalar)) }
            previousIsLower = ("a"..."z").contains(scalar)
        }
        if !word.isEmpty { words.append(String(word)) }
        return words
    }
}
