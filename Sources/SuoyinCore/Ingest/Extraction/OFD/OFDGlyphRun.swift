/// The characters of one `ofd:TextCode`, each at its place on the page.
///
/// Policies:
/// - The first character is at the code's `X`, `Y` (its baseline) inside
///   the text object's `Boundary`, through the object's `CTM` when it has
///   one; each next character is `DeltaX[i]` further right; without one,
///   a character is taken to be as wide as the font size if it is
///   full-width (Chinese), half that otherwise.
/// - `DeltaX` is numbers separated by white space, where `g N d` stands for
///   `N` times `d`; a repeat count is capped by the characters left, so a
///   hostile count costs nothing.
/// - Sizes and positions are in millimetres, as in the file.
struct OFDGlyphRun: Equatable {
    /// A character and its position.
    struct Glyph: Equatable {
        var scalar: Unicode.Scalar
        /// Left edge.
        var x: Double
        /// Baseline.
        var y: Double
        /// The distance to the next character's left edge (its width, for the last).
        var advance: Double
    }

    /// The characters in order.
    var glyphs: [Glyph]
    /// The font size.
    var size: Double

    /// Positions the characters of `text`.
    ///
    /// - Parameters:
    ///   - origin: the text object's `Boundary` origin.
    ///   - transform: the object's `CTM` (a b c d e f), or `nil`.
    init(text: String, x: Double, y: Double, deltaX: String?, size: Double, origin: (x: Double, y: Double),
         transform: [Double]?) {
        let scalars = Array(text.unicodeScalars)
        let deltas = Self.deltas(deltaX ?? "", count: max(scalars.count - 1, 0))
        var scale = 1.0
        if let m = transform, m.count == 6 {
            let determinant = abs(m[0] * m[3] - m[1] * m[2])
            if determinant.isFinite, determinant > 0 { scale = determinant.squareRoot() }
        }
        self.size = size * scale
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(scalars.count)
        var localX = x
        for (index, scalar) in scalars.enumerated() {
            let advance = index < deltas.count ? deltas[index] : Self.width(of: scalar, size: size)
            var point = (x: localX, y: y)
            if let m = transform, m.count == 6 {
                point = (m[0] * localX + m[2] * y + m[4], m[1] * localX + m[3] * y + m[5])
            }
            glyphs.append(Glyph(scalar: scalar, x: origin.x + point.x, y: origin.y + point.y, advance: advance * scale))
            localX += advance
        }
        self.glyphs = glyphs
    }

    /// The width of `scalar` when nothing says it: one em for what Chinese
    /// text sets full width (``LayoutJoin/isWide(_:)``), half an em for
    /// anything else.
    static func width(of scalar: Unicode.Scalar, size: Double) -> Double {
        LayoutJoin.isWide(scalar) ? size : size / 2
    }

    /// The first `count` advances written in `deltaX`.
    static func deltas(_ deltaX: String, count: Int) -> [Double] {
        var deltas: [Double] = []
        var tokens = deltaX.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })[...]
        while deltas.count < count, let token = tokens.popFirst() {
            if token == "g" {
                guard let repeats = tokens.popFirst().flatMap({ Int($0) }),
                      let value = tokens.popFirst().flatMap({ Double($0) }) else { break }
                deltas.append(contentsOf: repeatElement(value, count: min(max(repeats, 0), count - deltas.count)))
            } else if let value = Double(token) {
                deltas.append(value)
            } else {
                break
            }
        }
        return deltas
    }
}
