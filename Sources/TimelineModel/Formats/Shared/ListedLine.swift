import Foundation

/// What a one-line listing of a record-per-line file's event shows, kept by the first pass
/// so that the export and the search read no record again for it: the title and actor as
/// byte ranges of the record (when the file's bytes are that text and a line can show them
/// as written, `VerbatimTextMeter`) and how the time was written (its instant is the
/// event's sort instant). The `JSONEventStore`'s `ListingFieldSpans` for other tools' files.
///
/// 8 bytes an event (peak memory stays under twice the file): the widths are measured
/// again when a line is made, which costs far less than reading the record. An event whose
/// listing this cannot hold (a title with escapes or collapsed spaces, text that a line
/// does not show as written or that starts past 4 KB into its record, a day-only time, an
/// end, an offset that is not whole quarter hours) is marked unusable and listed by
/// reading its record again.
struct ListedLine: Sendable {
    /// Bits 0–11: where the title starts, counted from the record's start; 12–21: its
    /// length in bytes; 22–33, 34–43: the same for the actor; 44–51: the written offset in
    /// quarter hours plus 128; 52–55: fraction digits; then the flags below; 60–62: the
    /// stated precision (0: none; k + 1: `Precision.allCases[k]`). A made listing's bits
    /// 0–43 say where its entry starts in its part's `MadeTitles`.
    private var packed: UInt64 = 0

    private static let hasSeconds: UInt64 = 1 << 56
    private static let usable: UInt64 = 1 << 57
    private static let hasActor: UInt64 = 1 << 58
    private static let approximate: UInt64 = 1 << 59
    private static let made: UInt64 = 1 << 63
    private static let spans: UInt64 = 1 << 44 - 1

    /// Unusable: the event is listed by reading its record again.
    init() {}

    /// The listing of `draft`, read from the record at `record` whose title and actor
    /// fields start where `reading` says; unusable unless the file's bytes there are the
    /// draft's title and actor exactly and a line shows them as written.
    init(_ draft: EventDraft, _ reading: RecordReading, record: Int, bytes: FileBytes, meter: inout VerbatimTextMeter) {
        guard draft.end == nil, Self.listable(draft.time),
              let title = Self.span(of: draft.title, at: reading.titleAt, record: record, bytes: bytes, meter: &meter)
        else { return }
        var actor: (start: Int, length: Int)?
        if let a = draft.actor, !a.isEmpty {
            guard let span = Self.span(of: a, at: reading.actorAt, record: record, bytes: bytes, meter: &meter) else { return }
            actor = span
        }
        packed = Self.packed(time: draft.time, title: title, actor: actor, precision: draft.precision, approximate: draft.approximate)
    }

    /// The listing of a record the first pass skimmed (its title and actor are the file's
    /// bytes); unusable unless a line shows them as written, or when its title is made.
    init(_ skimmed: SkimmedRecord, record: Int, bytes: FileBytes, meter: inout VerbatimTextMeter) {
        guard skimmed.end == nil, Self.listable(skimmed.time), let range = skimmed.title,
              let title = Self.span(range, record: record, bytes: bytes, meter: &meter)
        else { return }
        var actor: (start: Int, length: Int)?
        if let a = skimmed.actor, !a.isEmpty {
            guard let span = Self.span(a, record: record, bytes: bytes, meter: &meter) else { return }
            actor = span
        }
        packed = Self.packed(time: skimmed.time, title: title, actor: actor, precision: skimmed.precision,
                             approximate: skimmed.approximate)
    }

    /// The listing of a record the first pass skimmed whose title and actor it made from
    /// several fields, into `made` at `entry` (`SkimmedRecord.made`); unusable unless a line
    /// shows them as written (`MadeTitles.measure`).
    init(_ skimmed: SkimmedRecord, entry: Int, made: MadeTitles, meter: inout VerbatimTextMeter) {
        guard skimmed.end == nil, Self.listable(skimmed.time), entry <= Self.spans, made.measure(entry, meter: &meter)
        else { return }
        packed = Self.packed(time: skimmed.time, title: (0, 0), actor: nil, precision: skimmed.precision,
                             approximate: skimmed.approximate) | UInt64(entry) | Self.made
    }

    /// Whether the packing holds how `time` was written.
    private static func listable(_ time: EventTime) -> Bool {
        guard case .instant(_, let form) = time else { return false }
        return form.offsetSeconds % 900 == 0 && abs(form.offsetSeconds / 900) < 128 && form.fractionDigits < 16
    }

    /// A usable listing of an instant (`listable`) with its title and actor at these spans.
    private static func packed(time: EventTime, title: (start: Int, length: Int), actor: (start: Int, length: Int)?,
                               precision: Precision?, approximate: Bool) -> UInt64 {
        guard case .instant(_, let form) = time else { return 0 }
        var p = UInt64(title.start) | UInt64(title.length) << 12
        if let a = actor { p |= UInt64(a.start) << 22 | UInt64(a.length) << 34 | hasActor }
        p |= UInt64(form.offsetSeconds / 900 + 128) << 44 | UInt64(form.fractionDigits) << 52
        if let precision, let k = Precision.allCases.firstIndex(of: precision) { p |= UInt64(k + 1) << 60 }
        return p | usable | (form.hasSeconds ? hasSeconds : 0) | (approximate ? Self.approximate : 0)
    }

