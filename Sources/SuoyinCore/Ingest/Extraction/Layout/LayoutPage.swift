/// One page of a fixed-layout document: its size and its lines in reading order.
public struct LayoutPage: Equatable, Sendable {
    /// 1-based page number.
    public var number: Int
    /// Page width in points.
    public var width: Double
    /// Page height in points.
    public var height: Double
    /// The page's lines in reading order; each line's `page` is `number`.
    public var lines: [PositionedLine]

    /// Creates a page.
    public init(number: Int, width: Double, height: Double, lines: [PositionedLine]) {
        self.number = number
        self.width = width
        self.height = height
        self.lines = lines
    }
}
