import Testing
@testable import SuoyinCore

@Suite("DocumentNumber")
struct DocumentNumberTests {
    @Test("a head line that states the document's own number gives it as spelled", arguments: [
        ("国发〔2021〕12号", "国发〔2021〕12号"),           // the standard's hexagonal brackets
        ("粤府办[2022]3号", "粤府办[2022]3号"),             // ASCII brackets
        ("  粤府办［2022］3号  ", "粤府办［2022］3号"),       // full-width brackets, padded
        ("锡山府发(2023)第5号", "锡山府发(2023)第5号"),       // round brackets and 第
        ("國辦發【2021】12號", "國辦發【2021】12號"),        // traditional script, 【】
        ("国发〔２０２１〕１２号", "国发〔２０２１〕１２号"),   // full-width digits
        ("国发〔2021〕12号    签发人：李强", "国发〔2021〕12号"),  // the red-headed page's number line
        ("发文字号：慈政发〔2024〕7号", "慈政发〔2024〕7号"),  // labelled
        ("文号:GB〔2020〕1号", "GB〔2020〕1号"),
    ])
    func statedNumbers(line: String, number: String) {
        #expect(DocumentNumber.number(wholeLine: line[...]) == number)
    }

    @Test("a number the text cites, or something that only looks like one, is not the document's", arguments: [
        "根据国发〔2021〕12号文件精神",   // cited in a sentence
        "（国发〔2021〕12号）",           // cited in brackets
        "国发〔21〕12号",                 // two-digit year
        "国发〔2021〕12",                 // no 号
        "〔2021〕12号",                   // no issuer
        "国发〔2021〕123456号",           // serial of six digits
        "字号：大 中 小",                  // the page's font-size bar
        "",
    ])
    func notNumbers(line: String) {
        #expect(DocumentNumber.number(wholeLine: line[...]) == nil)
    }

    @Test("spellings of one number share a key: script, width, brackets and spaces aside")
    func keys() {
        let key = DocumentNumber.key("粤府办〔2022〕3号")
        #expect(key == "粤府办[2022]3号")
        for spelling in ["粤府办[2022]3号", "粤府辦［２０２２］３號", "粤府办 (2022) 3号", "粤府办【2022】3号"] {
            #expect(DocumentNumber.key(spelling) == key, "\(spelling)")
        }
        #expect(DocumentNumber.key("粤府办〔2022〕4号") != key)
    }

    @Test("a whole query is a number only when it is one and nothing else")
    func wholeQueries() {
        #expect(DocumentNumber.isNumber("国发[2021]12号"))
        #expect(DocumentNumber.isNumber(" 国发〔2021〕12号 "))
        #expect(!DocumentNumber.isNumber("国发〔2021〕12号 通知"))
        #expect(!DocumentNumber.isNumber("国发"))
    }

    @Test("the metadata takes the number from the head, not from a citation in the text")
    func metadata() {
        let lines: [Substring] = [
            "广州市人民政府文件", "", "穗府〔2023〕5号", "", "广州市人民政府关于印发某某办法的通知",
            "各区人民政府：", "现将《某某办法》（粤府〔2022〕3号）转发给你们，请认真贯彻执行。",
        ]
        #expect(MetadataExtractor.metadata(lines: lines, title: nil).number == "穗府〔2023〕5号")
        let cited: [Substring] = ["关于某某的通知", "根据粤府〔2022〕3号文件，现通知如下。"]
        #expect(MetadataExtractor.metadata(lines: cited, title: nil).number == nil)
    }
}
