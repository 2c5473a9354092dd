/// Reads the `time` and `end` forms of the format, by hand (no date formatter):
/// RFC 3339 with `Z` or an offset, seconds and fractions optional, a bare `YYYY-MM-DD`,
/// a month `YYYY-MM` or a year `YYYY`.
public enum TimeParser {
    /// Why a time was refused, as a plain sentence.
    public struct Failure: Error, Sendable, Hashable {
        public var message: String
    }

    /// Why a time with a clock but no zone is refused; readers that know of
    /// `--assume-zone` add it as the way out.
    public static let noZone = "has no zone: add Z for UTC or an offset such as -04:00"

    /// Parses `text` (e.g. `2017-11-02T18:48-04:00`, `2017-11-03T00:05:51.550Z`, `2017-11-03`,
    /// `2017-11`, `2017`).
    public static func parse(_ text: String) -> Result<EventTime, Failure> {
        var utf8 = Array(text.utf8)
        return utf8.withUnsafeMutableBufferPointer { parse(UnsafeBufferPointer($0)) }
    }

    /// Parses the UTF-8 bytes of a time string.
    public static func parse(_ b: UnsafeBufferPointer<UInt8>) -> Result<EventTime, Failure> {
        func fail(_ m: String) -> Result<EventTime, Failure> { .failure(Failure(message: m)) }
        let n = b.count
        // Inlined: it runs seven times a time, a million times in a big file.
        @inline(__always) func digits(_ at: Int, _ count: Int) -> Int? {
            guard at >= 0, at + count <= n else { return nil }
            var v = 0
            var i = at
            while i < at + count {
                let c = b[i] &- 0x30
                guard c <= 9 else { return nil }
                v = v &* 10 &+ Int(c)
                i &+= 1
            }
            return v
        }
        let expected = "expected an RFC 3339 time such as 2017-11-02T18:48:00-04:00, a date such as 2017-11-03, a month 2017-11 or a year 2017"
        guard n > 0 else { return fail("is empty; " + expected) }
        // A year alone, or a month: known only to that.
        if n == 4, let year = digits(0, 4) { return .success(.year(year)) }
        if n == 7, let year = digits(0, 4), b[4] == 0x2D, let month = digits(5, 2) {
            guard month >= 1 && month <= 12 else { return fail("month \(month) does not exist") }
            return .success(.month(year: year, month: month))
        }
        guard let year = digits(0, 4), n >= 10, b[4] == 0x2D, let month = digits(5, 2), b[7] == 0x2D,
              let day = digits(8, 2)
        else { return fail("'\(String(decoding: b, as: UTF8.self))' is not a time; " + expected) }
        let date = CivilDate(year: year, month: month, day: day)
        guard month >= 1 && month <= 12 else { return fail("month \(month) does not exist") }
        guard date.isValid else {
            return fail(CivilDate.isoText(year: year, month: month, day: day) + " does not exist (\(CivilDate.monthName(month)) has \(CivilDate.daysIn(month: month, year: year)) days in \(year))")
        }
        if n == 10 { return .success(.day(date)) }
        guard b[10] == 0x54 || b[10] == 0x74 || b[10] == 0x20 else {
            return fail("'\(String(decoding: b, as: UTF8.self))' is not a time; " + expected)
        }
        guard let hour = digits(11, 2), n > 13, b[13] == 0x3A, let minute = digits(14, 2) else {
            return fail("'\(String(decoding: b, as: UTF8.self))' is not a time; " + expected)
        }
        var i = 16
        let seconds: WrittenSeconds
        switch WrittenSeconds.read(b, at: &i) {
        case .success(let s): seconds = s
        case .failure(.secondsNotTwoDigits): return fail("seconds must be two digits")
        case .failure(.noDigitsAfterPoint): return fail("a decimal point must be followed by digits")
        }
        let (second, hasSeconds, nanos, fractionDigits) =
            (seconds.second, seconds.hasSeconds, seconds.nanoseconds, seconds.fractionDigits)
        guard hour <= 23 else { return fail("hour \(hour) does not exist") }
        guard minute <= 59 else { return fail("minute \(minute) does not exist") }
        guard second <= 60 else { return fail("second \(second) does not exist") }
        guard i < n else {
            return fail(noZone)
        }
        var offset = 0
        if b[i] == 0x5A || b[i] == 0x7A {
            i += 1
        } else if b[i] == 0x2B || b[i] == 0x2D {
            let sign = b[i] == 0x2D ? -1 : 1
            guard let oh = digits(i + 1, 2), i + 3 < n, b[i + 3] == 0x3A, let om = digits(i + 4, 2) else {
                return fail("the offset must look like +01:00 or -04:00")
            }
            guard oh <= 23 && om <= 59 else { return fail("offset \(oh):\(om) does not exist") }
            offset = sign * (oh * 3600 + om * 60)
            i += 6
        } else {
            return fail("'\(String(decoding: b, as: UTF8.self))' is not a time; " + expected)
        }
        guard i == n else {
            return fail("'\(String(decoding: b, as: UTF8.self))' has unexpected text after the zone")
        }
        // A leap second (:60) is kept as the last second of its minute.
        let secs = date.daysSinceEpoch * 86_400 + Int64(hour * 3600 + minute * 60 + min(second, 59)) - Int64(offset)
        return .success(.instant(
            Instant(seconds: secs, nanoseconds: Int32(nanos)),
            EventTime.WrittenForm(offsetSeconds: offset, hasSeconds: hasSeconds, fractionDigits: fractionDigits)
        ))
    }
}
