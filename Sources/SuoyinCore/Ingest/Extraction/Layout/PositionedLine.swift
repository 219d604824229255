/// A line of text at its place on a page of a fixed-layout document (PDF, OFD).
///
/// Coordinates are in points, measured from the page's top left corner, y
/// growing downwards (the convention of `pdftotext -bbox-layout`; OFD's
/// too). `xMin`…`xMax` and `yMin`…`yMax` bound the line's glyphs.
///
/// For example, a 12 pt line near the top of an A4 page:
/// `PositionedLine(text: "一、总则", page: 1, xMin: 72, yMin: 57.6, xMax: 136, yMax: 75.2)`.
public struct PositionedLine: Equatable, Sendable {
    /// The line's text, words joined as the format joins them.
    public var text: String
    /// 1-based number of the page the line is on.
    public var page: Int
    /// Left edge of the line.
    public var xMin: Double
    /// Top edge of the line.
    public var yMin: Double
    /// Right edge of the line.
    public var xMax: Double
    /// Bottom edge of the line.
    public var yMax: Double
    /// The font size in points, when the format says it; else the line's
    /// height stands for it (see ``size``).
    public var fontSize: Double?
    /// Which block of its page the line belongs to (any number that lines
    /// of one block share), when the format groups lines into blocks.
    public var block: Int?

    /// Creates a positioned line.
    public init(
        text: String, page: Int, xMin: Double, yMin: Double, xMax: Double, yMax: Double,
        fontSize: Double? = nil, block: Int? = nil
    ) {
        self.text = text
        self.page = page
        self.xMin = xMin
        self.yMin = yMin
        self.xMax = xMax
        self.yMax = yMax
        self.fontSize = fontSize
        self.block = block
    }

    /// The line's height.
    public var height: Double { yMax - yMin }

    /// The size that compares lines: the font size if known, else the height.
    public var size: Double { fontSize ?? height }
}
