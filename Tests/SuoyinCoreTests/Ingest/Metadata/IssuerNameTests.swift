import Testing
@testable import SuoyinCore

@Suite("IssuerName")
struct IssuerNameTests {
    @Test("a title begins with its issuer before 关于, 转发, 印发 or a year", arguments: [
        ("慈溪市人民政府关于2023年度法治政府建设情况的报告", "慈溪市人民政府"),
        ("无锡市锡山区人民政府2022年法治政府建设工作报告", "无锡市锡山区人民政府"),
        ("巴音郭楞蒙古自治州人民政府", "巴音郭楞蒙古自治州人民政府"),      // the whole title
        ("国务院办公厅关于印发某某办法的通知", "国务院办公厅"),
        ("某区人民政府办公室转发区财政局关于某某的通知", "某区人民政府办公室"),
        ("中共某县委 某县人民政府关于某某的意见", "中共某县委 某县人民政府"), // joint issuers
        ("巴州司法局二〇二一年法治政府建设工作总结", "巴州司法局"),         // a year in Chinese numerals
        ("某市司法局２０２２年工作总结", "某市司法局"),                      // a full-width year
        ("某市人民政府關於某某的報告", "某市人民政府"),                      // traditional
        ("某市全面依法治市委员会办公室印发《某某要点》", "某市全面依法治市委员会办公室"),
    ])
    func titles(title: String, issuer: String) {
        #expect(IssuerName.issuer(inTitle: title[...]) == issuer)
    }

    @Test("titles that begin with no organisation give no issuer", arguments: [
        "关于2023年度法治政府建设情况的报告",   // nothing before 关于
        "南雄市2022年法治政府建设年度报告",     // a place is no organisation
        "法治政府建设情况报告",                 // no stop, and not a name
        "2022年法治政府建设工作报告",
        "我局2022年工作总结",                   // too short to be a name
        "当前位置:首页/专题专栏/法治政府建设工作情况报告",
        "2022年,我市坚持以习近平新时代中国特色社会主义思想为指导",
        "",
    ])
    func titlesWithoutIssuer(title: String) {
        #expect(IssuerName.issuer(inTitle: title[...]) == nil)
    }

    @Test("a long line without a stop names no one, however it ends")
    func longTitle() {
        #expect(IssuerName.issuer(inTitle: (String(repeating: "某", count: 45) + "局")[...]) == nil)
        #expect(IssuerName.issuer(inTitle: (String(repeating: "某", count: 200) + "关于")[...]) == nil)
    }

    @Test("signature lines that are organisation names", arguments: [
        ("巴音郭楞蒙古自治州人民政府", "巴音郭楞蒙古自治州人民政府"),
        ("南雄市政务服务和数据管理局", "南雄市政务服务和数据管理局"),
        ("  中共某县委员会 \t 某县人民政府\u{3000}", "中共某县委员会 某县人民政府"),  // blanks inside as one space
        ("新疆维吾尔自治区司法厅", "新疆维吾尔自治区司法厅"),
        ("某某街道办事处", "某某街道办事处"),
        ("某县人民法院", "某县人民法院"),
        ("巴音郭楞蒙古自治州人民政府辦公室", "巴音郭楞蒙古自治州人民政府辦公室"),
    ])
    func signatures(line: String, issuer: String) {
        #expect(IssuerName.signature(line[...]) == issuer)
    }

    @Test("lines that are no signature", arguments: [
        "自治區司法廳:",                                // an addressee
        "特此报告。",
        "此致",
        "区司法局和区检察院开展联合执法监督，共对5个重点执法部门",
        "法治政府建设工作报告",
        "我局",
        "首页/专题专栏/某某办公室",                        // a name has no bars or slashes
        "",
    ])
    func notSignatures(line: String) {
        #expect(IssuerName.signature(line[...]) == nil)
    }

    @Test("a label value names its issuer up to a space or bar", arguments: [
        ("市司法局", "市司法局" as String?),
        ("市司法局 浏览次数:12", "市司法局"),
        ("无锡市人民政府|发布时间:2023", "无锡市人民政府"),
        ("新华网）", "新华网"),
        ("市司法局/發佈時間", "市司法局"),
        ("Xinhua", "Xinhua"),
        ("市委", "市委"),
        ("本站", nil),          // the site itself
        ("本站原创", nil),
        ("市", nil),            // too short
        ("", nil),
    ])
    func labelValues(value: String, issuer: String?) {
        #expect(IssuerName.issuer(labelValue: value[...]) == issuer)
    }
}
