/// The events of a timeline, sorted, as a random-access collection.
///
/// A wrapper rather than a bare array so that the storage can change without changing any
/// caller (see `EventStore`): a loaded JSON file keeps its events in the file and decodes
/// one when it is asked for (a few microseconds), so opening a million events does not
/// build a million of them. Iterate once and keep what you need, rather than subscripting
/// the same event repeatedly in a hot loop.
public struct EventList: RandomAccessCollection, Sendable {
    let store: any EventStore

    public init(_ events: [Event]) {
        store = ArrayEventStore(events)
    }

    init(store: any EventStore) {
        self.store = store
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { store.count }

    public subscript(position: Int) -> Event {
        store.event(at: position)
    }

    /// The event at `position` with only what a one-line listing shows: `time`, `end`,
    /// `precision`, `approximate`, `actor`, `title`, `fileIndex` and `sortInstant`. From a
    /// loaded file the other fields are left empty (`id` is ""), which makes this several
    /// times cheaper than the subscript; events built in memory come whole.
    public func listed(at position: Int) -> Event {
        store.listed(at: position)
    }

    /// Appends the event at `position` in our own JSON format, on one line (`--format json`
    /// and `jsonl`): from a loaded file of ours, its object as written.
    func appendOurJSON(at position: Int, to out: inout [UInt8]) {
        store.appendOurJSON(at: position, to: &out)
    }

    /// Every field of the event at `position` for a writer: from a loaded file, text as
    /// the file's own bytes where they need no decoding (see `EventValues`).
    func values(at position: Int) -> EventValues {
        store.values(at: position)
    }

    /// Where the events at `positions` start in their file (`FILE:LINE:COL` in a message
    /// naming them), by position; a position is missing when its store does not know.
    /// Asked for all at once: a loaded file counts its lines once for them all.
    public func places(at positions: [Int]) -> [Int: SourcePlace] {
        store.places(at: positions)
    }

    /// The instant the event at `position` sorts at, without decoding the event.
    public func sortInstant(at position: Int) -> Instant {
        store.sortInstant(at: position)
    }
}

extension EventList: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Event...) {
        self.init(elements)
    }
}
