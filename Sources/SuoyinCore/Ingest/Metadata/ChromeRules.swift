/// Recognises lines that are website chrome rather than document text:
/// breadcrumbs, page-information bars, print and share links, navigation and
/// footers. Chrome lines are not passages.
///
/// A line is chrome when, trimmed and with each run of whitespace taken as one
/// space, it is at most ``maximumLength`` scalars, holds no sentence end
/// (`。`, `！`, `？`: chrome is labels and links, never sentences), and either
/// a marker of ``rules`` sits where its rule wants it, or the line is made of
/// nothing but markers and separators (`网站地图|联系我们`).
///
/// Traditional-script spellings are listed beside the simplified ones in the
/// table (`發佈時間`, `當前位置`, `版權所有`); width, lenticular brackets and
/// ASCII case are folded before matching, so `发布时间:` and `发布时间：` are one
/// spelling and `【打印】` matches `[打印]`.
///
/// For example, these lines are chrome:
/// `当前位置:首页/专题专栏/法治政府建设工作情况报告`,
/// `发布时间:2023-02-08    浏览次数: 【字号:默认 特大`,
/// `无锡市司法局版权所有 无锡市司法局主办`;
/// these are not: `市司法局主办的法治讲座在全市巡回举办`, `（三）强化技术支持`.
public enum ChromeRules {
    /// The longest chrome line, in scalars. Footers that put host, operator,
    /// ICP and police numbers on one line run to about 90.
    static let maximumLength = 100

    /// The markers of chrome. Words that prose also uses carry a colon
    /// (`主办:`) or must begin the line; only markers prose never writes may
    /// sit anywhere.
    static let rules: [ChromeRule] = [
        // Breadcrumbs: "当前位置：首页 > 政务公开 > …", "您现在的位置: 首页 > …".
        ChromeRule(["当前位置", "當前位置", "您现在的位置", "您現在的位置", "您的位置"], .lineStart),
        // A breadcrumb that starts at the home page without a label: "首页 > 新闻中心 > 正文".
        ChromeRule(["首页", "首頁"], .breadcrumbStart),
        // The page-information bar above the text: "发布时间：2023-02-08  浏览次数：".
        ChromeRule(["发布时间", "發佈時間", "發布時間", "发布日期", "發佈日期", "發布日期"], .label),
        // Metadata rows of information-disclosure pages; MetadataExtractor reads them.
        ChromeRule(["信息来源", "信息來源", "来源", "來源", "发布机构", "發佈機構", "發布機構",
                    "发文机关", "發文機關", "成文日期", "日期"], .label),
        // View counters, wherever the bar puts them; the colon keeps out
        // prose such as "全年网站访问量达120万人次".
        ChromeRule(["浏览次数:", "瀏覽次數:", "访问量:", "訪問量:"], .anywhere),
        // Font-size switchers: "【字号:默认 特大", "【字体：大 中 小】".
        ChromeRule(["字号:", "字號:", "字体:", "字體:", "[字号", "[字號", "[字体", "[字體"], .anywhere),
        // Print and close links, which prose never spells this way.
        ChromeRule(["打印本页", "打印本頁", "关闭窗口", "關閉窗口", "[打印]", "[关闭]", "[關閉]"], .anywhere),
        // Share and QR-code prompts begin their line ("分享到：微信 微博",
        // "扫一扫在手机打开当前页"); in mid-sentence they are prose.
        ChromeRule(["分享到", "扫一扫", "掃一掃"], .lineStart),
        // Copyright footers, often after the owner's name: "无锡市司法局版权所有".
        // Not before another Han character: "版权所有人" is prose.
        ChromeRule(["版权所有", "版權所有"], .anywhereAsWord),
        ChromeRule(["copyright", "©"], .anywhere),
        // Registration numbers every Chinese site must show in its footer.
        ChromeRule(["icp备", "icp備", "icp证", "icp證", "公安备案号", "公安備案號", "公网安备", "公網安備",
                    "网站标识码", "網站標識碼"], .anywhere),
        // Host, operator and vendor footers; the colon keeps out "市司法局主办的讲座"
        // and "为企业提供技术支持".
        ChromeRule(["主办:", "承办:", "主辦:", "承辦:", "主办单位:", "承办单位:", "主辦單位:", "承辦單位:",
                    "技术支持:", "技術支持:"], .anywhere),
        // The same footers with a space instead of a colon: "主办单位 XX市人民政府".
        ChromeRule(["主办单位", "承办单位", "主辦單位", "承辦單位", "技术支持", "技術支持"], .label),
        // Links to neighbouring pages and site pages, which begin their line:
        // "上一篇：…", "相关链接", "网站地图|联系我们".
        ChromeRule(["上一篇", "下一篇", "相关链接", "相關鏈接", "相關連結", "网站地图", "網站地圖",
                    "联系我们", "聯繫我們", "聯系我們"], .lineStart),
        // Links that are chrome only on a bar of links: "关于我们 | 联系我们 | 网站地图".
        ChromeRule(["关于我们", "關於我們", "设为首页", "設為首頁", "加入收藏", "返回顶部", "返回頂部",
                    "无障碍", "無障礙", "打印", "关闭", "關閉", "返回"], .navigationOnly),
    ]

