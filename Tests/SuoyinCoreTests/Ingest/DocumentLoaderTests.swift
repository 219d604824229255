import Testing
@testable import SuoyinCore

/// Every line of `text`, as the metadata extractor could read them.
private func allLines(of text: String) -> [Substring] {
    text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
}

@Suite("DocumentLoader")
struct DocumentLoaderTests {
    @Test("metadata from the lines read at both ends equals metadata from every line", arguments: [
        "bayingolin-2021.txt", "cixi-2023.txt", "nanxiong-2022.txt", "xishan-2022.txt", "yangxiang-2021.txt",
    ])
    func corpusMetadata(file: String) throws {
        let text = try IngestCorpus.text(file)
        let title = TitleDetector.title(in: text)
        #expect(MetadataExtractor.metadata(lines: DocumentLoader.metadataLines(of: text), title: title)
                == MetadataExtractor.metadata(lines: allLines(of: text), title: title))
    }

    @Test("a long document: head and tail windows, the signature above the closing date, CRLF and blank lines")
    func longDocument() {
        let body = (1...200).map { "第\($0)段正文，依法行政。" }.joined(separator: "\r\n  \r\n")
        let text = "某市人民政府关于工作的报告\r\n\r\n" + body + "\r\n某市司法局\r\n\r\n2021年12月17日\r\n"
        let lines = DocumentLoader.metadataLines(of: text)
        #expect(lines.first == "某市人民政府关于工作的报告")
        #expect(lines.suffix(2) == ["某市司法局", "2021年12月17日"])
        #expect(lines.count(where: { !$0.allSatisfy(\.isWhitespace) })
                == MetadataExtractor.headLineCount + MetadataExtractor.tailLineCount + 1)
        #expect(MetadataExtractor.metadata(lines: lines, title: nil)
                == MetadataExtractor.metadata(lines: allLines(of: text), title: nil))
        #expect(MetadataExtractor.metadata(lines: lines, title: nil)
                == DocumentMetadata(date: "2021-12-17", issuer: "某市司法局"))
    }

    @Test("a short document is read whole, once", arguments: ["", "一行", "甲\n乙\r\n丙\r丁\n"])
    func shortDocument(text: String) {
        #expect(DocumentLoader.metadataLines(of: text) == allLines(of: text).filter { !$0.isEmpty })
    }
}
