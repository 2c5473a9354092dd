/// Where, inside its object, an event keeps what its one-line listing shows (`time`, `end`,
/// `precision`, `approximate`, `actor`, `title`), and its `id` (which a merge compares
/// across files), noted by the first pass so that listing the event later reads those
/// strings directly instead of walking the object again.
///
/// 36 bytes an event. Places are counted from the event's `{` in 32 bits; an event whose
/// places do not fit (a single object over 4 GB, a `time` over 255 bytes) or that lacks a
/// `time` or a `title` is marked unusable and listed the long way; an id over 255 bytes is
/// not kept (`id(from:)` is nil and the id is read the long way).
struct ListingFieldSpans: Sendable {
    private var titleStart: UInt32 = 0
    private var titleLength: UInt32 = 0
    private var actorStart: UInt32 = 0
    private var actorLength: UInt32 = 0
    private var timeStart: UInt32 = 0
    private var endStart: UInt32 = 0
    private var idStart: UInt32 = 0
    private var timeLength: UInt8 = 0
    private var endLength: UInt8 = 0
    private var idLength: UInt8 = 0
    /// 0: no `precision`; k + 1: `Precision.allCases[k]`; `unknownPrecision`: written but
    /// not a precision.
    private var precisionCode: UInt8 = 0
    private var flags: Flags = []

    private static let unknownPrecision: UInt8 = 0xFF

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

    /// Unusable: the event is listed by reading its object again.
    init() {}

    /// The places of `e`'s listed fields, read by `cursor` (for the precision's text).
    init(_ e: EventFields, cursor: JSONCursor) {
        guard let time = e.time, let title = e.title else { return }
        let origin = e.objectStart
        func offset(_ t: StringToken) -> UInt32? {
            let d = t.start - origin
            guard d >= 0, d <= Int(UInt32.max) else { return nil }
            return UInt32(d)
        }
        func length32(_ t: StringToken) -> UInt32? { t.count <= Int(UInt32.max) ? UInt32(t.count) : nil }
        func length8(_ t: StringToken) -> UInt8? { t.count <= Int(UInt8.max) ? UInt8(t.count) : nil }

        guard let ts = offset(time), let tl = length8(time), let s = offset(title), let l = length32(title) else { return }
        timeStart = ts
        timeLength = tl
        titleStart = s
        titleLength = l
        var flags: Flags = [.usable]
        if time.needsDecoding { flags.insert(.timeEscaped) }
        if title.needsDecoding { flags.insert(.titleEscaped) }
        if e.approximate { flags.insert(.approximate) }
        if let end = e.end {
            guard let es = offset(end), let el = length8(end) else { return }
            endStart = es
            endLength = el
            flags.insert(.hasEnd)
            if end.needsDecoding { flags.insert(.endEscaped) }
        }
        if let actor = e.actor {
            guard let s = offset(actor), let l = length32(actor) else { return }
            actorStart = s
            actorLength = l
            flags.insert(.hasActor)
            if actor.needsDecoding { flags.insert(.actorEscaped) }
        }
        if let id = e.id {
            if let s = offset(id), let l = length8(id) {
                idStart = s
                idLength = l
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
        self.flags = flags
    }

    var isUsable: Bool { flags.contains(.usable) }
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
