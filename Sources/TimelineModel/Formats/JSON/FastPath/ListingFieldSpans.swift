/// Where, inside its object, an event keeps what its one-line listing shows (`time`, `end`,
/// `precision`, `approximate`, `actor`, `title`), and its `id` (which a merge compares
/// across files), noted by the first pass so that listing the event later reads those
/// strings directly instead of walking the object again; and the columns of the actor and
/// title when a line can show them as written (`VerbatimTextMeter`), measured while their
/// bytes were at hand.
///
/// The first pass's reading of the time is kept too when the record's sort instant is
/// that time's instant (`timeForm`): listing the event then rebuilds its time from the
/// record instead of parsing the text again.
///
/// 44 bytes an event. Places are counted from the event's `{` in 32 bits; an event whose
/// places do not fit (a single object over 4 GB, a `time` over 255 bytes) or that lacks a
/// `time` or a `title` is marked unusable and listed the long way.
struct ListingFieldSpans: Sendable {
    private var titleStart: UInt32 = 0
    private var titleLength: UInt32 = 0
    private var actorStart: UInt32 = 0
    private var actorLength: UInt32 = 0
    private var timeStart: UInt32 = 0
    private var endStart: UInt32 = 0
    /// The columns of the title and the actor as written; `notAsWritten` when a line
    /// cannot show them so (or they are wider than this can count).
    private var titleColumns: UInt16 = Self.notAsWritten
    private var actorColumns: UInt16 = Self.notAsWritten
    private var idStart: UInt32 = 0
    private var timeLength: UInt8 = 0
    private var endLength: UInt8 = 0
    private var idLength: UInt8 = 0
    /// 0: no `precision`; k + 1: `Precision.allCases[k]`; `unknownPrecision`: written but
    /// not a precision.
    private var precisionCode: UInt8 = 0
    private var flags: Flags = []
    private var textFlags: TextFlags = []
    /// The offset the time was written with, in minutes (see `timeForm`).
    private var offsetMinutes: Int16 = 0
    /// `hasTimeForm`, `formHasSeconds`, `formZoneAssumed` and, from bit 3, the digits of a
    /// fraction of a second written.
    private var formBits: UInt8 = 0

    private static let hasTimeForm: UInt8 = 1 << 0
    private static let formHasSeconds: UInt8 = 1 << 1
    private static let formZoneAssumed: UInt8 = 1 << 2

    private static let unknownPrecision: UInt8 = 0xFF
    private static let notAsWritten = UInt16.max

