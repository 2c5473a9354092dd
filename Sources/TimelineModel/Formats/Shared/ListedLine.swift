import Foundation

/// What a one-line listing of a record-per-line file's event shows, kept by the first pass
/// so that the export and the search read no record again for it: the title and actor as
/// byte ranges of the record (when the file's bytes are that text and a line can show them
/// as written, `VerbatimTextMeter`) and how the time was written (its instant is the
/// event's sort instant). The `JSONEventStore`'s `ListingFieldSpans` for other tools' files.
///
/// 20 bytes an event. An event whose listing this cannot hold (a title with escapes or
/// collapsed spaces, a day-only time, an end, a stated precision) is marked unusable and
/// listed by reading its record again.
struct ListedLine: Sendable {
    /// Where the title and actor start, counted from the record's start.
    private var titleStart: UInt32 = 0
    private var actorStart: UInt32 = 0
    private var titleLength: UInt16 = 0
    private var actorLength: UInt16 = 0
    private var titleColumns: UInt16 = 0
    private var actorColumns: UInt16 = 0
    /// Bits 0–17: the written offset in seconds plus `offsetBias`; 18–21: fraction digits;
    /// then the flags below.
    private var packed: UInt32 = 0

    private static let offsetBias = 1 << 17
    private static let hasSeconds: UInt32 = 1 << 22
    private static let usable: UInt32 = 1 << 23
    private static let hasActor: UInt32 = 1 << 24
    private static let titleWrapsByBytes: UInt32 = 1 << 25
    private static let actorWrapsByBytes: UInt32 = 1 << 26

    /// Unusable: the event is listed by reading its record again.
    init() {}

    /// The listing of `draft`, read from the record at `record` whose title and actor
    /// fields start where `reading` says; unusable unless the file's bytes there are the
    /// draft's title and actor exactly and a line shows them as written.
    init(_ draft: EventDraft, _ reading: RecordReading, record: Int, bytes: FileBytes, meter: inout VerbatimTextMeter) {
        guard case .instant(_, let form) = draft.time, draft.end == nil, draft.precision == nil, !draft.approximate,
              abs(form.offsetSeconds) < Self.offsetBias, form.fractionDigits < 16,
              let title = Self.span(of: draft.title, at: reading.titleAt, record: record, bytes: bytes, meter: &meter)
        else { return }
        var flags = Self.usable | (form.hasSeconds ? Self.hasSeconds : 0) | (title.wraps ? Self.titleWrapsByBytes : 0)
        if let actor = draft.actor, !actor.isEmpty {
            guard let a = Self.span(of: actor, at: reading.actorAt, record: record, bytes: bytes, meter: &meter) else { return }
            (actorStart, actorLength, actorColumns) = (a.start, a.length, a.columns)
            flags |= Self.hasActor | (a.wraps ? Self.actorWrapsByBytes : 0)
        }
        (titleStart, titleLength, titleColumns) = (title.start, title.length, title.columns)
        packed = UInt32(form.offsetSeconds + Self.offsetBias) | UInt32(form.fractionDigits) << 18 | flags
    }

    /// Where `text` sits in the field at `at` (after its quote), counted from `record`,
    /// when the file's bytes there are `text` and a line shows it as written.
    private static func span(of text: String, at: Int?, record: Int, bytes: FileBytes, meter: inout VerbatimTextMeter)
        -> (start: UInt32, length: UInt16, columns: UInt16, wraps: Bool)? {
        guard var start = at, start >= record, start < bytes.count else { return nil }
        if bytes.base[start] == 0x22 { start += 1 }
        var text = text
        return text.withUTF8 { utf8 -> (UInt32, UInt16, UInt16, Bool)? in
            let n = utf8.count
            guard n > 0, n < Int(UInt16.max), start - record <= Int(UInt32.max), start + n <= bytes.count,
                  memcmp(bytes.base + start, utf8.baseAddress!, n) == 0,
                  let measure = meter.measure(utf8), measure.columns < Int(UInt16.max)
            else { return nil }
            return (UInt32(start - record), UInt16(n), UInt16(measure.columns), measure.wrapsByBytes)
        }
    }

    var isUsable: Bool { packed & Self.usable != 0 }

    /// The title's bytes in the file, for the record at `record`.
    func title(_ bytes: FileBytes, record: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: bytes.base + record + Int(titleStart), count: Int(titleLength))
    }

    /// The text of a line, for the record at `record`.
    func text(_ bytes: FileBytes, record: Int) -> VerbatimLineText {
        let title = title(bytes, record: record)
        let wraps = packed & Self.titleWrapsByBytes != 0
        guard packed & Self.hasActor != 0 else {
            return VerbatimLineText(actor: nil, actorWidth: 0, title: title, titleWidth: Int(titleColumns), wrapsByBytes: wraps)
        }
        return VerbatimLineText(
            actor: UnsafeBufferPointer(start: bytes.base + record + Int(actorStart), count: Int(actorLength)),
            actorWidth: Int(actorColumns), title: title, titleWidth: Int(titleColumns),
            wrapsByBytes: wraps && packed & Self.actorWrapsByBytes != 0)
    }

    /// The event as a listing gives it, without its title and actor (the title empty):
    /// its time as written, at `record`'s sort instant.
    func event(_ record: EventRecord, line: Int32) -> Event {
        let form = EventTime.WrittenForm(
            offsetSeconds: Int(packed & 0x3FFFF) - Self.offsetBias, hasSeconds: packed & Self.hasSeconds != 0,
            fractionDigits: Int(packed >> 18 & 0xF))
        return Event(id: "", time: .instant(record.sortInstant, form), title: "", fileIndex: Int(record.fileIndex),
                     place: line >= 0 ? SourcePlace(line: Int(line), column: 1) : nil, sortInstant: record.sortInstant)
    }
}
