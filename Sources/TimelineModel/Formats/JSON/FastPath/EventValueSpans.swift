/// Where each event keeps its values other than the listed ones (`ListingFieldSpans`):
/// `kind`, `text`, the quote, each tag, each source's name and URL, each unknown or extra
/// field's name and value, noted by the first pass as it reads them when the export will
/// write every field of every event (`ReadOptions.keepsEventValues`). The writers of CSV,
/// Timesketch and TimelineJS then take an event's values (`JSONEventStore.values(at:)`)
/// from these places instead of walking its object a second time.
///
/// Kept by file index, in the order the file writes them: an event's places are a run of
/// `spans`, each 8 bytes (where from the event's `{`, how long, what it is, whether it has
/// escapes, whether it is simple text: see `TextValue.simple`). An event whose places do
/// not fit (a value over 64 MiB or 4 GiB from its `{`) is marked not kept, and its object
/// is walked as before.
struct EventValueSpans: Sendable {
    /// What a place holds.
    enum Role: UInt32 {
        case kind, text, quoteText, quoteLang, tag, sourceName, sourceURL, extraName, extraValue
    }

    /// One value: `start` from the event's `{`; `bits` holds the role (4 bits), whether the
    /// string has escapes (1 bit), whether it is simple (1 bit) and the length (26 bits).
    struct Span: Sendable {
        let start: UInt32
        let bits: UInt32

        var role: Role? { Role(rawValue: bits & 0xF) }
        var escaped: Bool { bits & 0x10 != 0 }
        var simple: Bool { bits & 0x20 != 0 }
        var length: Int { Int(bits >> 6) }
    }

    /// One event: its first span and how many it has (`notKept`: none noted).
    struct Entry: Sendable {
        let first: UInt32
        let count: UInt32
    }

    static let notKept = UInt32.max
    private static let maxLength = (1 << 26) - 1

    /// Whether each string's simplicity is found as it is read (`TextValue.simple`): for
    /// the writers that check text (CSV's cells, HTML, Markdown), not Timesketch's.
    let measuresText: Bool

    private(set) var spans: [Span] = []
    /// By file index.
    private(set) var entries: [Entry] = []
    /// The `{` of the event being read, where its spans start, and whether they all fit.
    private var origin = 0
    private var first = 0
    private var fits = true

    init(measuringText: Bool = true) {
        measuresText = measuringText
    }

    /// An event starts at `objectStart` (its `{`).
    @inline(__always)
    mutating func begin(at objectStart: Int) {
        origin = objectStart
        first = spans.count
        fits = true
    }

    /// The event begun last is read whole: its entry. An event that failed to read has
    /// none (the load fails, or its JSON Lines line is refused), and the spans it left are
    /// never looked at.
    mutating func finish() {
        let count = spans.count - first
        let kept = fits && first <= Int(UInt32.max) && count < Int(Self.notKept)
        entries.append(kept ? Entry(first: UInt32(first), count: UInt32(count)) : Entry(first: 0, count: Self.notKept))
    }

    @inline(__always)
    private mutating func note(start: Int, length: Int, escaped: Bool, simple: Bool, _ role: Role) {
        let d = start &- origin
        guard d >= 0, d <= Int(UInt32.max), length <= Self.maxLength else {
            fits = false
            return
        }
        spans.append(Span(start: UInt32(d), bits: UInt32(length) << 6 | (simple ? 0x20 : 0) | (escaped ? 0x10 : 0) | role.rawValue))
    }

    /// The spans of the event at `fileIndex`, nil when they were not kept.
    func event(_ fileIndex: Int) -> Range<Int>? {
        guard fileIndex < entries.count else { return nil }
        let e = entries[fileIndex]
        guard e.count != Self.notKept else { return nil }
        return Int(e.first)..<(Int(e.first) + Int(e.count))
    }

    var count: Int { entries.count }

    mutating func reserveCapacity(events: Int) {
        // As many spans an event as so far, and a tenth more.
        let perEvent = entries.isEmpty ? 4 : (spans.count + entries.count - 1) / entries.count
        entries.reserveCapacity(events)
        spans.reserveCapacity(spans.count + (events - entries.count) * perEvent * 11 / 10)
    }

    /// The events of `other` (a later part of the same file) after these.
    mutating func append(contentsOf other: EventValueSpans) {
        let shift = spans.count
        spans.append(contentsOf: other.spans)
        entries.reserveCapacity(entries.count + other.entries.count)
        for e in other.entries {
            let first = Int(e.first) + shift
            entries.append(e.count == Self.notKept || first > Int(UInt32.max)
                           ? Entry(first: 0, count: Self.notKept) : Entry(first: UInt32(first), count: e.count))
        }
    }
}

/// What the first pass tells of each event's values (`TimelineScan.takeEvent`): where an
/// event starts, each of its values that a listing does not read (`Role`) as
/// `JSONCursor.readEvent` checks and moves past it, in the order the object writes them
/// (a quote's text before its language, a source's name before its URL), and when the
/// event is read.
protocol EventValueSink {
    /// Whether the values' strings are read measured (`JSONCursor.valueString`), to say
    /// which are simple.
    var measuresText: Bool { get }
    mutating func begin(at objectStart: Int)
    mutating func value(_ role: EventValueSpans.Role, _ t: StringToken, simple: Bool)
    mutating func extra(name: StringToken, value: Range<Int>)
    mutating func finish()
    /// Room for `events` events in all.
    mutating func reserveCapacity(events: Int)
}

/// Told nothing: what every reading but an export's first pass passes.
struct NoEventValues: EventValueSink {
    var measuresText: Bool { false }
    @inline(__always) mutating func begin(at objectStart: Int) {}
    @inline(__always) mutating func value(_ role: EventValueSpans.Role, _ t: StringToken, simple: Bool) {}
    @inline(__always) mutating func extra(name: StringToken, value: Range<Int>) {}
    @inline(__always) mutating func finish() {}
    @inline(__always) mutating func reserveCapacity(events: Int) {}
}

extension EventValueSpans: EventValueSink {
    @inline(__always)
    mutating func value(_ role: Role, _ t: StringToken, simple: Bool) {
        note(start: t.start, length: t.count, escaped: t.needsDecoding, simple: simple && !t.needsDecoding, role)
    }

    @inline(__always)
    mutating func extra(name: StringToken, value: Range<Int>) {
        note(start: name.start, length: name.count, escaped: name.needsDecoding, simple: false, .extraName)
        note(start: value.lowerBound, length: value.count, escaped: false, simple: false, .extraValue)
    }
}
