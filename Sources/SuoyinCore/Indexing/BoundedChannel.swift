import Foundation

/// A first-in first-out hand-over between one producer thread and one
/// consumer, holding items up to a total weight so memory stays bounded.
///
/// The indexer weighs documents by their characters and allows a little
/// more than one write batch, so the reader prepares the next batch while
/// the writer writes the current one; an item heavier than the whole limit
/// still passes, alone.
final class BoundedChannel<Item: Sendable>: @unchecked Sendable {
    // All state is guarded by `condition`.
    private let condition = NSCondition()
    private var items: [(item: Item, weight: Int)] = []
    private var head = 0
    private var weight = 0
    private var isClosed = false
    private let capacity: Int

    /// A channel holding items of at most `capacity` total weight.
    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Adds `item`, waiting while the channel holds too much.
    func send(_ item: Item, weight itemWeight: Int = 1) {
        condition.lock()
        defer { condition.unlock() }
        while head < items.count && weight + itemWeight > capacity { condition.wait() }
        items.append((item, itemWeight))
        weight += itemWeight
        condition.broadcast()
    }

    /// Marks the end of the items; `receive` returns nil once all are taken.
    func close() {
        condition.lock()
        isClosed = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next item, waiting for one; nil after `close` and the last item.
    func receive() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count && !isClosed { condition.wait() }
        guard head < items.count else { return nil }
        let (item, itemWeight) = items[head]
        head += 1
        weight -= itemWeight
        if head > 64 && head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return item
    }
}
