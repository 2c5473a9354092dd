/// The events of a timeline, sorted, as a random-access collection.
///
/// A wrapper rather than a bare array so that the storage can change without changing any
/// caller: a loaded file keeps its events in the file and decodes one when it is asked for
/// (a few microseconds), so opening a million events does not build a million of them.
/// Iterate once and keep what you need, rather than subscripting the same event repeatedly
/// in a hot loop.
public struct EventList: RandomAccessCollection, Sendable {
    private enum Storage: Sendable {
        case events([Event])
        case lazy(LazyEvents)
    }

    private var storage: Storage

    public init(_ events: [Event]) {
        self.storage = .events(events)
    }

    init(lazy: LazyEvents) {
        self.storage = .lazy(lazy)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int {
        switch storage {
        case .events(let events): events.count
        case .lazy(let lazy): lazy.records.count
        }
    }

    public subscript(position: Int) -> Event {
        switch storage {
        case .events(let events): events[position]
        case .lazy(let lazy): lazy.event(at: position)
        }
    }

    /// The event at `position` with only what a one-line listing shows: `time`, `end`,
    /// `precision`, `approximate`, `actor`, `title`, `fileIndex` and `sortInstant`. From a
    /// loaded file the other fields are left empty (`id` is ""), which makes this several
    /// times cheaper than the subscript; events given as an array come whole.
    public func listed(at position: Int) -> Event {
        switch storage {
        case .events(let events): events[position]
        case .lazy(let lazy): lazy.event(at: position, full: false)
        }
    }

    /// `listed(at:)`, except that plain text (see `PlainLine`) is given as the file's
    /// bytes and left out of the event.
    func forLine(at position: Int) -> (event: Event, plain: PlainLine?) {
        switch storage {
        case .events(let events): (events[position], nil)
        case .lazy(let lazy): lazy.forLine(at: position)
        }
    }

    /// The positions in the order that reads them fastest (a loaded file's order); nil
    /// for ascending.
    var readingOrder: [Int32]? {
        switch storage {
        case .events: nil
        case .lazy(let lazy): lazy.fileOrder
        }
    }

    /// The bytes in the file holding the event at `position` (and maybe some that follow);
    /// nil for events given as an array.
    func rawBytes(at position: Int) -> UnsafeBufferPointer<UInt8>? {
        switch storage {
        case .events: nil
        case .lazy(let lazy): lazy.rawBytes(inFileOrder: Int(lazy.records[position].fileIndex))
        }
    }

    /// `rawBytes(at:)` of the `i`-th position in `readingOrder`, read front to back.
    func rawBytes(inReadingOrder i: Int) -> UnsafeBufferPointer<UInt8>? {
        switch storage {
        case .events: nil
        case .lazy(let lazy): lazy.rawBytes(inFileOrder: i)
        }
    }

    /// Whether the event at `position` meets `matcher`; from a loaded file, without
    /// decoding the event.
    func matches(_ matcher: EventFilter.Matcher, at position: Int, cache: inout FoldCache) -> Bool {
        switch storage {
        case .events(let events): matcher.matches(events[position])
        case .lazy(let lazy): lazy.matches(matcher, at: position, cache: &cache)
        }
    }

    /// Whether the event at `position` is sure to meet a plain-text `matcher` from its title
    /// or actor alone (see `LazyEvents.matchesListedText`); false when that cannot be told.
    func matchesListedText(_ matcher: EventFilter.Matcher, at position: Int, cache: inout FoldCache) -> Bool {
        switch storage {
        case .events: false
        case .lazy(let lazy): lazy.matchesListedText(matcher, at: position, cache: &cache)
        }
    }

    /// The instant the event at `position` sorts at, without decoding the event.
    public func sortInstant(at position: Int) -> Instant {
        switch storage {
        case .events(let events): events[position].sortInstant
        case .lazy(let lazy): lazy.records[position].sortInstant
        }
    }
}

extension EventList: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Event...) {
        self.init(elements)
    }
}
