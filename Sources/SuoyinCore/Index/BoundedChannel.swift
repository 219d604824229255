import Foundation

/// A first-in first-out hand-over between one producer thread and one
/// consumer, holding at most `capacity` items so memory stays bounded.
final class BoundedChannel<Item: Sendable>: @unchecked Sendable {
    // All state is guarded by `condition`.
    private let condition = NSCondition()
    private var items: [Item] = []
    private var head = 0
    private var isClosed = false
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Adds `item`, waiting while the channel is full.
    func send(_ item: Item) {
        condition.lock()
        defer { condition.unlock() }
        while items.count - head >= capacity { condition.wait() }
        items.append(item)
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
        let item = items[head]
        head += 1
        if head > 64 && head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return item
    }
}
