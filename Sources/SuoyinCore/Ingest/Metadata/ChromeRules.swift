/// Recognises lines that are website chrome rather than document text:
/// breadcrumbs, page-information bars, print and share links, navigation and
/// footers. Chrome lines are not passages.
///
/// A line is chrome only as a whole, never for a chrome word inside it.
/// Trimmed, with each run of whitespace as one space, it is at most
/// ``maximumLength`` scalars, holds no sentence end (`。`, `！`, `？`), and is
/// made of nothing but chrome items (see ``ChromeLineParser``): links
/// (`打印本页`, `网站地图`), labels with the values they take (`发布时间：` a date,
/// `浏览次数：` a count, `字号：` size words, `来源：` a name), copyright
/// statements and registration numbers, between separators (spaces, `|`, `/`,
/// `、`, brackets). What such a line is made of says how sure that is:
///
/// - ``ChromeLine/evidence``: it carries website evidence — a registration
///   number (`ICP备`, `公网安备`, `网站标识码`), a breadcrumb (`当前位置：`, a line
///   starting `首页 >`) or a host label (`主办：`, `承办单位：`). Chrome anywhere.
/// - ``ChromeLine/bar``: it has two links, or a date, count or font-size
///   label: a navigation or page-information bar. Chrome anywhere.
/// - ``ChromeLine/footnote``: only free-valued labels (`来源：本站`), copyright
///   statements (`版权所有 © 1999 自由软件基金会`) or a single link (`关闭窗口`),
///   which documents print too: chrome only at the head or foot of a page that shows website
///   evidence (see ``PageChrome``).
///
/// Traditional-script spellings are listed beside the simplified ones;
/// width, lenticular brackets and ASCII case are folded before matching.
///
/// For example, these lines are chrome anywhere:
/// `当前位置:首页/专题专栏/法治政府建设工作情况报告`,
/// `发布时间:2023-02-08    浏览次数: 【字号:默认 特大`,
/// `无锡市司法局版权所有 无锡市司法局主办`;
/// these never are: `-quit选项通知服务器关闭窗口并且退出.`, `字体：仿宋_GB2312`,
/// `市司法局主办的法治讲座在全市巡回举办`.
public enum ChromeRules {
    /// How sure a line is chrome; see ``ChromeRules``.
    enum ChromeLine: Sendable { case evidence, bar, footnote }

    /// The longest chrome line, in scalars. Footers that put host, operator,
    /// ICP and police numbers on one line run to about 90.
    static let maximumLength = 100

    /// The markers of chrome, by kind.
    static let rules: [ChromeRule] = [
        // Site navigation that runs to the end of the line: "当前位置：首页 > …", "上一篇：…".
        ChromeRule(["当前位置", "當前位置", "您现在的位置", "您現在的位置", "您的位置", "您所在的位置", "所在位置",
                    "上一篇", "下一篇"], .breadcrumb),
        // Registration numbers every Chinese site must show in its footer.
        ChromeRule(["icp备", "icp備", "icp证", "icp證", "公安备案号", "公安備案號", "公网安备", "公網安備",
                    "网站标识码", "網站標識碼"], .registration),
        // Host, operator and vendor footers.
        ChromeRule(["主办", "承办", "主辦", "承辦", "主办单位", "承办单位", "主辦單位", "承辦單位", "技术支持", "技術支持",
                    "运维单位", "運維單位", "维护单位", "維護單位"], .host),
        // Links: print, close, share, toolbars and footer links.
        ChromeRule(["打印本页", "打印本頁", "关闭窗口", "關閉窗口", "打印", "关闭", "關閉", "返回", "返回顶部", "返回頂部",
                    "加入收藏", "收藏本页", "设为首页", "設為首頁", "网站地图", "網站地圖", "联系我们", "聯繫我們", "聯系我們",
                    "关于我们", "關於我們", "无障碍", "無障礙", "无障碍浏览", "無障礙瀏覽", "长者模式", "長者模式", "关怀版",
                    "關懷版", "适老化", "繁体版", "繁體版", "简体版", "簡體版", "繁体", "繁體", "简体", "簡體", "登录", "登錄",
                    "注册", "註冊", "手机版", "手機版", "english", "相关链接", "相關鏈接", "相關連結", "相关文章", "相關文章",
                    "相关阅读", "相關閱讀", "相关新闻", "相關新聞", "分享到", "分享", "微信", "微博", "qq空间", "qq空間",
                    "qq好友", "朋友圈", "新浪微博", "扫一扫", "掃一掃", "扫一扫在手机打开当前页", "掃一掃在手機打開當前頁",
                    "扫一扫在手机上打开当前页"], .link),
        // The page-information bar above the text: "发布时间：2023-02-08".
        ChromeRule(["发布时间", "發佈時間", "發布時間", "发布日期", "發佈日期", "發布日期", "成文日期", "日期",
                    "更新时间", "更新時間", "生效日期", "印发日期"], .dateLabel),
        ChromeRule(["浏览次数", "瀏覽次數", "访问量", "訪問量", "浏览量", "瀏覽量", "阅读", "閱讀", "阅读次数", "閱讀次數",
                    "阅读量", "點擊數", "点击数", "点击量", "點擊量"], .counterLabel),
        ChromeRule(["字号", "字號", "字体", "字體"], .fontLabel),
        // Labels whose values are names or numbers: page bars and information tables.
        ChromeRule(["信息来源", "信息來源", "来源", "來源", "文章来源", "文章來源", "发布机构", "發佈機構", "發布機構",
                    "发文机关", "發文機關", "作者", "责任编辑", "責任編輯", "编辑", "編輯", "索引号", "索引號",
                    "主题分类", "主題分類", "发文字号", "發文字號", "文号", "文號", "有效性", "体裁分类", "組配分類",
                    "组配分类", "主题词", "主題詞", "公开方式", "公開方式"], .freeLabel),
        ChromeRule(["版权所有", "版權所有", "copyright", "©"], .copyright),
    ]

    /// Whether `line` is chrome wherever it sits: evidence or a bar.
    ///
    /// Cheap on long lines: at most ``maximumLength`` + 1 non-blank scalars
    /// are read before a long line is refused.
    public static func isChrome(_ line: Substring) -> Bool {
        switch kind(of: line) {
        case .evidence?, .bar?: return true
        case .footnote?, nil: return false
        }
    }

    /// How sure it is that `line` is chrome, or `nil` if it is not.
    static func kind(of line: Substring) -> ChromeLine? {
        guard let scalars = foldedShortLine(line),
              !scalars.contains(where: { $0 == "。" || $0 == "!" || $0 == "?" })
        else { return nil }
        var parser = ChromeLineParser(scalars)
        return parser.parse()
    }

    /// One folded spelling with its rule's kind.
    struct Marker: Sendable {
        var scalars: [Unicode.Scalar]
        var kind: ChromeRule.Kind
    }

    /// Every spelling of ``rules``, folded, by its first scalar, longest first.
    static let markers: [Unicode.Scalar: [Marker]] = {
        var markers: [Unicode.Scalar: [Marker]] = [:]
        for rule in rules {
            for spelling in rule.spellings {
                let scalars = spelling.unicodeScalars.map(ChromeRule.fold)
                markers[scalars[0], default: []].append(Marker(scalars: scalars, kind: rule.kind))
            }
        }
        return markers.mapValues { $0.sorted { $0.scalars.count > $1.scalars.count } }
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
}
