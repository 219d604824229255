import Foundation
import SuoyinCore

/// Builds a Suoyin index exactly as `suoyin index` does, through
/// `IndexBuilder.run`, and measures it end to end: scanning, reading,
/// decoding, splitting, tokenizing and writing.
enum SuoyinIndexRun {
    static func run(corpus: String, indexPath: String) throws(BenchError) -> (BuildMeasurement, IndexSummary) {
        let memory = MemoryWindow.open()
        let stopwatch = Stopwatch()
        let summary: IndexSummary
        do throws(SuoyinError) {
            summary = try IndexBuilder.run(indexPath: indexPath, paths: [corpus], rebuild: false) { diagnostic in
                FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
            }
        } catch {
            throw .suoyin(error)
        }
        let seconds = stopwatch.seconds
        let measurement = BuildMeasurement(
            seconds: seconds, inputBytes: summary.bytesRead, passages: summary.passagesWritten,
            memory: memory.closed(), indexPath: indexPath)
        return (measurement, summary)
    }
}
