import Foundation

/// For tests only: a pause at a known point of an indexing run.
///
/// When the environment variable `SUOYIN_TEST_PAUSE_AFTER_BATCH` names a
/// file, a run creates that file right after its first committed batch and
/// then waits while the file exists. A test can then act at that point — kill
/// the run with SIGKILL, start a second indexer that must be refused, search
/// an index that a run is half-way through — and remove the file to let the
/// run go on. Nothing else a test can observe says "a batch is committed and
/// the run is not finished": progress goes to a terminal only, and a run over
/// a small corpus can finish before a test sees its first commit, so tests
/// that slept and hoped asserted nothing when indexing was quick.
struct TestPause {
    /// The variable's name.
    static let variable = "SUOYIN_TEST_PAUSE_AFTER_BATCH"

    /// The file to create and wait on; nil once the run has paused, or when the variable is unset.
    private var file: String?

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let file = environment[Self.variable] ?? ""
        self.file = file.isEmpty ? nil : file
    }

    /// Call after each committed batch: the first call creates the file and
    /// waits until the test removes it (or kills the process).
    mutating func afterCommittedBatch() {
        guard let file else { return }
        self.file = nil
        guard FileManager.default.createFile(atPath: file, contents: Data()) else { return }
        while FileManager.default.fileExists(atPath: file) { usleep(10_000) }
    }
}
