import TextAnalysis

/// Reads a folded, short line as a sequence of chrome items, and says how
/// sure it is that the line is chrome (see ``ChromeRules``).
///
/// The line is cut into items at separators (spaces, `|`, `丨`, `/`, `>`,
/// `、`, `·`, brackets, arrows). Each item must be one of:
/// - a link, alone or with a colon: `打印本页`, `分享到:`;
/// - a label at the item's start, alone or followed by a colon, with a value
///   of its kind in the rest of the item and the items after it: a date
///   (`发布时间:2023-02-08 10:00`), a count (`浏览次数:` `1024`), size words
///   (`字号:` `大` `中` `小`), or free text up to the next marker
///   (`来源:市司法局`, at most ``longestValue`` scalars);
/// - a registration number: up to three Han characters, the marker and a
///   number (`苏icp备09024546号`, `网站标识码:3202000058`, `苏公网安备` `3202…号`);
/// - a copyright statement, the marker not inside a longer word, with the
///   owner and years around it (`无锡市司法局版权所有`, `copyright` `©` `2023`
///   `慈溪市人民政府`); an owner item ending in `主办` or `承办` is a host;
/// - a breadcrumb, which takes the rest of the line (`当前位置:首页`); a line
///   that starts at `首页` followed by a breadcrumb separator is one too.
///
/// Any other item (a word of prose) means the line is not chrome. A line of
/// one link and nothing else (`关闭窗口`) is only a footnote: a manual names
/// its menu commands so.
struct ChromeLineParser {
    /// The longest free value of a label or owner of a copyright, in scalars.
    static let longestValue = 40

    private let scalars: [Unicode.Scalar]
    private var items: [ArraySlice<Unicode.Scalar>] = []
    private var next = 0
    private var hasEvidence = false
    private var hasBarItem = false
    private var linkCount = 0

    init(_ folded: [Unicode.Scalar]) {
        scalars = folded
        var start = 0
        for (index, scalar) in folded.enumerated() where Self.separators.contains(scalar) {
            if index > start { items.append(folded[start..<index]) }
            start = index + 1
        }
        if folded.count > start { items.append(folded[start...]) }
    }

    /// What the line is, or `nil` if some item is not chrome.
    mutating func parse() -> ChromeRules.ChromeLine? {
        if startsAtHomePage() { return .evidence }
        guard !items.isEmpty else { return nil }
        while next < items.count {
            let item = items[next]
            next += 1
            guard consume(item) else { return nil }
        }
        // A link alone ("关闭窗口") may be a manual's menu command: a bar needs more.
        let isBar = hasBarItem || linkCount >= 2 || (linkCount == 1 && items.count > 1)
        return hasEvidence ? .evidence : isBar ? .bar : .footnote
    }

    /// Whether the line is a breadcrumb from the home page: `首页 > 新闻中心`.
    private func startsAtHomePage() -> Bool {
        var index = 0
        while index < scalars.count, scalars[index] == "[" || scalars[index] == "(" { index += 1 }
        guard scalars[index...].starts(with: "首页".unicodeScalars) || scalars[index...].starts(with: "首頁".unicodeScalars)
        else { return false }
        index += 2
        while index < scalars.count, scalars[index] == " " { index += 1 }
        return index + 1 < scalars.count && ChromeRule.breadcrumbSeparators.contains(scalars[index])
    }

    private mutating func consume(_ item: ArraySlice<Unicode.Scalar>) -> Bool {
        if isRegistration(item) {
            hasEvidence = true
            while next < items.count, items[next].allSatisfy(Self.isRegistrationValue) { next += 1 }
            return true
        }
        if isCopyright(item) { return consumeOwner() }
        for marker in Self.markers(startingAt: item) {
            var rest = item.dropFirst(marker.scalars.count)
            let hasColon = rest.first == ":"
            if hasColon { rest = rest.dropFirst() }
            guard rest.isEmpty || hasColon else { continue }
            switch marker.kind {
            case .breadcrumb:
                hasEvidence = true
                next = items.count
                return true
            case .link:
                linkCount += 1
                // "分享到:微信": what follows the colon is the next item.
                return rest.isEmpty || consume(rest)
            case .dateLabel:
                guard consumeValue(rest, hasColon: hasColon, while: Self.isDate) else { continue }
            case .counterLabel:
                guard consumeValue(rest, hasColon: hasColon, while: Self.isCount) else { continue }
            case .fontLabel:
                guard consumeValue(rest, hasColon: hasColon, while: Self.isFontSize) else { continue }
            case .freeLabel, .host:
                // A label word alone ("阅读", "作者") is a heading or a word, not a label.
                guard hasColon || items.count > 1,
                      consumeFreeValue(rest.count) else { continue }
                if marker.kind == .host { hasEvidence = true }
                return true
            case .registration, .copyright:
                continue
            }
            hasBarItem = true
            return true
        }
        return isOwnerBeforeCopyright(item)
    }

    /// Whether `item` names the owner of a copyright statement that follows
    /// within two items: `某某市人民政府 版权所有`.
    private mutating func isOwnerBeforeCopyright(_ item: ArraySlice<Unicode.Scalar>) -> Bool {
        guard item.count <= Self.longestValue,
              items[next..<min(next + 2, items.count)].contains(where: isCopyright) else { return false }
        if isHost(item) { hasEvidence = true }
        return true
    }

