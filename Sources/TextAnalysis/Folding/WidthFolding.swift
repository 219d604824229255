/// Folds full-width ASCII forms to ASCII and the ideographic space to a space.
///
/// For example, `Ａ` (U+FF21) becomes `A`, `２` (U+FF12) becomes `2` and
/// `：` (U+FF1A) becomes `:`. Letters keep their case: ``CaseFolding`` comes after.
package enum WidthFolding {
    /// The full-width forms of ASCII `!`…`~`, U+FF01–U+FF5E.
    package static var fullWidthASCII: ClosedRange<UInt32> { 0xFF01...0xFF5E }

    /// The half-width form of `codePoint`, or `codePoint` itself.
    @inline(__always)
    package static func fold(_ codePoint: UInt32) -> UInt32 {
        switch codePoint {
        case fullWidthASCII: return codePoint - 0xFEE0
        case 0x3000: return 0x20
        default: return codePoint
        }
    }

    /// The half-width form of `scalar`, or `scalar` itself.
    @inline(__always)
    package static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        Unicode.Scalar(fold(scalar.value)) ?? scalar
    }
}
