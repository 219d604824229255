import TextAnalysis

/// The CJK Unified Ideographs block, U+4E00–U+9FFF: the characters the
/// generator writes and the benchmark draws its queries from.
enum HanBlock {
    static let range = HanScript.mainBlock
    static let count = range.count

    @inline(__always)
    static func contains(_ codePoint: UInt32) -> Bool { HanScript.isInMainBlock(codePoint) }

    /// The offset of a character of the block, `0..<count`.
    @inline(__always)
    static func index(of codePoint: UInt32) -> Int {
        Int(codePoint - range.lowerBound)
    }

    @inline(__always)
    static func character(at index: Int) -> UInt32 {
        range.lowerBound + UInt32(index)
    }

    /// The characters of the block that folding leaves unchanged: simplified
    /// and shared forms, the alphabet of generated text.
    static var foldStable: [UInt32] {
        range.filter { CharacterFolding.fold($0) == $0 }
    }

    /// `scalars` as a string.
    static func string(_ scalars: some Sequence<UInt32>) -> String {
        var view = String.UnicodeScalarView()
        for value in scalars { view.append(Unicode.Scalar(value) ?? "\u{FFFD}") }
        return String(view)
    }
}
