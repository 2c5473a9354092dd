/// Where a timeline's events live, behind `EventList`: built in memory (`ArrayEventStore`,
/// what a new reader uses), or kept in the loaded file and decoded when asked for
/// (`JSONEventStore`, the JSON reader's). Positions are in sorted order.
///
/// Only `count`, `event(at:)` and `sortInstant(at:)` are required. The rest are shortcuts
/// a store may offer to make listing, export and search faster; each has a default that
/// gives the same answer the plain way, and tests compare the two.
protocol EventStore: Sendable {
    var count: Int { get }
    /// The whole event at `position`.
    func event(at position: Int) -> Event
    /// The instant the event at `position` sorts at, without decoding the event.
    func sortInstant(at position: Int) -> Instant

    /// The event with at least what a one-line listing shows (see `EventList.listed(at:)`).
    func listed(at position: Int) -> Event
    /// `listed(at:)`, except that text the store can give as it sits in the file (see
    /// `VerbatimLineText`) is given that way and left out of the event.
    func verbatimLine(at position: Int) -> (event: Event, text: VerbatimLineText?)
    /// `listed(at:)`, except that a title the store can give as bytes of the file (UTF-8
    /// with no escapes) is given that way and left out of the event (its `title` empty).
    func listedTitleBytes(at position: Int) -> (event: Event, title: UnsafeBufferPointer<UInt8>?)
    /// Reads what the listings of the events at `positions` read, in one quick loop, so
    /// that listing them next finds it in the processor's cache (a hint: no answer
    /// changes). Returns a value made of the bytes read, for the caller to keep, so that
    /// the reads are made.
    func touchListed(_ positions: ArraySlice<Int>) -> UInt8
    /// The positions in the order that reads them fastest; nil for ascending.
    var readingOrder: [Int32]? { get }
    /// The bytes holding the event at `position` (and maybe some that follow), for a
    /// quick look before matching; nil when the store has none.
    func rawBytes(at position: Int) -> UnsafeBufferPointer<UInt8>?
    /// `rawBytes(at:)` of the `i`-th position in `readingOrder`.
    func rawBytes(inReadingOrder i: Int) -> UnsafeBufferPointer<UInt8>?
    /// Which of `words` (all asked for, folded) an event's `rawBytes` must hold for it to
    /// match: fewer, or other words, when an event may hold text its bytes do not (an id
    /// the store makes; see `RecordQuickLook`). Empty: no quick look.
    func quickLookWords(_ words: [FoldedText]) -> [FoldedText]
    /// Whether the event at `position` meets `matcher`.
    func matches(_ matcher: EventFilter.Matcher, at position: Int, cache: inout FoldMemo) -> Bool
    /// Whether the event at `position` meets `expression`, the words of the quick look
    /// that were not found in it already left out of `present` (`ExpressionMatcher`).
    func matches(_ expression: ExpressionMatcher, at position: Int, present: UInt64, cache: inout FoldMemo) -> Bool
    /// The id of the event at `position`, "" for none.
    func id(at position: Int) -> String
    /// True only when the event at `position` surely meets a plain-text `matcher` from its
    /// title or actor alone; false proves nothing.
    func matchesListedText(_ matcher: EventFilter.Matcher, at position: Int, cache: inout FoldMemo) -> Bool
    /// Appends the event at `position` as one line of our own JSON format (no line break),
    /// so that reading it back gives the same event (see `OurJSONEvent`).
    func appendOurJSON(at position: Int, to out: inout [UInt8])
    /// Every field of the event at `position`, its text as bytes from the file where they
    /// are the text itself (see `EventValues`).
    func values(at position: Int) -> EventValues
    /// `values(at:)` written into `values`, whose lists a store may refill keeping their
    /// room: a writer of a million events reuses one.
    func values(at position: Int, into values: inout EventValues)
    /// Reads the bytes that `values(at:)` of the events at `positions` reads, in one quick
    /// loop, so that it then finds them in the processor's cache (a hint, as
    /// `touchListed`). Returns a value made of the bytes read, for the caller to keep.
    func touchObjects(_ positions: ArraySlice<Int>) -> UInt8
    /// Gives `body` the UTF-8 of the id of the event at `position` (empty when it has
    /// none), without decoding the event when the store can: a merge compares every id.
    func withId(at position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void)
    /// `withId(at:)` and `listedTitleBytes(at:)` of one event together: what a merge reads
    /// of every event, read once where the store decodes an event whole to give its id.
    func withIdAndListedTitle(at position: Int, _ body: (_ id: UnsafeBufferPointer<UInt8>, _ listed: Event, _ title: UnsafeBufferPointer<UInt8>?) -> Void)
    /// Gives `body` what a merge's duplicate check reads of the event at `position`: its
    /// time as `SameHappening` compares it, and its title's UTF-8 (the file's bytes where
    /// the store can), without making the event where the store can help.
    func withStampAndTitle(at position: Int, _ body: (_ stamp: SameHappening.Stamp, _ title: UnsafeBufferPointer<UInt8>) -> Void)
    /// `withId(at:)` and `withStampAndTitle(at:)` of one event in one call, where the store
    /// can read both at once: a merge's first read of each event.
    func withIdStampAndTitle(at position: Int,
                             _ body: (_ id: UnsafeBufferPointer<UInt8>, _ stamp: SameHappening.Stamp, _ title: UnsafeBufferPointer<UInt8>) -> Void)
    /// The title `withStampAndTitle` gives, without reading the time where the store can:
    /// the duplicate check compares the titles of events whose times it already matched.
    func withTitle(at position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void)
    /// Where the events at `positions` start in their file, by position, for a message
    /// that names them (not every store knows: a position may be missing).
    func places(at positions: [Int]) -> [Int: SourcePlace]
}

