/// A piece of an event's text as a writer reads it: the bytes as they sit in the loaded
/// file, when they are the text itself (valid UTF-8, no escapes), or the text decoded.
/// Writers that write every field read events this way, so that a million events do not
/// cost a million sets of Swift strings.
enum TextValue {
    /// UTF-8 from the loaded file, which lives as long as the timeline. As text, a string
    /// the load checked, without escapes: no `"`, `\` or control character in it, so a
    /// JSON writer copies it as it is (an extra field's `json` is JSON text instead).
    case bytes(UnsafeBufferPointer<UInt8>)
    /// `bytes` that the first pass found simple (`DisplayWidth.simpleWidth` takes them:
    /// printable ASCII, Latin letters, typographic punctuation), so plain: neither
    /// measured nor checked again (`EventValueSpans`).
    case simple(UnsafeBufferPointer<UInt8>)
    case text(String)

    /// `body` given the value's UTF-8.
    @inline(__always)
    func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        switch self {
        case .bytes(let b), .simple(let b): return body(b)
        case .text(var s): return s.withUTF8(body)
        }
    }

    /// The bytes from the file, as they are (a checked JSON string without escapes), when
    /// the value is the file's.
    var fileBytes: UnsafeBufferPointer<UInt8>? {
        switch self {
        case .bytes(let b), .simple(let b): b
        case .text: nil
        }
    }

    /// The bytes from the file when `DisplayWidth.plainWidth` finds them plain: text that
    /// `SafeText` leaves as it is, so they can be written without neutralising.
    var plainBytes: UnsafeBufferPointer<UInt8>? {
        switch self {
        case .simple(let b): return b
        case .bytes(let b): return DisplayWidth.plainWidth(b) != nil ? b : nil
        case .text: return nil
        }
    }

    /// `DisplayWidth.plainWidth` of the bytes from the file (nil for decoded text). Simple
    /// text is a column a scalar (`simpleWidth`): its scalars counted, not measured again.
    var plainWidth: Int? {
        switch self {
        case .simple(let b): return DisplayWidth.scalarCount(b)
        case .bytes(let b): return DisplayWidth.plainWidth(b)
        case .text: return nil
        }
    }

    var string: String {
        switch self {
        case .bytes(let b), .simple(let b): String(decoding: b, as: UTF8.self)
        case .text(let s): s
        }
    }

    var isEmpty: Bool {
        switch self {
        case .bytes(let b), .simple(let b): b.isEmpty
        case .text(let s): s.isEmpty
        }
    }
}

/// Every field of one event, its text as `TextValue`s: what the writers of CSV, Timesketch
/// and TimelineJS read (see `EventStore.values(at:)`). The same values as the `Event`.
struct EventValues {
    var id: TextValue
    var time: EventTime
    var end: EventTime?
    var precision: Precision
    var approximate: Bool
    var actor: TextValue?
    var kind: TextValue?
    var title: TextValue
    var text: TextValue?
    var quote: (text: TextValue, lang: TextValue?)?
    var sources: [(name: TextValue, url: TextValue?)]
    var tags: [TextValue]
    /// Each unknown field's name and its value as compact JSON.
    var extraFields: [(name: TextValue, json: TextValue)]
    var origins: [String]
    /// `Event.dateZone`: the zone of a date when not the timeline's.
    var dateZone: String?
    /// Whether the title's (the actor's) bytes are known to be plain (`TextValue.plainBytes`
    /// not nil), as the first pass measured them (`ListingFieldSpans`); false: not known,
    /// `plainTitle` and `plainActor` look.
    var titleKnownPlain = false
    var actorKnownPlain = false

    /// `title.plainBytes`, without measuring it again when the first pass did.
    var plainTitle: UnsafeBufferPointer<UInt8>? {
        if titleKnownPlain, let b = title.fileBytes { return b }
        return title.plainBytes
    }

    /// `actor?.plainBytes`, the same way.
    var plainActor: UnsafeBufferPointer<UInt8>? {
        if actorKnownPlain, let b = actor?.fileBytes { return b }
        return actor?.plainBytes
    }

    /// No event yet: what a writer fills again and again (`EventStore.values(at:into:)`).
    init() {
        id = .text("")
        time = .day(CivilDate(year: 1970, month: 1, day: 1))
        end = nil
        precision = .day
        approximate = false
        title = .text("")
        sources = []
        tags = []
        extraFields = []
        origins = []
    }

    /// Every field emptied, the lists keeping their room, for the next event.
    mutating func clear() {
        id = .text("")
        end = nil
        approximate = false
        actor = nil
        kind = nil
        title = .text("")
        text = nil
        quote = nil
        // Emptied from the end, and only the lists that hold something: an event has a
        // few sources and tags, and `removeAll(keepingCapacity:)` goes through the general
        // `replaceSubrange` (a few hundred instructions a list, empty or not).
        while !sources.isEmpty { sources.removeLast() }
        while !tags.isEmpty { tags.removeLast() }
        while !extraFields.isEmpty { extraFields.removeLast() }
        while !origins.isEmpty { origins.removeLast() }
        dateZone = nil
        titleKnownPlain = false
        actorKnownPlain = false
    }

    init(_ e: Event) {
        id = .text(e.id)
        time = e.time
        end = e.end
        precision = e.precision
        approximate = e.approximate
        actor = e.actor.map(TextValue.text)
        kind = e.kind.map(TextValue.text)
        title = .text(e.title)
        text = e.text.map(TextValue.text)
        quote = e.quote.map { (.text($0.text), $0.lang.map(TextValue.text)) }
        sources = e.sources.map { (.text($0.name), $0.url.map(TextValue.text)) }
        tags = e.tags.map(TextValue.text)
        extraFields = e.extraFields.map { (.text($0.name), .text($0.json)) }
        origins = e.origins
        dateZone = e.dateZone
    }

    init(id: TextValue, time: EventTime, end: EventTime?, precision: Precision, approximate: Bool,
         actor: TextValue?, kind: TextValue?, title: TextValue, text: TextValue?,
         quote: (text: TextValue, lang: TextValue?)?, sources: [(name: TextValue, url: TextValue?)],
         tags: [TextValue], extraFields: [(name: TextValue, json: TextValue)]) {
        self.id = id
        self.time = time
        self.end = end
        self.precision = precision
        self.approximate = approximate
        self.actor = actor
        self.kind = kind
        self.title = title
        self.text = text
        self.quote = quote
        self.sources = sources
        self.tags = tags
        self.extraFields = extraFields
        self.origins = []
    }
}
