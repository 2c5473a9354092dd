/// A text log line that starts with an epoch number (`1509662880 message`,
/// `1509662880.123456 message`, milliseconds `1509662880123 message`, or in brackets:
/// `[1509662880.123] message`): the instant in UTC, with the digits written (three decimals
/// are milliseconds; 13 digits milliseconds, 16 microseconds, 19 nanoseconds).
///
/// Only a number that is a time of this century is one: a line that starts with a count or
/// a pid (`42 requests`, `12345 worker started`) is no 1970 time, and a number of 11, 12,
/// 14 or 15 digits is no unit at all.
enum EpochLineTime {
    /// Seconds from 2000-01-01 to 2100-01-01, UTC: the times of this century.
    static let plausible: Range<Int64> = 946_684_800..<4_102_444_800

    /// The time a word of the line's bytes holds, as `WrittenTime` in UTC; nil when the word
    /// is not an epoch number of this century.
    static func parse(_ word: UnsafeBufferPointer<UInt8>) -> WrittenTime? {
        // Nine digits at least, nineteen with nine decimals at most: an ISO time (`2019-…`,
        // 20 bytes or more) is told by its length alone.
        guard (9...20).contains(word.count), word[0] &- 0x30 <= 9 else { return nil }
        var point = -1
        for (i, b) in word.enumerated() {
            if b == 0x2E, point < 0 { point = i; continue }
            guard b &- 0x30 <= 9 else { return nil }
        }
        let whole = point < 0 ? word.count : point
        let fraction = point < 0 ? 0 : word.count - point - 1
        guard whole > 0, point < 0 || (fraction > 0 && fraction <= 9) else { return nil }
        // The unit from the count of whole digits; a fraction only after seconds.
        let unitDigits: Int
        switch whole {
        case 9, 10: unitDigits = 0
        case 13 where point < 0: unitDigits = 3
        case 16 where point < 0: unitDigits = 6
        case 19 where point < 0: unitDigits = 9
        default: return nil
        }
        var value: Int64 = 0
        for i in 0..<whole { value = value * 10 + Int64(word[i] - 0x30) }
        var perSecond: Int64 = 1
        for _ in 0..<unitDigits { perSecond *= 10 }
        let seconds = value / perSecond
        guard plausible.contains(seconds) else { return nil }
        var nanos = (value % perSecond) * (1_000_000_000 / perSecond)
        if fraction > 0 {
            var f: Int64 = 0
            for i in (point + 1)..<word.count { f = f * 10 + Int64(word[i] - 0x30) }
            for _ in fraction..<9 { f *= 10 }
            nanos = f
        }
        let day = seconds / 86_400
        let ofDay = Int(seconds % 86_400)
        let clock = WrittenTime.Clock(hour: ofDay / 3600, minute: ofDay / 60 % 60, second: ofDay % 60, hasSeconds: true,
                                      nanoseconds: Int(nanos), fractionDigits: unitDigits + fraction)
        return WrittenTime(date: CivilDate(daysSinceEpoch: day), clock: clock, offsetSeconds: 0)
    }

    /// `parse` of a word of text.
    static func parse(_ word: Substring) -> WrittenTime? {
        // Only ASCII digits and a point can be one: told before any copy.
        guard let first = word.utf8.first, first &- 0x30 <= 9, word.utf8.count <= 20 else { return nil }
        var text = String(word)
        return text.withUTF8 { parse($0) }
    }
}