    private struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        static let usable = Flags(rawValue: 1 << 0)
        static let approximate = Flags(rawValue: 1 << 1)
        static let hasActor = Flags(rawValue: 1 << 2)
        static let hasEnd = Flags(rawValue: 1 << 3)
        static let titleEscaped = Flags(rawValue: 1 << 4)
        static let actorEscaped = Flags(rawValue: 1 << 5)
        static let timeEscaped = Flags(rawValue: 1 << 6)
        static let endEscaped = Flags(rawValue: 1 << 7)
        static let hasId = Flags(rawValue: 1 << 8)
        static let idEscaped = Flags(rawValue: 1 << 9)
        static let idNotKept = Flags(rawValue: 1 << 10)
    }

    /// Which of the title and actor as written `LineWrapping.appendSimpleLines` can wrap.
    private struct TextFlags: OptionSet, Sendable {
        let rawValue: UInt8
        static let titleWrapsByBytes = TextFlags(rawValue: 1 << 0)
        static let actorWrapsByBytes = TextFlags(rawValue: 1 << 1)
        /// The title and actor were not measured while loading (`measuredAsWritten`).
        static let notMeasured = TextFlags(rawValue: 1 << 2)
    }

    /// Unusable: the event is listed by reading its object again.
    init() {}

    /// The places of `e`'s listed fields, read by `cursor` (for the precision's text);
    /// `meter` measures the title and actor (nil: they are measured when first asked for,
    /// see `measuredAsWritten`). `instantForm`: how the time was written, when the event's
    /// record sorts at the time's instant (see `timeForm`).
    init(_ e: EventFields, cursor: JSONCursor, meter: inout VerbatimTextMeter?, instantForm: EventTime.WrittenForm? = nil) {
        guard let time = e.time, let title = e.title else { return }
        let origin = e.objectStart
        /// Where `t` starts from the `{` and how long it is, when that fits in 32 bits
        /// (`maxLength` less for a time).
        func span(_ t: StringToken, maxLength: Int = Int(UInt32.max)) -> (start: UInt32, length: Int)? {
            let d = t.start - origin
            guard d >= 0, d <= Int(UInt32.max), t.count <= maxLength else { return nil }
            return (UInt32(d), t.count)
        }
        /// The columns of `t` as written, if a line can show it so; `simple` is what the
        /// reading measured (`EventFields.titleSimpleColumns`), so that only text that is
        /// not plain is measured again.
        func measure(_ t: StringToken, simple: Int?) -> VerbatimTextMeter.Measure? {
            guard !t.needsDecoding, t.count < Int(Self.notAsWritten), meter != nil else { return nil }
            if let simple, simple >= 0 { return VerbatimTextMeter.Measure(columns: simple, wrapsByBytes: true) }
            let bytes = UnsafeBufferPointer(start: cursor.base + t.start, count: t.count)
            return simple == nil ? meter?.measure(bytes) : meter?.measureNotSimple(bytes)
        }
        if meter == nil { textFlags.insert(.notMeasured) }
        let byte = Int(UInt8.max)
        guard let (ts, tl) = span(time, maxLength: byte), let (s, l) = span(title) else { return }
        (timeStart, timeLength, titleStart, titleLength) = (ts, UInt8(tl), s, UInt32(l))
        var flags: Flags = [.usable]
        if time.needsDecoding { flags.insert(.timeEscaped) }
        if title.needsDecoding { flags.insert(.titleEscaped) }
        if e.approximate { flags.insert(.approximate) }
        if let end = e.end {
            guard let (es, el) = span(end, maxLength: byte) else { return }
            (endStart, endLength) = (es, UInt8(el))
            flags.insert(.hasEnd)
            if end.needsDecoding { flags.insert(.endEscaped) }
        }
        if let actor = e.actor {
            guard let (s, l) = span(actor) else { return }
            (actorStart, actorLength) = (s, UInt32(l))
            flags.insert(.hasActor)
            if actor.needsDecoding { flags.insert(.actorEscaped) }
            if let m = measure(actor, simple: e.actorSimpleColumns), m.columns < Int(Self.notAsWritten) {
                actorColumns = UInt16(m.columns)
                if m.wrapsByBytes { textFlags.insert(.actorWrapsByBytes) }
            }
        }
        if let m = measure(title, simple: e.titleSimpleColumns), m.columns < Int(Self.notAsWritten) {
            titleColumns = UInt16(m.columns)
            if m.wrapsByBytes { textFlags.insert(.titleWrapsByBytes) }
        }
        if let id = e.id {
            if let (s, l) = span(id, maxLength: byte) {
                (idStart, idLength) = (s, UInt8(l))
                flags.insert(.hasId)
                if id.needsDecoding { flags.insert(.idEscaped) }
            } else {
                flags.insert(.idNotKept)
            }
        }
        if let p = e.precision {
            let index = Precision(rawValue: cursor.string(p)).flatMap { Precision.allCases.firstIndex(of: $0) }
            precisionCode = index.map { UInt8($0 + 1) } ?? Self.unknownPrecision
        }
        if let form = instantForm, form.offsetSeconds % 60 == 0, abs(form.offsetSeconds / 60) <= Int(Int16.max),
           form.fractionDigits >= 0, form.fractionDigits < 32 {
            offsetMinutes = Int16(form.offsetSeconds / 60)
            formBits = Self.hasTimeForm | UInt8(form.fractionDigits) << 3
            if form.hasSeconds { formBits |= Self.formHasSeconds }
            if form.zoneAssumed { formBits |= Self.formZoneAssumed }
        }
        self.flags = flags
    }

    /// How the event's time was written, when the first pass kept it: then the time is
    /// `.instant(record's sort instant, this form)`, the same as parsing its text gives.
    var timeForm: EventTime.WrittenForm? {
        guard formBits & Self.hasTimeForm != 0 else { return nil }
        return EventTime.WrittenForm(
            offsetSeconds: Int(offsetMinutes) * 60, hasSeconds: formBits & Self.formHasSeconds != 0,
            fractionDigits: Int(formBits >> 3), zoneAssumed: formBits & Self.formZoneAssumed != 0
        )
    }

    var isUsable: Bool { flags.contains(.usable) }

    /// Whether `titleAsWritten` and `actorAsWritten` were measured while loading.
    var isMeasured: Bool { !textFlags.contains(.notMeasured) }

    /// These places with the title and actor of the event whose `{` is at `origin` in
    /// `base` measured now (what loading left out: the same measure, `measureAnywhere`).
    func measuredAsWritten(origin: Int, base: UnsafePointer<UInt8>) -> ListingFieldSpans {
        guard !isMeasured else { return self }
        var p = self
        p.textFlags = []
        func measure(_ t: StringToken) -> VerbatimTextMeter.Measure? {
            guard !t.needsDecoding, t.count < Int(Self.notAsWritten) else { return nil }
            return VerbatimTextMeter.measureAnywhere(UnsafeBufferPointer(start: base + t.start, count: t.count))
        }
        if let actor = actor(from: origin), let m = measure(actor), m.columns < Int(Self.notAsWritten) {
            p.actorColumns = UInt16(m.columns)
            if m.wrapsByBytes { p.textFlags.insert(.actorWrapsByBytes) }
        }
        if let m = measure(title(from: origin)), m.columns < Int(Self.notAsWritten) {
            p.titleColumns = UInt16(m.columns)
            if m.wrapsByBytes { p.textFlags.insert(.titleWrapsByBytes) }
        }
        return p
    }

    /// The title's columns as written, and whether it wraps by bytes; nil when a line
    /// cannot show it as written.
    var titleAsWritten: (columns: Int, wrapsByBytes: Bool)? {
        titleColumns == Self.notAsWritten ? nil : (Int(titleColumns), textFlags.contains(.titleWrapsByBytes))
    }

    /// `titleAsWritten` for the actor (nil also when there is none).
    var actorAsWritten: (columns: Int, wrapsByBytes: Bool)? {
        actorColumns == Self.notAsWritten ? nil : (Int(actorColumns), textFlags.contains(.actorWrapsByBytes))
    }
    var approximate: Bool { flags.contains(.approximate) }

    var precision: Precision? {
        guard precisionCode != 0, precisionCode != Self.unknownPrecision else { return nil }
        return Precision.allCases[Int(precisionCode) - 1]
    }

    /// The `time` token of the event whose `{` is at `origin`.
    func time(from origin: Int) -> StringToken {
        token(origin, timeStart, Int(timeLength), flags.contains(.timeEscaped))
    }

    func end(from origin: Int) -> StringToken? {
        guard flags.contains(.hasEnd) else { return nil }
        return token(origin, endStart, Int(endLength), flags.contains(.endEscaped))
    }

    func title(from origin: Int) -> StringToken {
        token(origin, titleStart, Int(titleLength), flags.contains(.titleEscaped))
    }

    func actor(from origin: Int) -> StringToken? {
        guard flags.contains(.hasActor) else { return nil }
        return token(origin, actorStart, Int(actorLength), flags.contains(.actorEscaped))
    }

    /// Whether `id(from:)` answers: false for an id over 255 bytes.
    var idIsKept: Bool { !flags.contains(.idNotKept) }

    /// The `id` token; nil when the event has none (or, see `idIsKept`, it was not kept).
    func id(from origin: Int) -> StringToken? {
        guard flags.contains(.hasId) else { return nil }
        return token(origin, idStart, Int(idLength), flags.contains(.idEscaped))
    }

    @inline(__always)
    private func token(_ origin: Int, _ start: UInt32, _ length: Int, _ escaped: Bool) -> StringToken {
        let s = origin + Int(start)
        return StringToken(start: s, end: s + length, needsDecoding: escaped)
    }
}
