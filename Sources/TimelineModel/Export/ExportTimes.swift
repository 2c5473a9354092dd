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
        guard case .instant(let instant, let form) = time, precision < .day else {
            out.append(utf8: time.period(at: precision)!.iso)
            return
        }
        let fraction = precision == .exact ? form.fractionDigits : 0
        appendDateTime(instant, offset: formatter.offset(at: instant), fractionDigits: fraction, utc: formatter.zone == .utc, to: &out)
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
        switch time {
        case .day(let d):
            appendISODate(d, to: &out)
        case .month, .year:
            out.append(utf8: time.writtenPeriod!.iso)
        case .instant(let instant, let form):
            let t = LocalTime(instant, offset: form.offsetSeconds)
            appendISODate(t.date, to: &out)
            out.append(0x54)
            out.appendTwoDigits(t.hour)
            out.append(0x3A)
            out.appendTwoDigits(t.minute)
            if form.hasSeconds {
                out.append(0x3A)
                out.appendTwoDigits(t.second)
                appendFraction(t.nanosecond, digits: form.fractionDigits, to: &out)
            }
            appendOffset(form.offsetSeconds, utc: form.offsetSeconds == 0, to: &out)
        }
    }

    /// `2017-11-03`, as `DayHeading.iso` writes it.
    private static func appendISODate<Out: ByteSink>(_ d: CivilDate, to out: inout Out) {
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
        let t = LocalTime(instant, offset: offset)
        appendISODate(t.date, to: &out)
        out.append(0x54)
        out.appendTwoDigits(t.hour)
        out.append(0x3A)
        out.appendTwoDigits(t.minute)
        out.append(0x3A)
        out.appendTwoDigits(t.second)
        appendFraction(t.nanosecond, digits: fractionDigits, to: &out)
        appendOffset(offset, utc: utc, to: &out)
    }

    /// Microseconds since 1970 (Timesketch's `timestamp`), rounded down.
    static func microseconds(_ instant: Instant) -> Int64 {
        instant.seconds * 1_000_000 + Int64(instant.nanoseconds / 1000)
    }

    private static func appendFraction<Out: ByteSink>(_ nanosecond: Int, digits: Int, to out: inout Out) {
        guard digits > 0 else { return }
        out.append(0x2E)
        var divisor = 100_000_000
        for _ in 0..<min(digits, 9) {
            out.append(UInt8(0x30 + (nanosecond / divisor) % 10))
            divisor /= 10
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