    /// Whether `line` is website chrome rather than document text.
    ///
    /// Cheap on long lines: at most ``maximumLength`` + 1 non-blank scalars
    /// are read before a long line is refused, and nothing is allocated.
    public static func isChrome(_ line: Substring) -> Bool {
        guard let scalars = foldedShortLine(line),
              !scalars.contains(where: { $0 == "。" || $0 == "!" || $0 == "?" })
        else { return false }
        var lineStart = 0
        while lineStart < scalars.count, scalars[lineStart] == "[" || scalars[lineStart] == "(" { lineStart += 1 }
        for start in scalars.indices {
            for marker in markers[scalars[start]] ?? [] where marker.matches(scalars, at: start) {
                let end = start + marker.scalars.count
                if ChromeRule.isPlaced(marker.placement, in: scalars, start: start, end: end, lineStart: lineStart) {
                    return true
                }
            }
        }
        return isNavigationBar(scalars)
    }

    /// One folded spelling with its rule's placement.
    private struct Marker: Sendable {
        var scalars: [Unicode.Scalar]
        var placement: ChromeRule.Placement

        func matches(_ line: [Unicode.Scalar], at start: Int) -> Bool {
            start + scalars.count <= line.count && line[start..<(start + scalars.count)].elementsEqual(scalars)
        }
    }

    /// Every spelling of ``rules``, folded, by its first scalar: a line is
    /// scanned once, trying only the markers that can start at each position.
    private static let markers: [Unicode.Scalar: [Marker]] = {
        var markers: [Unicode.Scalar: [Marker]] = [:]
        for rule in rules {
            for spelling in rule.spellings {
                let scalars = spelling.unicodeScalars.map(ChromeRule.fold)
                markers[scalars[0], default: []].append(Marker(scalars: scalars, placement: rule.placement))
            }
        }
        return markers
    }()

    /// The folded scalars of `line`, trimmed, each run of whitespace as one
    /// space; `nil` if the line is blank or longer than ``maximumLength``.
    private static func foldedShortLine(_ line: Substring) -> [Unicode.Scalar]? {
        // A first pass only counts, so that long lines, most of a document,
        // are refused early and without allocating.
        var count = 0, pendingSpace = false
        for scalar in line.unicodeScalars {
            if ScalarTraits.isWhitespace(scalar) {
                pendingSpace = count > 0
            } else {
                count += pendingSpace ? 2 : 1
                pendingSpace = false
                if count > maximumLength { return nil }
            }
        }
        guard count > 0 else { return nil }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(count)
        pendingSpace = false
        for scalar in line.unicodeScalars {
            if ScalarTraits.isWhitespace(scalar) {
                pendingSpace = !scalars.isEmpty
            } else {
                if pendingSpace { scalars.append(" ") }
                pendingSpace = false
                scalars.append(ChromeRule.fold(scalar))
            }
        }
        return scalars
    }

    /// Whether the line is only markers (of any placement) and separators,
    /// with at least one marker: a bar of links such as `网站地图|联系我们`.
    private static func isNavigationBar(_ scalars: [Unicode.Scalar]) -> Bool {
        var position = 0, links = 0
        while position < scalars.count {
            if isNavigationSeparator(scalars[position]) {
                position += 1
                continue
            }
            let lengths = (markers[scalars[position]] ?? []).filter { $0.matches(scalars, at: position) }
            guard let longest = lengths.map(\.scalars.count).max() else { return false }
            position += longest
            links += 1
        }
        return links > 0
    }

    /// Spaces, ASCII punctuation (full-width forms are folded to it by now)
    /// and the bars and arrows sites put between links.
    private static func isNavigationSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " "..."/", ":"..."@", "["..."`", "{"..."~", "丨", "·", "•", "‹", "›", "«", "»", "→", "←", "、", "—", "–":
            return true
        default:
            return false
        }
    }
}
