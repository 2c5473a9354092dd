/// Durations in words a reader takes in at a glance: `44 s`, `11 min`, `1 h 55 min`,
/// `1 d 12 h`, `26 days`.
public enum DurationText {
    /// `seconds` rounded to the unit that matters: seconds only under a minute (and only
    /// when `showSeconds`), minutes under a day, hours beyond.
    public static func text(seconds: Int64, showSeconds: Bool = false) -> String {
        let s = max(0, seconds)
        if s < 60 && showSeconds { return "\(s) s" }
        let minutes = (s + 30) / 60
        if minutes < 60 { return "\(minutes) min" }
        if minutes < 24 * 60 {
            let h = minutes / 60, m = minutes % 60
            return m == 0 ? "\(h) h" : "\(h) h \(m) min"
        }
        let hours = (s + 1800) / 3600
        let d = hours / 24, h = hours % 24
        return h == 0 ? "\(d) d" : "\(d) d \(h) h"
    }

    /// Whole calendar days: `1 day`, `26 days`.
    public static func days(_ n: Int64) -> String {
        n == 1 ? "1 day" : "\(n) days"
    }

    /// `1 month`, `4 months`, `1 year`, `3 years`: whole calendar units.
    public static func count(_ n: Int64, of unit: Precision) -> String {
        switch unit {
        case .month: n == 1 ? "1 month" : "\(n) months"
        case .year: n == 1 ? "1 year" : "\(n) years"
        default: days(n)
        }
    }
}
