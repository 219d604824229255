import Testing
@testable import SuoyinCore

/// Three government pages of the shapes Chinese sites publish, written by
/// hand (see `Fixtures/webpages/README.md`): what is kept, what is dropped,
/// and the title and metadata each gives.
@Suite("Government web pages: body kept, chrome dropped")
struct WebPageFixtureTests {
    @Test("a county page laid out with tables: toolbar, menu, bars, share, related list and footer dropped")
    func countyTableLayout() throws {
        let document = try WebPageFixture.load("county-table-layout.html")
        let body = [
            "某某县人民政府关于做好2023年春耕生产工作的通知",
            "各乡（镇）人民政府，县直各有关单位：",
            "为切实做好今年春耕生产工作，确保粮食生产稳定，经县人民政府同意，现将有关事项通知如下。",
            "一、提高思想认识",
            "各乡（镇）要把春耕生产作为当前农村工作的重中之重，于 2023年3月15日前完成春耕备耕工作部署。",
            "二、强化农资保障",
            "县农业农村局要会同县市场监管局，按照《某某县农资市场监督管理办法》开展农资打假专项行动，严厉打击制售假劣农资行为。",
            "三、做好技术服务",
            "组织农技人员深入田间地头，开展春耕生产技术指导服务，及时发布农业气象信息。",
            "附件：1.某某县2023年春耕生产任务分解表.doc",
            "某某县人民政府",
            "2023年2月28日",
        ]
        let chrome = [
            "无障碍浏览", "长者模式", "登录", "政务服务", "当前位置", "发布时间", "浏览次数", "打印本页", "分享到",
            "相关文章", "森林防火", "网站地图", "主办", "版权所有", "网站标识码", "ICP备", "公网安备",
        ]
        let measured = WebPageFixture.measure(document.passages, body: body, chrome: chrome)
        #expect(measured.bodyFound == measured.bodyTotal && measured.chromeIndexed.isEmpty, "\(measured)")
        #expect(document.passages.map(\.text) == body)
        #expect(document.title == "某某县人民政府关于做好2023年春耕生产工作的通知")
        #expect(document.passages[6].section == ["二、强化农资保障"])
        #expect(document.metadata == DocumentMetadata(date: "2023-03-01", issuer: "县政府办"))
    }

    @Test("a provincial page with an information table: the table is metadata, not text")
    func provinceInfoTable() throws {
        let document = try WebPageFixture.load("province-info-table.html")
        let body = [
            "某某省人民政府关于印发某某省数字政府建设实施方案的通知",
            "各地级以上市人民政府，省政府各部门、各直属机构：",
            "现将《某某省数字政府建设实施方案》印发给你们，请认真组织实施。实施过程中遇到的问题，请径向省政务服务数据管理局反映。",
            "某某省人民政府",
            "2023年1月10日",
            "某某省数字政府建设实施方案",
            "为深入贯彻落实国家关于加强数字政府建设的部署要求，全面提升政府数字化履职能力，制定本方案。",
            "一、总体要求",
            "坚持以人民为中心的发展思想，统筹发展和安全，到2025年，基本建成整体协同、敏捷高效的数字政府。",
            "二、主要任务",
            "（一）推进政务服务“一网通办”。依托全省一体化政务服务平台，推动高频事项“跨省通办”，提升办事效率。",
            "（二）加强数据共享开放。健全公共数据资源目录，推动公共数据有序开放，打破信息壁垒。",
            "数据共享涉及的字体、字号等格式要求，按《党政机关公文格式》执行。",
        ]
        let chrome = [
            "欢迎访问", "无障碍", "English", "您现在的位置", "索", "006939748", "发文机关", "发文字号",
            "打印", "相关链接", "图解", "关于我们", "主办", "ICP备",
        ]
        let measured = WebPageFixture.measure(document.passages, body: body, chrome: chrome)
        #expect(measured.bodyFound == measured.bodyTotal && measured.chromeIndexed.isEmpty, "\(measured)")
        #expect(document.passages.map(\.text) == body)
        #expect(document.title == "某某省人民政府关于印发某某省数字政府建设实施方案的通知")
        #expect(document.metadata == DocumentMetadata(date: "2023-01-10", issuer: "某某省人民政府", number: "某府〔2023〕3号"))
        // The headline is no section; the <h2> and <h3> are.
        #expect(document.passages[5].section == [])
        #expect(document.passages[10].section == ["某某省数字政府建设实施方案", "二、主要任务"])
    }

    @Test("a ministry page with semantic tags: rows of <div>s are metadata, # starts no heading")
    func ministrySemantic() throws {
        let document = try WebPageFixture.load("ministry-semantic.html")
        let body = [
            "某某部关于进一步规范政务公开工作的通知",
            "各省、自治区、直辖市有关部门：",
            "为进一步规范政务公开工作，提高政府信息公开质量，现就有关事项通知如下：",
            "一、规范公文格式。公开的文件正文字体使用3号仿宋体字，标题使用2号小标宋体字。",
            "# 不得在公开文本中保留内部编号与批注，“#”号开头的行按正文处理。",
            "二、加强版权保护。转载其他网站内容的，应注明来源，版权所有者另有约定的从其约定。",
            "三、关闭窗口期管理。对政策发布后的解读窗口期，各单位不得擅自关闭窗口或者延后答复。",
        ]
        let chrome = ["机构设置", "订阅", "手机版", "政务公开 >", "发文机关", "分享到", "责任编辑", "相关文章", "京ICP备"]
        let measured = WebPageFixture.measure(document.passages, body: body, chrome: chrome)
        #expect(measured.bodyFound == measured.bodyTotal && measured.chromeIndexed.isEmpty, "\(measured)")
        #expect(document.passages.map(\.text) == body)
        #expect(document.title == "某某部关于进一步规范政务公开工作的通知")
        #expect(document.metadata == DocumentMetadata(date: "2022-11-30", issuer: "某某部办公厅", number: "某办发〔2022〕18号"))
        // The "# " line is text: the next point is under 一、 no more, not under a Markdown heading.
        #expect(document.passages[4].section == ["一、规范公文格式"])
        #expect(document.passages[5].section == [])
    }
}
