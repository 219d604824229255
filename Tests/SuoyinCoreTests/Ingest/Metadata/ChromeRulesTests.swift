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
        "[打印] [关闭]",
        "分享到：微信 微博 QQ空间",
        // Footers
        "无锡市司法局版权所有 无锡市司法局主办",
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
        "关于我们 | 联系我们 | 网站地图",
        "设为首页 丨 加入收藏",
        "上一篇：关于印发某某办法的通知",
        "下一篇：无",
        "无障碍浏览 | 长者模式 | 繁体版 | 登录",
        "发布日期：2024-02-29 11:31 信息来源：市司法局",
        "Copyright © 2023 某某市人民政府 苏ICP备12345678号",
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

    @Test("copyright lines and single labels are chrome only by where they sit", arguments: [
        "信息来源：市司法局",
        "来源:本站",
        "發文機關：巴音郭楞蒙古自治州人民政府",
        "版權所有：巴音郭楞蒙古自治州人民政府",
        "Copyright © 2023 慈溪市人民政府",
        "版权所有 © 1999 自由软件基金会",
        "Copyright © 2023 某某市人民政府 All Rights Reserved",
        "作者：张三 责任编辑：李四",
        "【打印】",                                                       // a single link
        "扫一扫在手机打开当前页",
        "掃一掃在手機打開當前頁",
        "联系我们",
        "聯繫我們",
        "相关链接",
        "\u{3000}\u{3000}网站地图 \t",                                     // whitespace around is ignored
    ])
    func footnote(line: String) {
        #expect(ChromeRules.kind(of: line[...]) == .footnote)
        #expect(!ChromeRules.isChrome(line[...]))
    }

    @Test("prose with chrome words inside is never chrome", arguments: [
        "-quit选项通知服务器关闭窗口并且退出.",                              // a manual's sentence
        "此外还可以使用微软提供的字体： Arial、Times New Roman",            // quoting a font list
        "\"正文使用微软提供的字体： Arial\"",
        "字体：仿宋_GB2312",                                              // a formatting notice
        "字号：三号",
        "标题字体：方正小标宋简体",
        "正文用3号仿宋体字 字号：3号",
        "关闭窗口后程序自动保存",
        "打印本页前请先预览",
        "ICP备案管理",                                                    // a registration word, no number
        "网站标识码的编制规则",
        "分享到朋友圈的内容",
        "版权所有人",
        "copyrighted material",
        "首页",                                                           // 首页 with no breadcrumb after it
        "上一篇文章",
        "阅读",                                                           // a label word alone
        "作者",
        "日期",
        "字号 三号",
    ])
    func proseWithChromeWords(line: String) {
        #expect(ChromeRules.kind(of: line[...]) == nil)
    }

    @Test("every spelling in the table makes a line chrome as an item of its kind")
    func everySpellingPlaced() {
        for rule in ChromeRules.rules {
            for spelling in rule.spellings {
                let line: String
                switch rule.kind {
                case .breadcrumb: line = spelling + "：首页 > 某某"
                case .registration: line = "苏" + spelling + "12345678号"
                case .host: line = spelling + "：某某单位"
                case .link: line = "【" + spelling + "】 | " + spelling
                case .dateLabel: line = spelling + "：2023-02-08 10:00"
                case .counterLabel: line = spelling + "：12 次"
                case .fontLabel: line = "【" + spelling + "：大 中 小】"
                case .freeLabel: line = "发布日期：2023-02-08 " + spelling + "：某某"
                case .copyright: line = "某某 " + spelling + " 2023 苏ICP备12345678号"
                }
                #expect(ChromeRules.isChrome(line[...]), "\(line)")
            }
        }
    }

    @Test("a spelling inside a word or followed by prose makes no chrome")
    func everySpellingMisplaced() {
        for rule in ChromeRules.rules {
            for spelling in rule.spellings {
                for line in ["某某" + spelling + "某某", spelling + "为某某的", "某某。" + spelling] {
                    #expect(ChromeRules.kind(of: line[...]) == nil, "\(line)")
                }
            }
        }
    }

    @Test("chrome is at most 100 scalars long, not counting surrounding whitespace")
    func lengthLimit() {
        let footer = "主办：慈溪市人民政府办公室 承办：慈溪市大数据发展中心 技术支持：某某网络科技有限公司 "
            + "网站标识码：3302820001 浙ICP备05001255号 浙公网安备 33028202000159号"
        #expect(footer.unicodeScalars.count > 80)
        #expect(ChromeRules.isChrome(footer[...]))
        let atLimit = "网站标识码 " + String(repeating: "1", count: 94)
        #expect(ChromeRules.isChrome(("  " + atLimit + "\u{3000}")[...]))
        #expect(!ChromeRules.isChrome((atLimit + "1")[...]))
    }

    // How long it takes is the benchmark's business, not a test's.
    @Test("a 5 MB line of chrome words is too long to be chrome")
    func longLine() {
        let line = String(repeating: "版权所有 ", count: 1_000_000)
        #expect(!ChromeRules.isChrome(line[...]))
    }
}
