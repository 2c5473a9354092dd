/// The events of a timeline, sorted, as a random-access collection.
///
/// A wrapper rather than a bare array so that the storage can change (for example to
/// events decoded lazily from a memory-mapped file) without changing any caller.
public struct EventList: RandomAccessCollection, Sendable {
    private var storage: [Event]

    public init(_ events: [Event]) {
        self.storage = events
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { storage.count }

    public subscript(position: Int) -> Event {
        storage[position]
    }
}

extension EventList: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Event...) {
        self.init(elements)
    }
}