    /// Whether `item` ends in `主办` or `承办`: `无锡市司法局主办`.
    private func isHost(_ item: ArraySlice<Unicode.Scalar>) -> Bool {
        ["主办", "承办", "主辦", "承辦"].contains { item.reversed().starts(with: $0.unicodeScalars.reversed()) }
    }

    /// Takes `rest` and the items after it while `test` holds for each; a
    /// label without a colon needs a value or other items beside it.
    private mutating func consumeValue(_ rest: ArraySlice<Unicode.Scalar>, hasColon: Bool,
                                       while test: (ArraySlice<Unicode.Scalar>) -> Bool) -> Bool {
        guard rest.isEmpty || test(rest) else { return false }
        guard hasColon || items.count > 1 else { return false }
        while next < items.count, test(items[next]) { next += 1 }
        return true
    }

    /// Takes the items up to the next marker as a free value of at most ``longestValue`` scalars.
    private mutating func consumeFreeValue(_ length: Int) -> Bool {
        var length = length
        while next < items.count, !startsMarker(items[next]) {
            length += items[next].count
            next += 1
        }
        return length <= Self.longestValue
    }

    /// Takes a copyright statement's owner and years; an owner named as host is evidence.
    private mutating func consumeOwner() -> Bool {
        var length = 0
        while next < items.count, !startsMarker(items[next]) {
            let item = items[next]
            if isHost(item) { hasEvidence = true }
            length += item.count
            next += 1
        }
        return length <= Self.longestValue
    }

    /// Whether `item` begins another chrome item, which ends a free value.
    private func startsMarker(_ item: ArraySlice<Unicode.Scalar>) -> Bool {
        if isRegistration(item) || isCopyright(item) { return true }
        return Self.markers(startingAt: item).contains { marker in
            let rest = item.dropFirst(marker.scalars.count)
            return marker.kind != .copyright && marker.kind != .registration && (rest.isEmpty || rest.first == ":")
        }
    }

    /// Up to three Han characters, a registration marker and a number.
    private func isRegistration(_ item: ArraySlice<Unicode.Scalar>) -> Bool {
        for offset in 0...min(3, item.count) {
            let start = item.startIndex + offset
            if offset > 0, !HanScript.isIdeograph(item[start - 1]) { return false }
            guard start < item.endIndex else { return false }
            for marker in ChromeRules.markers[item[start]] ?? [] where marker.kind == .registration {
                let rest = item[start...].dropFirst(marker.scalars.count)
                if item[start...].starts(with: marker.scalars), rest.allSatisfy(Self.isRegistrationValue) { return true }
            }
        }
        return false
    }

    /// Whether a copyright marker is in `item`, not followed by a letter (`版权所有人` is prose).
    private func isCopyright(_ item: ArraySlice<Unicode.Scalar>) -> Bool {
        for start in item.indices {
            for marker in ChromeRules.markers[item[start]] ?? [] where marker.kind == .copyright {
                guard item[start...].starts(with: marker.scalars) else { continue }
                let end = start + marker.scalars.count
                if end == item.endIndex || !(HanScript.isIdeograph(item[end]) || ("a"..."z").contains(item[end])) { return true }
            }
        }
        return false
    }

    /// The markers `item` starts with, longest first.
    private static func markers(startingAt item: ArraySlice<Unicode.Scalar>) -> [ChromeRules.Marker] {
        guard let first = item.first else { return [] }
        return (ChromeRules.markers[first] ?? []).filter { item.starts(with: $0.scalars) }
    }

    private static let separators: Set<Unicode.Scalar> = [
        " ", "|", "丨", "·", "•", "、", "[", "]", "(", ")", "/", ">", "»", "›", "«", "‹", "→", "←", "—", "–",
    ]

    private static func isRegistrationValue(_ scalar: Unicode.Scalar) -> Bool {
        ScalarTraits.isDigit(scalar) || ("a"..."z").contains(scalar) || "号號-:".unicodeScalars.contains(scalar)
    }

    private static func isDate(_ item: ArraySlice<Unicode.Scalar>) -> Bool {
        !item.isEmpty && item.allSatisfy { ScalarTraits.isDigit($0) || "-:.年月日时分秒時〇零一二三四五六七八九十".unicodeScalars.contains($0) }
    }

    private static func isCount(_ item: ArraySlice<Unicode.Scalar>) -> Bool {
        !item.isEmpty && item.allSatisfy { ScalarTraits.isDigit($0) || $0 == "次" || $0 == "," }
    }

    private static let fontSizes: Set<String> = ["大", "中", "小", "默认", "默認", "特大", "超大", "较大", "較大", "标准", "標準",
                                                 "大中小", "a", "a+", "a-", "+", "-", "放大", "缩小", "縮小", "还原", "還原", "重置"]

    private static func isFontSize(_ item: ArraySlice<Unicode.Scalar>) -> Bool {
        fontSizes.contains(String(String.UnicodeScalarView(item)))
    }
}
