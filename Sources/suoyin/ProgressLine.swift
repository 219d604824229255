import Foundation
import SuoyinCore

/// A progress line on stderr, redrawn in place on a terminal:
/// files done/total, MB, MB/s and the time left.
final class ProgressLine: @unchecked Sendable {
    // Only touched from the indexer's writer thread.
    private var lastDrawn = 0.0
    private var isDrawn = false

    func update(_ progress: IndexProgress) {
        guard progress.seconds - lastDrawn >= 0.2 || progress.filesDone == progress.filesTotal else { return }
        lastDrawn = progress.seconds
        let megabytes = Double(progress.bytesDone) / 1_048_576
        let totalMegabytes = Double(progress.bytesTotal) / 1_048_576
        let rate = progress.seconds > 0 ? megabytes / progress.seconds : 0
        let remaining = rate > 0 ? (totalMegabytes - megabytes) / rate : 0
        let line = String(format: "%d/%d files, %.1f/%.1f MB, %.1f MB/s, %@ left",
                          progress.filesDone, progress.filesTotal, megabytes, totalMegabytes, rate,
                          Self.duration(remaining))
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        isDrawn = true
    }

    /// Clears the line so the summary starts on a clean line.
    func finish() {
        if isDrawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    private static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        return whole >= 60 ? "\(whole / 60)m\(whole % 60)s" : "\(whole)s"
    }
}
