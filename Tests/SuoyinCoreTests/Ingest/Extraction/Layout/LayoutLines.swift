@testable import SuoyinCore
import TestSupport

/// Builds pages of positioned lines for the layout tests with the geometry
/// `pdftotext -bbox-layout` reports for ``PDFFixture``'s font: a run at `x`
/// with its baseline at `y` spans `x` to `x + size × ems(text)` across and
/// `y - 0.9 size` to `y + 0.2 size` down.
///
/// Pages are 504 × 720 points: with 72 pt margins on both sides the measure
/// is 360 pt, 30 Chinese characters in 12 pt (72 to 432).
enum LayoutLines {
    /// A line as the tests write it: text, left edge, baseline, size.
    typealias Spec = (text: String, x: Double, y: Double, size: Double)

    static let width = 504.0
    static let height = 720.0

    /// A line of body text (12 pt).
    static func line(_ text: String, x: Double = 72, y: Double) -> Spec { (text, x, y, 12) }

    /// Pages made of `specs`, numbered from 1.
    static func pages(_ specs: [[Spec]]) -> [LayoutPage] {
        specs.enumerated().map { index, lines in
            LayoutPage(number: index + 1, width: width, height: height, lines: lines.map { spec in
                PositionedLine(
                    text: spec.text, page: index + 1, xMin: spec.x, yMin: spec.y - 0.9 * spec.size,
                    xMax: spec.x + spec.size * PDFFixture.ems(spec.text), yMax: spec.y + 0.2 * spec.size)
            })
        }
    }

    /// The paragraphs rebuilt from `specs`, as (text, page) pairs.
    static func paragraphs(_ specs: [[Spec]]) -> [String] {
        LayoutParagraphs.paragraphs(in: pages(specs)).map { "p\($0.page) \($0.text)" }
    }
}
