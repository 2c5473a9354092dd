/// A time as a person types it to find or filter events: `18:50`, `18:50:07`,
/// `2017-11-03`, `2017-11-03 06:00` (or with a `T`), a month `2017-11` or a year `2017`
/// (from its start), or an RFC 3339 instant
/// (`2017-11-03T10:51Z`, `…-04:00`). Without an offset it is a wall-clock time in the
/// zone the times are shown in; a time alone is on a day the caller gives.
public enum TypedTime: Sendable, Hashable {
    /// A time of day (on a day the caller chooses).
    case clock(hour: Int, minute: Int, second: Int)
    /// The start of a day.
    case day(CivilDate)
    /// A wall-clock time on a day.
    case wallClock(CivilDate, hour: Int, minute: Int, second: Int)
    /// A written instant (it carried `Z` or an offset).
    case instant(Instant)

    /// Reads `text`; nil when it is none of the forms above.
    public init?(_ text: String) {
        var t = Array(text.utf8)
        // A one-digit hour (`6:00`) reads as two.
        if t.count > 1, t[1] == UInt8(ascii: ":") { t.insert(UInt8(ascii: "0"), at: 0) }
        func number(_ at: Int, _ count: Int) -> Int? {
            guard at + count <= t.count else { return nil }
            var v = 0
            for c in t[at..<at + count] {
                guard c >= 0x30, c <= 0x39 else { return nil }
                v = v * 10 + Int(c - 0x30)
            }
            return v
        }
        // hh:mm or hh:mm:ss starting at `at`, filling the rest of the text.
        func clock(_ at: Int) -> (Int, Int, Int)? {
            let rest = t.count - at
            guard rest == 5 || rest == 8, let h = number(at, 2), t[at + 2] == UInt8(ascii: ":"),
                  let m = number(at + 3, 2), h < 24, m < 60 else { return nil }
            if rest == 5 { return (h, m, 0) }
            guard t[at + 5] == UInt8(ascii: ":"), let s = number(at + 6, 2), s < 60 else { return nil }
            return (h, m, s)
        }
        if let c = clock(0) {
            self = .clock(hour: c.0, minute: c.1, second: c.2)
            return
        }
        // A month or a year: from its first day (what the person typed, not a made-up one).
        if t.count == 4, let y = number(0, 4) {
            self = .day(CivilDate(year: y, month: 1, day: 1))
            return
        }
        if t.count == 7, let y = number(0, 4), t[4] == UInt8(ascii: "-"), let mo = number(5, 2), (1...12).contains(mo) {
            self = .day(CivilDate(year: y, month: mo, day: 1))
            return
        }
        guard t.count >= 10, let y = number(0, 4), t[4] == UInt8(ascii: "-"), let mo = number(5, 2),
              t[7] == UInt8(ascii: "-"), let d = number(8, 2) else { return nil }
        let date = CivilDate(year: y, month: mo, day: d)
        guard date.isValid else { return nil }
        if t.count == 10 {
            self = .day(date)
            return
        }
        guard t[10] == UInt8(ascii: " ") || t[10] == UInt8(ascii: "T") || t[10] == UInt8(ascii: "t") else { return nil }
        if let c = clock(11) {
            self = .wallClock(date, hour: c.0, minute: c.1, second: c.2)
            return
        }
        // An instant with its offset: the format's own reader decides.
        guard case .success(let written) = TimeParser.parse(text), let instant = written.instant else { return nil }
        self = .instant(instant)
    }

    /// The instant meant, reading wall-clock times with `formatter`'s display zone; a
    /// time alone is on `day` (a date in that zone).
    public func instant(with formatter: TimeFormatter, on day: CivilDate) -> Instant {
        switch self {
        case .clock(let h, let m, let s): formatter.instant(of: day, hour: h, minute: m, second: s)
        case .day(let date): formatter.instant(of: date, hour: 0, minute: 0, second: 0)
        case .wallClock(let date, let h, let m, let s): formatter.instant(of: date, hour: h, minute: m, second: s)
        case .instant(let i): i
        }
    }

    /// The forms accepted, for messages.
    public static let forms = "18:50, 2017-11-03, 2017-11-03 06:00, 2017-11, 2017 or 2017-11-03T10:51Z"
}

extension TimeFormatter {
    /// The instant the display zone's clocks read `hour:minute:second` on `date`. In a
    /// repeated hour (clocks going back) the first; in a skipped hour, the time the same
    /// distance after the jump.
    public func instant(of date: CivilDate, hour: Int, minute: Int, second: Int) -> Instant {
        let local = date.daysSinceEpoch * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        // Two passes settle the offset even across a transition (as `Zone.startOfDay`).
        var guess = Instant(seconds: local - Int64(offset(at: Instant(seconds: local))))
        guess = Instant(seconds: local - Int64(offset(at: guess)))
        return guess
    }
}
