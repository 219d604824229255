import Foundation
import SuoyinCore

/// How long bringing an index up to date takes when little changed: a run
/// over the same corpus with nothing changed, and one after one file was
/// changed (a line added), each as `suoyin index` runs it (``SuoyinIndexRun``).
/// The second shows what the end of the run spends on the phrase lists:
/// nothing when the batch kept them current, a count of every passage when not.
enum RerunTiming {
    /// The notes on both runs; the corpus is changed only when `mayChange` (a generated one, never a user's folder).
    static func notes(corpus: String, indexPath: String, mayChange: Bool) throws(BenchError) -> [String] {
        let (unchanged, _) = try SuoyinIndexRun.run(corpus: corpus, indexPath: indexPath)
        var notes = [String(format: "Re-run over the unchanged corpus: %.2f s.", unchanged.seconds)]
        guard mayChange else {
            notes.append("One-file update not timed: the corpus is a folder of yours (--corpus), which the benchmark does not change.")
            return notes
        }
        guard let file = FileManager.default.enumerator(atPath: corpus)?.compactMap({ $0 as? String }).sorted()
            .first(where: { $0.hasSuffix(".txt") })
        else { return notes }
        let path = (corpus as NSString).appendingPathComponent(file)
        guard let handle = FileHandle(forWritingAtPath: path) else { throw .io(path: path, message: "cannot be opened for writing") }
        handle.seekToEndOfFile()
        handle.write(Data("\n补充说明：本文件已于复核后更新，请以此版本为准。\n".utf8))
        handle.closeFile()
        let (updated, summary) = try SuoyinIndexRun.run(corpus: corpus, indexPath: indexPath)
        notes.append(String(format: "Re-run after one file changed (%d updated, %d passages written): %.2f s, of which "
                            + "writing %.2f s and bringing the ranking lists up to date at the end %.2f s.",
                            summary.updated, summary.passagesWritten, updated.seconds, summary.writeSeconds,
                            summary.rankingSeconds))
        return notes
    }
}
