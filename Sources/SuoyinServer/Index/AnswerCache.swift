import Foundation
import SuoyinCore

/// Recent answers of the index, kept only while it is unchanged: the same
/// search asked again (the next reader of a shared link, a page reloaded,
/// the totals of a query paged through) is answered without reading the index.
///
/// Every entry belongs to one ``IndexProvider/Version``; the first lookup at
/// another version empties the cache, so an answer never outlives a commit
/// of `suoyin index`. At most `capacity` answers are kept: when full, the
/// quarter used longest ago is dropped. A search asked again while it is
/// being answered at the same version waits for that answer instead of
/// searching a second time (``Flight``): after a commit has emptied the
/// cache, many readers of one slow query cost one search, not one each.
final class AnswerCache<Key: Hashable & Sendable, Answer: Sendable>: @unchecked Sendable {
    let capacity: Int

    // Everything below is guarded by `lock`.
    private let lock = NSLock()
    private var version: IndexProvider.Version?
    private var entries: [Key: Entry] = [:]
    private var flights: [Key: Flight] = [:]
    private var clock = 0

    private struct Entry {
        var answer: Answer
        var used: Int
    }

    /// What a lookup found: the kept answer, a search of the same key at the
    /// same version to wait for, or nothing — the caller searches and
    /// ``finish(_:with:keep:)``es the flight it leads.
    enum Lookup {
        case kept(Answer)
        case joined(Flight)
        case leads(Flight)
    }

    /// One search under way; its result is handed to everyone who asked for it meanwhile.
    final class Flight: @unchecked Sendable {
        let key: Key
        let version: IndexProvider.Version
        // `result` is guarded by `condition`.
        private let condition = NSCondition()
        private var result: Result<Answer, SuoyinError>?

        init(key: Key, version: IndexProvider.Version) {
            self.key = key
            self.version = version
        }

        /// The result, once the leader has it.
        func wait() -> Result<Answer, SuoyinError> {
            condition.lock()
            defer { condition.unlock() }
            while result == nil { condition.wait() }
            return result!
        }

        fileprivate func land(_ result: Result<Answer, SuoyinError>) {
            condition.lock()
            self.result = result
            condition.broadcast()
            condition.unlock()
        }
    }

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The answer kept for `key` at `version`, a search of it under way, or the lead of a new one.
    func lookup(_ key: Key, at version: IndexProvider.Version) -> Lookup {
        lock.lock()
        defer { lock.unlock() }
        let current = adopt(version)
        if current, var entry = entries[key] {
            clock += 1
            entry.used = clock
            entries[key] = entry
            return .kept(entry.answer)
        }
        if let flight = flights[key], flight.version == version { return .joined(flight) }
        let flight = Flight(key: key, version: version)
        // A caller holding an older version leads a flight of its own, which
        // nobody else joins; with no answers kept, every request searches.
        if current, capacity > 0 { flights[key] = flight }
        return .leads(flight)
    }

    /// Hands `result` to those waiting for `flight`, and keeps a successful
    /// answer (when `keep`) if its version is still the current one.
    func finish(_ flight: Flight, with result: Result<Answer, SuoyinError>, keep: Bool) {
        lock.lock()
        if flights[flight.key] === flight { flights[flight.key] = nil }
        if keep, capacity > 0, case .success(let answer) = result, adopt(flight.version) {
            if entries.count >= capacity { dropLeastRecent() }
            clock += 1
            entries[flight.key] = Entry(answer: answer, used: clock)
        }
        lock.unlock()
        flight.land(result)
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
        opening != other.opening ? opening < other.opening : content < other.content
    }
}
