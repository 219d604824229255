import Testing
@testable import TextAnalysis

/// The Han stage alone: the mappings of ``HanVariantTable`` as
/// ``CharacterFolding`` reads them, before they join the other stages.
@Suite("Han folding")
struct HanFoldingTests {
    /// Every (source, target) pair, keyed by source.
    static let mappings: [UInt32: UInt32] = {
        var mappings: [UInt32: UInt32] = [:]
        CharacterFolding.forEachHanMapping { source, target in mappings[source] = target }
        return mappings
    }()

    @Test("the table maps traditional and variant forms to simplified ones", arguments: [
        ("設", "设"), ("黨", "党"), ("爲", "为"), ("為", "为"), ("後", "后"), ("臺", "台"), ("颱", "台"),
    ] as [(Unicode.Scalar, Unicode.Scalar)])
    func mapping(traditional: Unicode.Scalar, simplified: Unicode.Scalar) {
        #expect(Self.mappings[traditional.value] == simplified.value)
        #expect(Self.mappings[simplified.value] == nil)
    }

    @Test("every line of the table is read: 7,731 mappings, none dropped by the parser")
    func everyLine() {
        let lines = HanVariantTable.mappings.split(separator: "\n").count
        #expect(Self.mappings.count == lines)
        #expect(lines == 7731)
    }

    @Test("sources are ideographs or radicals, targets ideographs: Han folding never touches a letter, digit or space")
    func onlyHan() {
        let radicals: ClosedRange<UInt32> = 0x2E80...0x2FDF
        let strays = Self.mappings.filter { source, target in
            !(HanScript.isIdeograph(source) || radicals.contains(source)) || !HanScript.isIdeograph(target)
        }
        #expect(strays.isEmpty, "\(strays.prefix(5))")
    }

    @Test("the table's sources are below the flat table's bound, so the fold applies them all")
    func withinBound() {
        #expect(Self.mappings.keys.allSatisfy { $0 < CharacterFolding.tableBound })
    }
}
