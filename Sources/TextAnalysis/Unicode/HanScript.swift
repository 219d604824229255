/// The code points of Han ideographs: the one answer to "is this Han?".
///
/// The main block holds nearly every character of modern Chinese text; the
/// rest are Extension A, the compatibility ideographs and the supplementary
/// planes 2 and 3 (Extensions B–H and the compatibility supplement).
/// Radicals, 〇 and 々 are not ideographs here; ``CharacterClass`` adds them
/// (and kana, hangul and bopomofo) to what the tokenizer joins into runs.
///
/// For example: `法` (U+6CD5), `㐀` (U+3400), `𠀀` (U+20000) are Han; `⼀` (U+2F00), `〇`, `か` are not.
package enum HanScript {
    /// CJK Unified Ideographs, U+4E00–U+9FFF.
    package static var mainBlock: ClosedRange<UInt32> { 0x4E00...0x9FFF }
    /// CJK Unified Ideographs Extension A, U+3400–U+4DBF.
    package static var extensionA: ClosedRange<UInt32> { 0x3400...0x4DBF }
    /// CJK Compatibility Ideographs, U+F900–U+FAFF.
    package static var compatibility: ClosedRange<UInt32> { 0xF900...0xFAFF }
    /// The supplementary ideographic planes 2 and 3, U+20000–U+3FFFF.
    package static var supplementaryPlanes: ClosedRange<UInt32> { 0x20000...0x3FFFF }
    /// The ranges of Han ideographs in the Basic Multilingual Plane.
    package static var basicMultilingualPlane: [ClosedRange<UInt32>] { [extensionA, mainBlock, compatibility] }

    /// Whether `codePoint` is in the main block: one subtraction and one comparison.
    @inline(__always)
    package static func isInMainBlock(_ codePoint: UInt32) -> Bool {
        codePoint &- mainBlock.lowerBound <= mainBlock.upperBound - mainBlock.lowerBound
    }

    /// Whether `codePoint` is a Han ideograph, in any of the ranges above.
    @inline(__always)
    package static func isIdeograph(_ codePoint: UInt32) -> Bool {
        isInMainBlock(codePoint) || extensionA.contains(codePoint) || compatibility.contains(codePoint)
            || supplementaryPlanes.contains(codePoint)
    }

    /// Whether `scalar` is a Han ideograph.
    @inline(__always)
    package static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool { isIdeograph(scalar.value) }
}
