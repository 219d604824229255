import Foundation
import Testing
@testable import TextAnalysis

/// The generated Han fold table (``HanVariantTable``) alone and as applied by ``CharacterFolding``.
@Suite("Han variant fold table")
struct FoldTableTests {
    /// OpenCC's TSCharacters as (traditional, candidates best first), read from the committed fixture.
    static let tsCharacters: [(key: UInt32, candidates: [UInt32])] = {
        let url = URL(filePath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "Fixtures/TSCharacters.txt")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map { line in
            let fields = line.split(separator: "\t")
            let key = fields[0].unicodeScalars.first!.value
            let candidates = fields[1].split(separator: " ").map { $0.unicodeScalars.first!.value }
            return (key, candidates)
        }
    }()

    /// The table's lines as (source, target) pairs, in file order.
    static let mappings: [(source: UInt32, target: UInt32)] =
        HanVariantTable.mappings.split(separator: "\n").map { line in
            let fields = line.split(separator: " ")
            return (UInt32(fields[0], radix: 16) ?? 0, UInt32(fields[1], radix: 16) ?? 0)
        }

    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        Unicode.Scalar(CharacterFolding.fold(scalar.value))!
    }

    static func hex(_ codePoint: UInt32) -> String { "U+" + String(codePoint, radix: 16, uppercase: true) }

    @Test("table lines are sorted by source, without duplicates or identity lines")
    func tableIsWellFormed() {
        #expect(Self.mappings.count > 7_000)
        #expect(zip(Self.mappings, Self.mappings.dropFirst()).allSatisfy { $0.source < $1.source })
        #expect(Self.mappings.allSatisfy { $0.source != $0.target && $0.source != 0 && $0.target != 0 })
    }

    @Test("no target of the table is also a source")
    func tableTargetsAreFinal() {
        let sources = Set(Self.mappings.map(\.source))
        let chained = Self.mappings.filter { sources.contains($0.target) }
        #expect(chained.count == 0, "\(chained.prefix(10).map { "\(Self.hex($0.source)) → \(Self.hex($0.target))" })")
    }

    @Test("the fold applies every mapping of the table")
    func foldAppliesTable() {
        let missed = Self.mappings.filter { CharacterFolding.fold($0.source) != $0.target }
        #expect(missed.count == 0, "\(missed.count) missed, e.g. \(missed.prefix(5).map { Self.hex($0.source) })")
    }

    @Test("folding twice changes nothing, for every code point")
    func foldIsIdempotent() {
        var failures: [UInt32] = []
        for codePoint in UInt32(0)...0x10FFFF where !(0xD800...0xDFFF).contains(codePoint) {
            let once = CharacterFolding.fold(codePoint)
            if CharacterFolding.fold(once) != once { failures.append(codePoint) }
        }
        #expect(failures.count == 0, "\(failures.count) failures, e.g. \(failures.prefix(10).map(Self.hex))")
    }

    @Test("every TSCharacters pair folds to one character")
    func tsCharactersAreUnified() {
        #expect(Self.tsCharacters.count > 4_000)
        let split = Self.tsCharacters.filter {
            CharacterFolding.fold($0.key) != CharacterFolding.fold($0.candidates[0])
        }
        #expect(split.count == 0, "\(split.prefix(10).map { Self.hex($0.key) })")
    }

    @Test("a character OpenCC writes as simplified folds to itself")
    func simplifiedOutputIsFixed() {
        let traditional = Set(Self.tsCharacters.map(\.key))
        let moved = Self.tsCharacters.map { $0.candidates[0] }
            .filter { !traditional.contains($0) && CharacterFolding.fold($0) != $0 }
        #expect(moved.count == 0, "\(moved.prefix(10).map(Self.hex))")
    }

    @Test("traditional and variant characters fold to the simplified standard form", arguments: [
        ("設", "设"), ("黨", "党"), ("爲", "为"), ("為", "为"), ("裡", "里"), ("裏", "里"),
        ("髮", "发"), ("發", "发"), ("乾", "干"), ("幹", "干"), ("後", "后"), ("臺", "台"),
        ("颱", "台"), ("於", "于"), ("著", "着"),  // 著 → 着 comes from OpenCC's Taiwan variants.
        ("眾", "众"), ("衞", "卫"), ("枱", "台"),  // Hong Kong forms, through OpenCC traditional.
    ] as [(Unicode.Scalar, Unicode.Scalar)])
    func traditionalFoldsToSimplified(traditional: Unicode.Scalar, simplified: Unicode.Scalar) {
        #expect(Self.fold(traditional) == simplified)
        #expect(Self.fold(simplified) == simplified)
    }

    @Test("simplified characters fold to themselves", arguments: [
        "设", "党", "为", "里", "发", "干", "后", "台", "于", "着", "么", "才", "中", "文",
    ] as [Unicode.Scalar])
    func simplifiedIsFixed(simplified: Unicode.Scalar) {
        #expect(Self.fold(simplified) == simplified)
    }

    // Written as code points: editors and tools may silently normalize compatibility ideographs.
    @Test("compatibility ideographs fold like their unified forms", arguments: [
        (0xF900, 0x8C48),   // 豈 (compatibility) → 豈 → 岂
        (0xF907, 0x9F9C),   // 龜 (compatibility) → 龜 → 龟
        (0x2F800, 0x4E3D),  // 丽 (compatibility supplement) → 丽
        (0xFA10, 0x585A),   // 塚 (compatibility) → 塚
    ] as [(UInt32, UInt32)])
    func compatibilityIdeographFolds(compatibility: UInt32, unified: UInt32) {
        #expect(CharacterFolding.fold(compatibility) == CharacterFolding.fold(unified))
        #expect(CharacterFolding.fold(compatibility) != compatibility)
    }

    @Test("compatibility ideographs reach the simplified form through their unified form")
    func compatibilityIdeographChains() {
        #expect(CharacterFolding.fold(0xF900) == 0x5C82)   // 豈 → 豈 → 岂
        #expect(CharacterFolding.fold(0xF907) == 0x9F9F)   // 龜 → 龜 → 龟
        #expect(CharacterFolding.fold(0x2F800) == 0x4E3D)  // 丽 → 丽
    }

    @Test("Kangxi and supplementary radicals fold to the ideographs", arguments: [
        (0x2F00, 0x4E00),  // ⼀ → 一
        (0x2F54, 0x6C34),  // ⽔ → 水
        (0x2FA8, 0x95E8),  // ⾨ → 門 → 门
        (0x2E9F, 0x6BCD),  // ⺟ → 母
        (0x2EF3, 0x9F9F),  // ⻳ → 龟
    ] as [(UInt32, UInt32)])
    func radicalFolds(radical: UInt32, ideograph: UInt32) {
        #expect(CharacterFolding.fold(radical) == ideograph)
    }

    @Test("radicals without a decomposition in UnicodeData are left alone")
    func undecomposedRadicalIsFixed() {
        #expect(CharacterFolding.fold(0x2E80) == 0x2E80)  // ⺀ CJK RADICAL REPEAT
        #expect(CharacterFolding.fold(0x2E8C) == 0x2E8C)  // ⺌ CJK RADICAL SMALL ONE
    }
}
