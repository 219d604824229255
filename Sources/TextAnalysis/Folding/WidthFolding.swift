/// Folds full-width ASCII forms to ASCII and the ideographic space to a space.
///
/// For example, `Ａ` (U+FF21) becomes `A` and `２` (U+FF12) becomes `2`.
enum WidthFolding {
    /// The half-width form of `codePoint`, or `codePoint` itself.
    static func fold(_ codePoint: UInt32) -> UInt32 {
        switch codePoint {
        case 0xFF01...0xFF5E: return codePoint - 0xFEE0
        case 0x3000: return 0x20
        default: return codePoint
        }
    }
}