extension EventStore {
    func listed(at position: Int) -> Event { event(at: position) }
    func id(at position: Int) -> String { event(at: position).id }
    func verbatimLine(at position: Int) -> (event: Event, text: VerbatimLineText?) { (listed(at: position), nil) }
    func listedTitleBytes(at position: Int) -> (event: Event, title: UnsafeBufferPointer<UInt8>?) { (listed(at: position), nil) }
    func touchListed(_ positions: ArraySlice<Int>) -> UInt8 { 0 }
    var readingOrder: [Int32]? { nil }
    func rawBytes(at position: Int) -> UnsafeBufferPointer<UInt8>? { nil }
    func rawBytes(inReadingOrder i: Int) -> UnsafeBufferPointer<UInt8>? { nil }
    func quickLookWords(_ words: [FoldedText]) -> [FoldedText] { words }
    func matches(_ matcher: EventFilter.Matcher, at position: Int, cache: inout FoldMemo) -> Bool {
        matcher.matches(event(at: position))
    }
    func matchesListedText(_ matcher: EventFilter.Matcher, at position: Int, cache: inout FoldMemo) -> Bool { false }
    func matches(_ expression: ExpressionMatcher, at position: Int, present: UInt64, cache: inout FoldMemo) -> Bool {
        expression.matches(present: present, instant: { sortInstant(at: position) }) { matches($0, at: position, cache: &cache) }
    }
    func appendOurJSON(at position: Int, to out: inout [UInt8]) { OurJSONEvent.append(event(at: position), to: &out) }
    func values(at position: Int) -> EventValues { EventValues(event(at: position)) }
    func values(at position: Int, into values: inout EventValues) { values = self.values(at: position) }
    func touchObjects(_ positions: ArraySlice<Int>) -> UInt8 { 0 }
    func withId(at position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var id = event(at: position).id
        id.withUTF8(body)
    }
    func withIdAndListedTitle(at position: Int, _ body: (_ id: UnsafeBufferPointer<UInt8>, _ listed: Event, _ title: UnsafeBufferPointer<UInt8>?) -> Void) {
        let event = event(at: position)
        var id = event.id
        id.withUTF8 { body($0, event, nil) }
    }
    func withStampAndTitle(at position: Int, _ body: (_ stamp: SameHappening.Stamp, _ title: UnsafeBufferPointer<UInt8>) -> Void) {
        let (event, bytes) = listedTitleBytes(at: position)
        let stamp = SameHappening.Stamp(event)
        if let bytes { return body(stamp, bytes) }
        var title = event.title
        title.withUTF8 { body(stamp, $0) }
    }
    func withIdStampAndTitle(at position: Int,
                             _ body: (_ id: UnsafeBufferPointer<UInt8>, _ stamp: SameHappening.Stamp, _ title: UnsafeBufferPointer<UInt8>) -> Void) {
        withId(at: position) { id in withStampAndTitle(at: position) { body(id, $0, $1) } }
    }
    func withTitle(at position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        withStampAndTitle(at: position) { _, title in body(title) }
    }
    func places(at positions: [Int]) -> [Int: SourcePlace] {
        var found: [Int: SourcePlace] = [:]
        for p in positions { found[p] = event(at: p).place }
        return found
    }
}
