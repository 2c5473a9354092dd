/// Durations in words a reader takes in at a glance: `44 s`, `11 min`, `1 h 55 min`,
/// `1 d 11 min`, `2 d 3 h 5 min`, `9 d 12 h`, `26 days`; a long one in months and years
/// (`about 4 months`, `about 5 years 10 months`, `about 91 years`, `33 years 4 months`
/// counted in calendar months).
///
/// The rule for lengths (gap lines, spans, the relative column, in every view and
/// writer): under a week to the minute (days, hours and minutes, each left out when
/// nought: a span timed to the minute keeps its minutes, `1 d 11 min`); from a week to
/// 60 days in days and hours (minutes no longer matter to the reader); from 60 days in
/// months, from 2 years in years and months, from 10 years in years. Times known only to
/// the hour give whole hours, so they never show minutes. Days and seconds become months
/// and years only approximately (months and years differ in length), so those say
/// `about`; a count of calendar months is exact and says years and months without it.
public enum DurationText {
    /// From this many days, a length is said in months (and from 2 years, in years).
    public static let monthsFromDays: Int64 = 60
    /// Under this many days, a length keeps its minutes (`1 d 11 min`); from it, days and
    /// hours (`9 d 12 h`).
    public static let minutesUnderDays: Int64 = 7

    /// `seconds` rounded to the unit that matters: seconds only under a minute (and only
    /// when `showSeconds`), minutes under a week, hours beyond.
    public static func text(seconds: Int64, showSeconds: Bool = false) -> String {
        let s = max(0, seconds)
        if s < 60 && showSeconds { return "\(s) s" }
        let minutes = (s + 30) / 60
        if minutes < minutesUnderDays * 24 * 60 {
            let (d, h, m) = (minutes / (24 * 60), minutes / 60 % 24, minutes % 60)
            if d == 0 && h == 0 { return "\(m) min" }
            var out = d > 0 ? "\(d) d" : ""
            if h > 0 { out += (out.isEmpty ? "" : " ") + "\(h) h" }
            if m > 0 { out += (out.isEmpty ? "" : " ") + "\(m) min" }
            return out
        }
        let hours = (s + 1800) / 3600
        let d = hours / 24, h = hours % 24
        return h == 0 ? "\(d) d" : "\(d) d \(h) h"
    }

    /// A length as gap lines and spans say it: `text(seconds:)` under 60 days, then
    /// `about 4 months`, `about 5 years 10 months`, `about 91 years`. (The relative column,
    /// an offset to read exactly, keeps `text(seconds:)`.)
    public static func length(seconds: Int64, showSeconds: Bool = false) -> String {
        let s = max(0, seconds)
        guard s >= monthsFromDays * 86_400 else { return text(seconds: s, showSeconds: showSeconds) }
        return about(days: Double(s) / 86_400)
    }

    /// Whole calendar days: `1 day`, `26 days`; from 60 days in months and years, `about`
    /// (`about 4 months`, `about 37 years`).
    public static func days(_ n: Int64) -> String {
        if n >= monthsFromDays { return about(days: Double(n)) }
        return n == 1 ? "1 day" : "\(n) days"
    }

    /// `1 month`, `4 months`, `1 year`, `3 years`: whole calendar units; 24 months or more
    /// in years and months (`2 years`, `33 years 4 months`), exact.
    public static func count(_ n: Int64, of unit: Precision) -> String {
        switch unit {
        case .month: n < 24 ? plural(n, "month") : yearsAndMonths(n)
        case .year: plural(n, "year")
        default: days(n)
        }
    }

    /// `about 2 months` … `about 23 months`, `about 2 years` … `about 9 years 11 months`,
    /// `about 10 years` and on: a number of days in the average month (30.436875 days)
    /// and year (365.2425), rounded.
    static func about(days: Double) -> String {
        let months = Int64((days / 30.436875).rounded())
        if months < 24 { return "about " + plural(months, "month") }
        if months < 120 { return "about " + yearsAndMonths(months) }
        return "about " + plural(Int64((days / 365.2425).rounded()), "year")
    }

    private static func yearsAndMonths(_ months: Int64) -> String {
        let (y, m) = (months / 12, months % 12)
        return m == 0 ? plural(y, "year") : plural(y, "year") + " " + plural(m, "month")
    }

    private static func plural(_ n: Int64, _ unit: String) -> String {
        n == 1 ? "1 \(unit)" : "\(n) \(unit)s"
    }
}
