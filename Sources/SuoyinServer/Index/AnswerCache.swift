import Foundation

/// Recent answers of the index, kept only while it is unchanged: the same
/// search asked again (the next reader of a shared link, a page reloaded,
/// the totals of a query paged through) is answered without reading the index.
///
/// Every entry belongs to one ``IndexProvider/Version``; the first lookup at
/// another version empties the cache, so an answer never outlives a commit
/// of `suoyin index`. At most `capacity` answers are kept: when full, the
/// quarter used longest ago is dropped.
final class AnswerCache<Answer: Sendable>: @unchecked Sendable {
    let capacity: Int

    // Everything below is guarded by `lock`.
    private let lock = NSLock()
    private var version: IndexProvider.Version?
    private var entries: [String: Entry] = [:]
    private var clock = 0

    private struct Entry {
        var answer: Answer
        var used: Int
    }

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The answer kept for `key` at `version`, if any.
    func answer(for key: String, at version: IndexProvider.Version) -> Answer? {
        lock.lock()
        defer { lock.unlock() }
        guard adopt(version), var entry = entries[key] else { return nil }
        clock += 1
        entry.used = clock
        entries[key] = entry
        return entry.answer
    }

    /// Keeps `answer` for `key`, computed at `version` (dropped when that is no longer the current one).
    func keep(_ answer: Answer, for key: String, at version: IndexProvider.Version) {
        guard capacity > 0 else { return }
        lock.lock()
        defer { lock.unlock() }
        guard adopt(version) else { return }
        if entries.count >= capacity { dropLeastRecent() }
        clock += 1
        entries[key] = Entry(answer: answer, used: clock)
    }

    /// How many answers are kept (for tests).
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return entries.count
    }

    /// Makes `version` the current one when it is newer; false when it is older than the current one.
    private func adopt(_ version: IndexProvider.Version) -> Bool {
        if self.version == version { return true }
        // Versions are asked before reading, so a caller holding an older one
        // may still be finishing; its answer must not be kept under the new one.
        if let current = self.version, version.isOlder(than: current) { return false }
        self.version = version
        entries.removeAll(keepingCapacity: true)
        return true
    }

    private func dropLeastRecent() {
        // The `used` stamps are distinct: dropping those up to the cut drops exactly a quarter (at least one).
        let cut = entries.values.map(\.used).sorted()[max(0, entries.count / 4 - 1)]
        entries = entries.filter { $0.value.used > cut }
    }
}

extension IndexProvider.Version {
    /// Whether this version was seen before `other`: an earlier opening of the file, or an earlier state of the same opening.
    func isOlder(than other: IndexProvider.Version) -> Bool {
        opening != other.opening ? opening < other.opening : data < other.data
    }
}
