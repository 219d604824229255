import Foundation
import Testing
@testable import SuoyinCore

/// Archives that made ZIPFoundation trap, and the checks that now refuse them
/// first. Each damaged archive is written inline as bytes or made from a
/// ``DocxFixture`` by changing a few bytes.
@Suite("ZipStructure")
struct ZipStructureTests {
    private func reason(_ data: Data) -> String? {
        do {
            _ = try DocxTextExtractor.extract(from: data)
            return nil
        } catch {
            return error.reason
        }
    }

    /// `data` with the little-endian `value` written at `offset` (`size` bytes).
    private func patched(_ data: Data, at offset: Int, _ value: Int, size: Int) -> Data {
        var bytes = [UInt8](data)
        for k in 0..<size { bytes[offset + k] = UInt8(truncatingIfNeeded: value >> (8 * k)) }
        return Data(bytes)
    }

    /// Where the end-of-central-directory record of a fixture (no comment) starts.
    private func endRecord(_ data: Data) -> Int { data.count - 22 }

    @Test("a 22-byte end record whose central directory lies past the end of the file is refused, not a trap")
    func endRecordPastTheEnd() {
        let bytes: [UInt8] = [0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0, 0x2E, 0, 0, 0, 0xE8, 0x03, 0, 0, 0, 0]
        #expect(reason(Data(bytes)) == "not a valid .docx file (its ZIP central directory lies past the end of the file)")
    }

    @Test("a Word file made by ZIPFoundation passes, and lists its parts")
    func validArchive() throws {
        let data = try DocxFixture.docx(body: DocxFixture.paragraph("正文"))
        let structure = try ZipStructure(validating: data)
        #expect(structure.entries.map(\.path).sorted()
                == ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml", "word/styles.xml"])
        #expect(structure.entries.allSatisfy { $0.method == 8 })
    }

    @Test("offsets and sizes that point outside the file are refused")
    func damagedRecords() throws {
        let data = try DocxFixture.docx(body: DocxFixture.paragraph("正文"))
        let end = endRecord(data)
        let directory = Int(data[end + 16]) | Int(data[end + 17]) << 8 | Int(data[end + 18]) << 16
        // The central directory's offset one byte early: no entry signature there.
        #expect(reason(patched(data, at: end + 16, directory - 1, size: 4))
                == "not a valid .docx file (its ZIP central directory is damaged)")
        // More entries than the directory can hold.
        #expect(reason(patched(patched(data, at: end + 8, 999, size: 2), at: end + 10, 999, size: 2))
                == "not a valid .docx file (its ZIP central directory is shorter than its 999 entries)")
        // The first entry's local header offset past the directory; its compressed size past the end.
        let first = directory
        #expect(reason(patched(data, at: first + 42, 0x7FFF_FFF0, size: 4))?.hasSuffix("in it is damaged)") == true)
        #expect(reason(patched(data, at: first + 20, 0x7FFF_FFF0, size: 4))?.hasSuffix("in it is damaged)") == true)
        // An entry that says it unzips to 4 GB.
        #expect(reason(patched(data, at: first + 24, 0xFFFF_FFF0, size: 4))?.hasSuffix("unzips to more than 256 MB)") == true)
        // A name length that runs past the directory.
        #expect(reason(patched(data, at: first + 28, 0xFFFF, size: 2))
                == "not a valid .docx file (its ZIP central directory is damaged)")
        // Another disk.
        #expect(reason(patched(data, at: end + 4, 1, size: 2))
                == "not a valid .docx file (it is one part of a multi-volume ZIP archive)")
    }

    @Test("every one-byte change to the records of a Word file fails with a reason or reads, never traps")
    func everyRecordByte() throws {
        let data = try DocxFixture.docx(body: DocxFixture.paragraph("正文"))
        let end = endRecord(data)
        let directory = Int(data[end + 16]) | Int(data[end + 17]) << 8
        for offset in directory..<data.count {
            for value in [0x00, 0xFF] {
                _ = reason(patched(data, at: offset, value, size: 1))
            }
        }
    }

    @Test("an XML part with a byte that is not UTF-8 in an element name is refused before XMLParser sees it")
    func invalidUTF8InElementName() throws {
        var document = Data(DocxFixture.document(DocxFixture.paragraph("正文")).utf8)
        let name = try #require(document.range(of: Data("<w:body>".utf8)))
        document.replaceSubrange(name, with: Data("<w:body><w:".utf8) + Data([0xFF]) + Data("p/>".utf8))
        let archive = try DocxFixture.zip(data: ["word/document.xml": document])
        #expect(reason(archive) == "damaged .docx file (word/document.xml is not UTF-8)")
    }

    @Test("an XML part with a document type declaration is refused: no entity can expand")
    func documentTypeDeclaration() throws {
        let document = """
            <?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">]>\
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\
            <w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>
            """
        let archive = try DocxFixture.zip(["word/document.xml": document])
        #expect(reason(archive)
                == "damaged .docx file (word/document.xml is XML with a document type declaration, which this format does not allow)")
    }
}
