import Foundation
import Testing
import TestSupport
@testable import SuoyinCore

/// `bytes` with `count` random edits: a byte replaced by a random or RTF-meaningful one, removed, or duplicated.
private func mutated(_ bytes: [UInt8], edits count: Int, using random: inout SplitMix64) -> [UInt8] {
    var bytes = bytes
    let meaningful = Array(#"{}\'*-0123456789uc"#.utf8) + [0x81, 0xA4, 0xFF, 0x00, 0x0A]
    for _ in 0..<count where !bytes.isEmpty {
        let index = Int.random(in: 0..<bytes.count, using: &random)
        switch Int.random(in: 0..<4, using: &random) {
        case 0: bytes[index] = UInt8.random(in: 0...255, using: &random)
        case 1: bytes[index] = meaningful.randomElement(using: &random)!
        case 2: bytes.remove(at: index)
        default: bytes.insert(bytes[index], at: index)
        }
    }
    return bytes
}

/// Whether the text starts and ends with a non-blank line and every heading level points at a non-blank line.
private func isWellFormed(_ extracted: ExtractedText) -> Bool {
    let lines = extracted.text.components(separatedBy: "\n")
    return lines.first?.isEmpty == false && lines.last?.isEmpty == false
        && extracted.headingLevels.keys.allSatisfy { $0 >= 1 && $0 <= lines.count && !lines[$0 - 1].isEmpty }
}

@Suite("Mutated documents")
struct MutatedFormatTests {
    @Test("mutated RTF files never crash; what they give is well-formed text or a failure", arguments: [
        "report.rtf", "legacy-gbk.rtf", "legacy-big5.rtf",
    ])
    func rtf(name: String) throws {
        let original = try FormatFixtures.bytes(name)
        var random = SplitMix64(seed: 12)
        for round in 0..<300 {
            let bytes = mutated(original, edits: 1 + round % 40, using: &random)
            if let extracted = try? RTFTextExtractor.extract(from: bytes) { #expect(isWellFormed(extracted)) }
        }
    }

    @Test("mutated OFD pages and OpenDocument content never crash")
    func zipped() throws {
        var random = SplitMix64(seed: 7)
        let page = try #require(try DocxPackage(data: OFDFixture.ofd(pages: OFDOfficialDocument.pages), format: "OFD")
            .part("Doc_0/Pages/Page_0/Content.xml"))
        let content = try #require(try DocxPackage(data: Data(FormatFixtures.bytes("report.odt")), format: ".odt")
            .part("content.xml"))
        for round in 0..<150 {
            let edits = 1 + round % 20
            let pageXML = Data(mutated([UInt8](page), edits: edits, using: &random))
            _ = try? OFDPageReader.page(in: pageXML, number: 1, path: "p", defaultSize: nil)
            let contentXML = Data(mutated([UInt8](content), edits: edits, using: &random))
            if let paragraphs = try? OpenDocumentContentReader.paragraphs(in: contentXML) {
                // Line ends in the XML are white space: a paragraph's lines never hold one.
                #expect(paragraphs.allSatisfy { $0.lines.allSatisfy { !$0.contains("\n") && !$0.contains("\r") } })
            }
        }
        // Whole packages cut short or with bytes changed fail with a reason, never a crash.
        let ofd = [UInt8](try OFDFixture.ofd(pages: OFDOfficialDocument.pages))
        let odt = try FormatFixtures.bytes("report.odt")
        for round in 0..<100 {
            _ = try? OFDTextExtractor.extract(from: Data(mutated(ofd, edits: 1 + round % 8, using: &random)))
            _ = try? OpenDocumentTextExtractor.extract(from: Data(odt.prefix(Int.random(in: 0...odt.count, using: &random))))
        }
    }
}
