/// Times as machine-readable text for the writers: RFC 3339 in the display zone (CSV,
/// Timesketch), and the form the file wrote (our JSON, lossless).
enum ExportTimes {
    /// `2017-11-02T18:48:00-04:00`, `2017-11-02T18:35:43.905-04:00`: `time` in the display
    /// zone with its offset (`Z` when the display zone is UTC). Seconds are always written,
    /// as RFC 3339 requires; fraction digits only as many as the file wrote, and only when
    /// the precision is exact. A time known only to the day, month or year is that date
    /// alone (`2017-11-03`, `2017-11`, `2017`): never a made-up midnight or day 1.
    static func rfc3339(_ time: EventTime, precision: Precision, formatter: TimeFormatter) -> String {
        var out: [UInt8] = []
        appendRFC3339(time, precision: precision, formatter: formatter, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `rfc3339`, appended to `out`.
    static func appendRFC3339<Out: ByteSink>(_ time: EventTime, precision: Precision, formatter: TimeFormatter, to out: inout Out) {
        var day = DayMemo()
        appendRFC3339(time, precision: precision, formatter: formatter, utc: formatter.zone == .utc, day: &day, to: &out)
    }

    /// `appendRFC3339`, the date from `day` when it holds it; `utc`: the formatter's zone is UTC.
    static func appendRFC3339<Out: ByteSink>(
        _ time: EventTime, precision: Precision, formatter: TimeFormatter, utc: Bool, day: inout DayMemo, to out: inout Out
    ) {
        guard case .instant(let instant, let form) = time, precision < .day else {
            out.append(utf8: time.period(at: precision)!.iso)
            return
        }
        let fraction = precision == .exact ? form.fractionDigits : 0
        appendDateTime(instant, offset: formatter.offset(at: instant), fractionDigits: fraction, utc: utc, day: &day, to: &out)
    }

    /// `time` exactly as written: `2017-11-03`, `2017-11`, `2017`, `2017-11-02T18:48-04:00`,
    /// `2017-11-02T22:35:43.905Z` (the same offset, seconds and fraction digits), so that
    /// reading it back gives the same `EventTime`.
    static func written(_ time: EventTime) -> String {
        var out: [UInt8] = []
        appendWritten(time, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `written`, appended to `out`.
    static func appendWritten<Out: ByteSink>(_ time: EventTime, to out: inout Out) {
        var day = DayMemo()
        appendWritten(time, day: &day, to: &out)
    }

    /// `appendWritten`, the date taken from `day` when the time falls on the day it holds
    /// (events in order mostly share their day with the one before).
    static func appendWritten<Out: ByteSink>(_ time: EventTime, day: inout DayMemo, to out: inout Out) {
        switch time {
        case .day(let d):
            appendISODate(d, to: &out)
        case .month, .year:
            out.append(utf8: time.writtenPeriod!.iso)
        case .instant(let instant, let form):
            let s = day.appendDate(instant, offset: form.offsetSeconds, to: &out)
            out.append(0x54)
            out.appendTwoDigits(s / 3600)
            out.append(0x3A)
            out.appendTwoDigits(s / 60 % 60)
            if form.hasSeconds {
                out.append(0x3A)
                out.appendTwoDigits(s % 60)
                appendFraction(Int(instant.nanoseconds), digits: form.fractionDigits, to: &out)
            }
            appendOffset(form.offsetSeconds, utc: form.offsetSeconds == 0, to: &out)
        }
    }

    /// `2017-11-03`, as `DayHeading.iso` writes it.
    static func appendISODate<Out: ByteSink>(_ d: CivilDate, to out: inout Out) {
        guard d.year >= 0 && d.year <= 9999 else {
            out.append(utf8: DayHeading.iso(d))
            return
        }
        out.appendTwoDigits(d.year / 100)
        out.appendTwoDigits(d.year % 100)
        out.append(0x2D)
        out.appendTwoDigits(d.month)
        out.append(0x2D)
        out.appendTwoDigits(d.day)
    }

    /// `2017-11-02T18:35:43.905-04:00`.
    static func dateTime(_ instant: Instant, offset: Int, fractionDigits: Int, utc: Bool) -> String {
        var out: [UInt8] = []
        appendDateTime(instant, offset: offset, fractionDigits: fractionDigits, utc: utc, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `dateTime`, appended to `out`.
    static func appendDateTime<Out: ByteSink>(_ instant: Instant, offset: Int, fractionDigits: Int, utc: Bool, to out: inout Out) {
        var day = DayMemo()
        appendDateTime(instant, offset: offset, fractionDigits: fractionDigits, utc: utc, day: &day, to: &out)
    }

    /// `appendDateTime`, the date taken from `day` when it holds the instant's day.
    static func appendDateTime<Out: ByteSink>(
        _ instant: Instant, offset: Int, fractionDigits: Int, utc: Bool, day: inout DayMemo, to out: inout Out
    ) {
        let s = day.appendDate(instant, offset: offset, to: &out)
        out.append(0x54)
        out.appendTwoDigits(s / 3600)
        out.append(0x3A)
        out.appendTwoDigits(s / 60 % 60)
        out.append(0x3A)
        out.appendTwoDigits(s % 60)
        appendFraction(Int(instant.nanoseconds), digits: fractionDigits, to: &out)
        appendOffset(offset, utc: utc, to: &out)
    }

    /// The date (`2017-11-02`) of the last day a writer wrote, kept from one event to the
    /// next: a million events in order fall on a few hundred days, and making a date from
    /// a count of days costs divisions. Owned by one writer's loop.
    struct DayMemo {
        /// The local day (days since 1970) whose date `text` holds; `Int64.min`: none.
        private var day = Int64.min
        /// `yyyy-mm-dd` in its first ten bytes.
        private var text: (UInt64, UInt64) = (0, 0)

        /// Appends the date of `instant` on the wall clock `offset` seconds east of UTC (as
        /// `LocalTime` has it) and returns the seconds since that day's midnight.
        @inline(__always)
        mutating func appendDate<Out: ByteSink>(_ instant: Instant, offset: Int, to out: inout Out) -> Int {
            let local = instant.seconds &+ Int64(offset)
            let days = local.floorDiv(86_400)
            let seconds = Int(local &- days &* 86_400)
            if days != day { remember(days) }
            guard day != Int64.min else {
                ExportTimes.appendISODate(CivilDate(daysSinceEpoch: days), to: &out)
                return seconds
            }
            withUnsafeBytes(of: &text) { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0.bindMemory(to: UInt8.self)[0..<10])) }
            return seconds
        }

        /// Keeps the date of `days` when it has four digits of year (the others are written
        /// each time, as `appendISODate` writes them).
        private mutating func remember(_ days: Int64) {
            let d = CivilDate(daysSinceEpoch: days)
            guard d.year >= 0 && d.year <= 9999 else {
                day = Int64.min
                return
            }
            var bytes: [UInt8] = []
            ExportTimes.appendISODate(d, to: &bytes)
            withUnsafeMutableBytes(of: &text) { room in
                for (k, b) in bytes.enumerated() { room[k] = b }
            }
            day = days
        }
    }

    /// Microseconds since 1970 (Timesketch's `timestamp`), rounded down.
    static func microseconds(_ instant: Instant) -> Int64 {
        instant.seconds * 1_000_000 + Int64(instant.nanoseconds / 1000)
    }

    /// `.905`: the first `digits` (at most nine) of the nine digits of `nanosecond`; none
    /// without digits. All nine are made right to left by constant divisions (cheaper than
    /// a division by a power of ten that changes), then the first ones written.
    private static func appendFraction<Out: ByteSink>(_ nanosecond: Int, digits: Int, to out: inout Out) {
        guard digits > 0 else { return }
        var room: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &room) { room in
            room[0] = 0x2E
            var v = UInt32(truncatingIfNeeded: nanosecond)
            for k in stride(from: 9, through: 1, by: -1) {
                room[k] = UInt8(truncatingIfNeeded: 0x30 &+ v % 10)
                v /= 10
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: room.bindMemory(to: UInt8.self)[0...min(digits, 9)]))
        }
    }

    /// `Z`, `+01:00`, `-04:00`, `+05:45`.
    private static func appendOffset<Out: ByteSink>(_ seconds: Int, utc: Bool, to out: inout Out) {
        if seconds == 0 && utc {
            out.append(0x5A)
            return
        }
        out.append(seconds < 0 ? 0x2D : 0x2B)
        let m = abs(seconds) / 60
        out.appendTwoDigits(m / 60)
        out.append(0x3A)
        out.appendTwoDigits(m % 60)
    }
}
