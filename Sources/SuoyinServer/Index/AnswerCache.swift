import Foundation
import SuoyinCore
import Synchronization

/// Recent answers of the index, kept only while it is unchanged: the same
/// search asked again (the next reader of a shared link, a page reloaded,
/// the totals of a query paged through) is answered without reading the index.
///
/// Every entry belongs to one ``IndexProvider/Version``; the first lookup at
/// a newer version empties the cache, so an answer is never taken for the
/// current one after a commit of `suoyin index`. At most `capacity` answers
/// are kept: when full, the quarter used longest ago is dropped. A search
/// asked again while it is being answered at the same version waits for
/// that answer instead of searching a second time (``Flight``): after a
/// commit has emptied the cache, many readers of one slow query cost one
/// search, not one each.
///
/// The answers a commit displaced are kept aside as the *previous* ones
/// (until the file is reopened, e.g. after `--rebuild`): a lookup hands the
/// key's previous answer along with its search, so that the server can send
/// it to a reader who would otherwise wait long for the search again
/// (``IndexService``). Without this, a commit made every reader of a slow
/// query wait for it at once.
final class AnswerCache<Key: Hashable & Sendable, Answer: Sendable>: @unchecked Sendable {
    let capacity: Int

    // Everything below is guarded by `lock`.
    private let lock = NSLock()
    private var version: IndexProvider.Version?
    private var entries: [Key: Entry] = [:]
    /// The answers of earlier versions of the same opening, newest kept.
    private var previous: [Key: Answer] = [:]
    private var flights: [Key: Flight] = [:]
    private var clock = 0

    private struct Entry {
        var answer: Answer
        var used: Int
    }

    /// What a lookup found: the kept answer, a search of the same key at the
    /// same version to wait for, or nothing — the caller searches and
    /// ``finish(_:with:keep:)``es the flight it leads. With a search, the
    /// key's answer from before the last commit, if one was kept.
    enum Lookup {
        case kept(Answer)
        case joined(Flight, previous: Answer?)
        case leads(Flight, previous: Answer?)
    }

    /// One search under way; its result is handed to everyone who asked for
    /// it meanwhile. Those waiting are suspended, holding no thread.
    final class Flight: Sendable {
        let key: Key
        let version: IndexProvider.Version

        private struct State {
            var result: Result<Answer, SuoyinError>?
            var waiting: [Int: CheckedContinuation<Result<Answer, SuoyinError>?, Never>] = [:]
            var nextWaiter = 0
        }

        private let state = Mutex(State())

        init(key: Key, version: IndexProvider.Version) {
            self.key = key
            self.version = version
        }

        /// The result, once the leader has it.
        func result() async -> Result<Answer, SuoyinError> {
            await result(within: nil)!
        }

        /// The result if the leader has it within `seconds` (nil: however long it takes), else nil.
        func result(within seconds: TimeInterval?) async -> Result<Answer, SuoyinError>? {
            await withCheckedContinuation { continuation in
                let (ready, waiter) = state.withLock { state -> (Result<Answer, SuoyinError>?, Int) in
                    if let result = state.result { return (result, 0) }
                    state.nextWaiter += 1
                    state.waiting[state.nextWaiter] = continuation
                    return (nil, state.nextWaiter)
                }
                if let ready { return continuation.resume(returning: ready) }
                guard let seconds else { return }
                Task {
                    try? await Task.sleep(for: .seconds(seconds))
                    self.stopWaiting(waiter)
                }
            }
        }

        /// Gives up waiter `waiter`'s wait, unless the result came first.
        private func stopWaiting(_ waiter: Int) {
            state.withLock { $0.waiting.removeValue(forKey: waiter) }?.resume(returning: nil)
        }

        fileprivate func land(_ result: Result<Answer, SuoyinError>) {
            let waiting = state.withLock { state in
                state.result = result
                defer { state.waiting.removeAll() }
                return state.waiting
            }
            for continuation in waiting.values { continuation.resume(returning: result) }
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
        let before = current ? previous[key] : nil
        if let flight = flights[key], flight.version == version { return .joined(flight, previous: before) }
        let flight = Flight(key: key, version: version)
        // A caller holding an older version leads a flight of its own, which
        // nobody else joins; with no answers kept, every request searches.
        if current, capacity > 0 { flights[key] = flight }
        return .leads(flight, previous: before)
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
        if let current = self.version, current.opening == version.opening {
            // The newest answer of each key; the displaced ones alone when that would hold too many.
            let displaced = entries.mapValues(\.answer)
            previous.merge(displaced) { _, newer in newer }
            if previous.count > capacity { previous = displaced }
        } else {
            // Another file (a rebuild swapped in): nothing of the old one may be sent.
            previous.removeAll()
        }
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
