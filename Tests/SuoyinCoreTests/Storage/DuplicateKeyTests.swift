import Testing
@testable import SuoyinCore

/// The key that makes passages copies: folded text without punctuation,
/// separators, controls, format characters or white space.
@Suite("Copy keys")
struct DuplicateKeyTests {
    @Test("the quick answers for ideographs and ASCII are the rule's own, for every one of them")
    func quickAnswersMatchTheRule() {
        var checked = 0
        for value in Array(DuplicateKey.ideographs) + Array(0..<0x80) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(DuplicateKey.isIgnored(scalar) == DuplicateKey.isIgnoredByProperties(scalar), "U+\(String(value, radix: 16))")
            checked += 1
        }
        #expect(checked == 0x9FFF - 0x3400 + 1 + 0x80)
    }

    @Test("a key keeps folded letters, digits and ideographs and drops punctuation and spaces",
          arguments: [("依法行政，建設法治政府。", "依法行政建设法治政府"), ("Ａｂ　12-3_x\u{200B}\t", "ab123x"),
                      ("《条例》第十二条", "条例第十二条"), ("、。！？", "")])
    func key(passage: String, key: String) {
        #expect(DuplicateKey(passage).text == key)
    }
}