    /// Where `text` sits in the field at `at` (after its quote, and a `'` before it),
    /// counted from `record`, when the file's bytes there are `text` and a line shows it
    /// as written.
    private static func span(of text: String, at: Int?, record: Int, bytes: FileBytes, meter: inout VerbatimTextMeter)
        -> (start: Int, length: Int)? {
        guard var start = at, start >= record, start < bytes.count else { return nil }
        if bytes.base[start] == 0x22 { start += 1 }
        var text = text
        return text.withUTF8 { utf8 -> (Int, Int)? in
            let n = utf8.count
            func matches(_ at: Int) -> Bool { at + n <= bytes.count && memcmp(bytes.base + at, utf8.baseAddress!, n) == 0 }
            // The text may follow the `'` that defuses a formula in a spreadsheet's cell.
            if n > 0, !matches(start), start + 1 < bytes.count, bytes.base[start] == 0x27 { start += 1 }
            guard n > 0, n < 1024, start - record < 4096, matches(start), meter.measure(utf8) != nil
            else { return nil }
            return (start - record, n)
        }
    }

    /// `bytes`, text of the record at `record`, counted from it, when a line shows it as written.
    private static func span(_ range: Range<Int>, record: Int, bytes: FileBytes, meter: inout VerbatimTextMeter)
        -> (start: Int, length: Int)? {
        let n = range.count
        guard n > 0, n < 1024, range.lowerBound >= record, range.lowerBound - record < 4096,
              meter.measure(UnsafeBufferPointer(start: bytes.base + range.lowerBound, count: n)) != nil
        else { return nil }
        return (range.lowerBound - record, n)
    }

    var isUsable: Bool { packed & Self.usable != 0 }

    /// Whether its title and actor are in its part's `MadeTitles`, at `madeEntry`.
    var isMade: Bool { packed & Self.made != 0 }
    var madeEntry: Int { Int(packed & Self.spans) }

    /// The title's bytes in the file, for the record at `record` (a listing not made).
    func title(_ bytes: FileBytes, record: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: bytes.base + record + Int(packed & 0xFFF), count: Int(packed >> 12 & 0x3FF))
    }

    /// The actor's bytes in the file, for the record at `record`; nil for none (a listing not made).
    func actor(_ bytes: FileBytes, record: Int) -> UnsafeBufferPointer<UInt8>? {
        guard packed & Self.hasActor != 0 else { return nil }
        return UnsafeBufferPointer(start: bytes.base + record + Int(packed >> 22 & 0xFFF), count: Int(packed >> 34 & 0x3FF))
    }

    /// The text of a line showing `title` and `actor`, measured as `VerbatimTextMeter`
    /// measured it (text a line shows as written).
    static func text(title: UnsafeBufferPointer<UInt8>, actor: UnsafeBufferPointer<UInt8>?) -> VerbatimLineText {
        let (titleWidth, titleWraps) = Self.measure(title)
        guard let actor else {
            return VerbatimLineText(actor: nil, actorWidth: 0, title: title, titleWidth: titleWidth, wrapsByBytes: titleWraps)
        }
        let (actorWidth, actorWraps) = Self.measure(actor)
        return VerbatimLineText(actor: actor, actorWidth: actorWidth, title: title, titleWidth: titleWidth,
                                wrapsByBytes: titleWraps && actorWraps)
    }

    /// The columns of text shown as written, and whether `LineWrapping.appendSimpleLines`
    /// wraps it.
    private static func measure(_ text: UnsafeBufferPointer<UInt8>) -> (columns: Int, wrapsByBytes: Bool) {
        if let n = DisplayWidth.plainWidth(text) { return (n, true) }
        return (DisplayWidth.of(String(decoding: text, as: UTF8.self)), false)
    }

    /// The event as a listing gives it, without its title and actor (the title empty):
    /// its time as written, at `record`'s sort instant, with the precision and approximate
    /// mark the record states.
    func event(_ record: EventRecord, line: Int32) -> Event {
        Event(id: "", time: time(record), precision: statedPrecision, approximate: isApproximate, title: "",
              fileIndex: Int(record.fileIndex),
              place: line >= 0 ? SourcePlace(line: Int(line), column: 1) : nil, sortInstant: record.sortInstant)
    }

    /// The precision the record states, nil when it states none (its time's digits say it).
    var statedPrecision: Precision? {
        let code = Int(packed >> 60 & 0x7)
        return code == 0 ? nil : Precision.allCases[code - 1]
    }

    /// Whether the record marks its time approximate.
    var isApproximate: Bool { packed & Self.approximate != 0 }

    /// The event's time as written, at `record`'s sort instant (a listing has no end).
    func time(_ record: EventRecord) -> EventTime {
        let form = EventTime.WrittenForm(
            offsetSeconds: (Int(packed >> 44 & 0xFF) - 128) * 900, hasSeconds: packed & Self.hasSeconds != 0,
            fractionDigits: Int(packed >> 52 & 0xF))
        return .instant(record.sortInstant, form)
    }
}
