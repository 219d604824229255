import Testing
@testable import SuoyinCore

@Suite("ChromeRules")
struct ChromeRulesTests {
    @Test("breadcrumbs, page bars, links and footers are chrome", arguments: [
        // Breadcrumbs: labelled, ASCII or full-width colon, traditional, or starting at 首页
        "当前位置:首页/专题专栏/法治政府建设工作情况报告",
        "当前位置：首页 > 政务公开 > 法治政府建设",
        "當前位置：首頁 > 政務公開",
        "您现在的位置: 首页 > 新闻中心",
        "您現在的位置：首頁",
        "首页 > 新闻中心 > 正文",
        "首頁 » 政務公開",
        "首页/专题专栏",
        // Page-information bars and metadata rows
        "发布时间:2023-02-08    浏览次数: 【字号:默认 特大",
        "发布日期：2024-02-29",
        "發佈時間：2021-12-17 10:00",
        "發布日期: 2021/12/17",
        "[发布时间：2023-02-08]",
        "信息来源：市司法局",
        "来源:本站",
        "發文機關：巴音郭楞蒙古自治州人民政府",
        "成文日期：2023年1月31日",
        "日期 2023-01-31",
        "阅读：3 次 浏览次数：1024",
        "访问量: 99",
        "瀏覽次數：12",
        // Font size, print, close, share
        "【字体：大 中 小】",
        "[字号: 默认 大 小]",
        "【字號：大 中 小】",
        "【打印本页】【关闭窗口】",
        "打印本頁 關閉窗口",
        "【打印】",
        "[打印] [关闭]",
        "分享到：微信 微博 QQ空间",
        "扫一扫在手机打开当前页",
        "掃一掃在手機打開當前頁",
        // Footers
        "无锡市司法局版权所有 无锡市司法局主办",
        "版權所有：巴音郭楞蒙古自治州人民政府",
        "Copyright © 2023 慈溪市人民政府",
        "苏ICP备09024546号  公安备案号:32021102000707  网站标识码:3202000058",
        "浙icp备12345678号-1",
        "浙ＩＣＰ备12345678号",
        "苏公网安备 32021102000707号",
        "新公網安備 65280102000001號",
        "主办：慈溪市人民政府办公室 承办：慈溪市大数据发展中心",
        "主办单位 无锡市司法局",
        "主辦單位：巴州人民政府",
        "技术支持：某某网络科技有限公司",
        // Navigation
        "网站地图|联系我们",
        "联系我们",
        "聯繫我們",
        "关于我们 | 联系我们 | 网站地图",
        "设为首页 丨 加入收藏",
        "上一篇：关于印发某某办法的通知",
        "下一篇：无",
        "相关链接",
        // Whitespace around is ignored
        "\u{3000}\u{3000}网站地图 \t",
    ])
    func chrome(line: String) {
        #expect(ChromeRules.isChrome(line[...]))
    }

    @Test("body text that mentions chrome words is not chrome", arguments: [
        "无锡市锡山区人民政府2022年法治政府建设工作报告",                // a title
        "巴音郭楞蒙古自治州人民政府",                                      // a signature
        "2021年12月17日",                                                // a closing date
        "自治區司法廳:",                                                 // an addressee
        "市司法局主办的法治讲座在全市巡回举办",                              // 主办 without a colon
        "发布会由市政府新闻办主办。",                                      // a sentence
        "（三）强化技术支持",                                              // a heading
        "为企业提供技术支持",
        "全年网站访问量达120万人次",                                       // 访问量 without a colon
        "依法保护版权所有人合法权益",                                       // 版权所有 inside a word
        "首页设计突出政务公开栏目",                                        // 首页 with no breadcrumb after it
        "发布时间为每周一上午",                                            // 发布时间 as no label
        "来源于群众、服务群众",
        "资金来源：财政拨款",                                              // 来源 inside a word
        "日期已经确定为下周一",
        "打印机采购项目",                                                  // a link word in a longer word
        "联系我们的群众是党的优良传统。",                                    // a sentence that begins like a link
        "  2022年,全区各部门各类法律顾问参与诉讼、调解、仲裁267起,陪同领导信访接待30人次,"
            + "市司法局主办的法治讲座和发布会共计40场,发布时间:每季度一次,主办:区司法局,"
            + "版权所有人的合法权益得到保护,网站浏览次数:12万次",          // long: chrome words galore
        "",
        " \u{3000}\t",
    ])
    func notChrome(line: String) {
        #expect(!ChromeRules.isChrome(line[...]))
    }

    @Test("every spelling in the table makes a line chrome where its rule places it")
    func everySpellingPlaced() {
        for rule in ChromeRules.rules {
            for spelling in rule.spellings {
                let line: String
                switch rule.placement {
                case .lineStart: line = spelling + " 某某"
                case .label: line = spelling + "：某某"
                case .breadcrumbStart: line = spelling + " > 某某"
                case .anywhere: line = "某某 " + spelling + "12"
                case .anywhereAsWord: line = "某某" + spelling
                case .navigationOnly: line = spelling + " | " + spelling
                }
                #expect(ChromeRules.isChrome(line[...]), "\(line)")
            }
        }
    }

    @Test("a spelling out of its place does not make a line chrome")
    func everySpellingMisplaced() {
        for rule in ChromeRules.rules {
            for spelling in rule.spellings {
                let line: String
                switch rule.placement {
                case .lineStart, .breadcrumbStart, .navigationOnly: line = "某某" + spelling + "某某"
                case .label: line = spelling + "为某某"
                case .anywhere: continue
                case .anywhereAsWord: line = "某某" + spelling + "人"
                }
                #expect(!ChromeRules.isChrome(line[...]), "\(line)")
            }
        }
    }

    @Test("chrome is at most 100 scalars long, not counting surrounding whitespace")
    func lengthLimit() {
        let footer = "主办：慈溪市人民政府办公室 承办：慈溪市大数据发展中心 技术支持：某某网络科技有限公司 "
            + "网站标识码：3302820001 浙ICP备05001255号 浙公网安备 33028202000159号"
        #expect(footer.unicodeScalars.count > 80)
        #expect(ChromeRules.isChrome(footer[...]))
        let atLimit = String(repeating: "某", count: 96) + "版权所有"
        #expect(ChromeRules.isChrome(("  " + atLimit + "\u{3000}")[...]))
        #expect(!ChromeRules.isChrome(("某" + atLimit)[...]))
    }

    // How long it takes is the benchmark's business, not a test's.
    @Test("a 5 MB line of chrome words is too long to be chrome")
    func longLine() {
        let line = String(repeating: "版权所有 ", count: 1_000_000)
        #expect(!ChromeRules.isChrome(line[...]))
    }
}
