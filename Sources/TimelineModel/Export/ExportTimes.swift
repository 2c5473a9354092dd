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
            appendDateAndClock(
                instant, offset: form.offsetSeconds, seconds: form.hasSeconds, fractionDigits: form.fractionDigits,
                utc: form.offsetSeconds == 0, day: &day, to: &out
            )
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
        appendDateAndClock(instant, offset: offset, seconds: true, fractionDigits: fractionDigits, utc: utc, day: &day, to: &out)
    }

    /// The date, `T`, `hh:mm`, then (when `seconds`) `:ss` and `fractionDigits` digits of
    /// the second, then the offset: made in place in one small room and appended at once,
    /// rather than a byte at a time into `out` (a million events write two or three).
    @inline(__always)
    private static func appendDateAndClock<Out: ByteSink>(
        _ instant: Instant, offset: Int, seconds: Bool, fractionDigits: Int, utc: Bool, day: inout DayMemo, to out: inout Out
    ) {
        // 64 bytes: a date of any year an `Instant` holds (19 at most), the clock (19), the offset (6).
        var room: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &room) { raw in
            let p = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
            let (dateCount, s) = day.writeDate(instant, offset: offset, to: p)
            var n = dateCount
            let m = s / 60
            let h = m / 60
            p[n] = 0x54
            writeTwoDigits(h, p + (n &+ 1))
            p[n &+ 3] = 0x3A
            writeTwoDigits(m &- h &* 60, p + (n &+ 4))
            n &+= 6
            if seconds {
                p[n] = 0x3A
                writeTwoDigits(s &- m &* 60, p + (n &+ 1))
                n &+= 3
                n &+= writeFraction(Int(instant.nanoseconds), digits: fractionDigits, to: p + n)
            }
            if offset == 0 && utc {
                p[n] = 0x5A
                n &+= 1
            } else {
                p[n] = offset < 0 ? 0x2D : 0x2B
                let minutes = abs(offset) / 60
                let hours = minutes / 60
                writeTwoDigits(hours, p + (n &+ 1))
                p[n &+ 3] = 0x3A
                writeTwoDigits(minutes &- hours &* 60, p + (n &+ 4))
                n &+= 6
            }
            out.append(contentsOf: UnsafeBufferPointer(start: p, count: n))
        }
    }

    /// `v` (0 to 99) as two digits at `p`, copied from `digitPairs` rather than made by a
    /// division and a remainder.
    @inline(__always)
    static func writeTwoDigits(_ v: Int, _ p: UnsafeMutablePointer<UInt8>) {
        let pair = UnsafeRawPointer(digitPairs.utf8Start).loadUnaligned(fromByteOffset: v &* 2, as: UInt16.self)
        UnsafeMutableRawPointer(p).storeBytes(of: pair, as: UInt16.self)
    }

    /// `00` to `99`, one after another.
    private static var digitPairs: StaticString {
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
    }

    /// `.905`: the first `digits` (at most nine) of the nine digits of `nanosecond` at `p`;
    /// nothing without digits. Returns the bytes written. Milliseconds and microseconds
    /// (most times) by one constant division, the digits made right to left.
    @inline(__always)
    private static func writeFraction(_ nanosecond: Int, digits: Int, to p: UnsafeMutablePointer<UInt8>) -> Int {
        guard digits > 0 else { return 0 }
        let kept = min(digits, 9)
        var v = UInt32(truncatingIfNeeded: nanosecond)
        switch kept {
        case 3: v /= 1_000_000
        case 6: v /= 1_000
        default:
            for _ in kept..<9 { v /= 10 }
        }
        p[0] = 0x2E
        var k = kept
        while k > 0 {
            let next = v / 10
            p[k] = UInt8(truncatingIfNeeded: 0x30 &+ v &- next &* 10)
            v = next
            k &-= 1
        }
        return kept &+ 1
    }

    /// The date (`2017-11-02`) of the last day a writer wrote, kept from one event to the
    /// next: a million events in order fall on a few hundred days, and making a date from
    /// a count of days costs divisions. Owned by one writer's loop.
    struct DayMemo {
        /// The local day (days since 1970) whose date `text` holds; `Int64.min`: none.
        private var day = Int64.min
        /// `yyyy-mm-dd` in its first ten bytes.
        private var text: (UInt64, UInt64) = (0, 0)
        /// The day kept before, kept too: times written with several offsets, and spans'
        /// ends, go back and forth across a midnight.
        private var otherDay = Int64.min
        private var otherText: (UInt64, UInt64) = (0, 0)

        /// Writes the date of `instant` on the wall clock `offset` seconds east of UTC (as
        /// `LocalTime` has it) at `p` (room for 20 bytes), and returns the bytes written and
        /// the seconds since that day's midnight.
        @inline(__always)
        mutating func writeDate(_ instant: Instant, offset: Int, to p: UnsafeMutablePointer<UInt8>) -> (count: Int, seconds: Int) {
            let local = instant.seconds &+ Int64(offset)
            let days = local.floorDiv(86_400)
            let seconds = Int(local &- days &* 86_400)
            if days != day {
                if days == otherDay {
                    swap(&day, &otherDay)
                    swap(&text, &otherText)
                } else {
                    (otherDay, otherText) = (day, text)
                    remember(days)
                }
            }
            guard day != Int64.min else {
                var iso: [UInt8] = []
                ExportTimes.appendISODate(CivilDate(daysSinceEpoch: days), to: &iso)
                for (k, b) in iso.enumerated() { p[k] = b }
                return (iso.count, seconds)
            }
            let raw = UnsafeMutableRawPointer(p)
            raw.storeBytes(of: text.0, as: UInt64.self)
            raw.storeBytes(of: UInt16(truncatingIfNeeded: text.1), toByteOffset: 8, as: UInt16.self)
            return (10, seconds)
        }

        /// Keeps the date of `days` when it has four digits of year (the others are written
        /// each time, as `appendISODate` writes them).
        private mutating func remember(_ days: Int64) {
            let d = CivilDate(daysSinceEpoch: days)
            guard d.year >= 0 && d.year <= 9999 else {
                day = Int64.min
                return
            }
            withUnsafeMutableBytes(of: &text) { room in
                let p = room.baseAddress!.assumingMemoryBound(to: UInt8.self)
                ExportTimes.writeTwoDigits(d.year / 100, p)
                ExportTimes.writeTwoDigits(d.year % 100, p + 2)
                p[4] = 0x2D
                ExportTimes.writeTwoDigits(d.month, p + 5)
                p[7] = 0x2D
                ExportTimes.writeTwoDigits(d.day, p + 8)
            }
            day = days
        }
    }

    /// Microseconds since 1970 (Timesketch's `timestamp`), rounded down.
    static func microseconds(_ instant: Instant) -> Int64 {
        instant.seconds * 1_000_000 + Int64(instant.nanoseconds / 1000)
    }
}
