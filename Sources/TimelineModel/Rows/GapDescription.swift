/// The quiet time between two consecutive events, shown as `· 1 h 55 min later ·` when
/// it is notable and the times are precise enough to say.
///
/// Rules: the gap runs from the end of the earlier event (its `end` for a span) to the
/// start of the later one. Between times known to the minute or better it is shown from
/// 10 minutes up, rounded to the minute; `~` when either time is approximate. With a time
/// known only to the hour it is shown from 3 hours up, in hours, with `~`. When either
/// event is known only to the day it is counted in calendar days of the home zone and
/// shown from 2 days up (`26 days later`); a shorter one is left unsaid.
public struct GapDescription: Sendable, Hashable {
    /// The length in seconds, or in days when `inDays`.
    public var amount: Int64
    /// Counted in calendar days (one of the events is known only to the day).
    public var inDays: Bool
    /// Either time is an estimate or known only to the hour.
    public var approximate: Bool

    /// Gaps shorter than this (between minute-precise times) are not shown.
    public static let minimumSeconds: Int64 = 600

    public init(amount: Int64, inDays: Bool, approximate: Bool) {
        self.amount = amount
        self.inDays = inDays
        self.approximate = approximate
    }

    /// `1 h 55 min later`, `~12 min later`, `26 days later`.
    public var text: String {
        let length: String
        if inDays {
            length = DurationText.days(amount)
        } else {
            length = DurationText.text(seconds: amount)
        }
        return (approximate ? "~" : "") + length + " later"
    }

    /// The line drawn between the events: `· 1 h 55 min later ·`.
    public var line: String { "· " + text + " ·" }

    /// The notable gap from `earlier` to `later`, or nil.
    public static func between(_ earlier: Event, _ later: Event, formatter: TimeFormatter) -> GapDescription? {
        if TimeFormatter.isDayOnly(earlier) || TimeFormatter.isDayOnly(later) {
            func homeDay(_ e: Event) -> CivilDate {
                if case .day(let d) = e.time { return d }
                if TimeFormatter.isDayOnly(e), case .instant(let i, let form) = e.time {
                    return LocalTime(i, offset: form.offsetSeconds).date
                }
                return formatter.homeZone.date(of: e.time.instant!)
            }
            let from: CivilDate
            if let end = earlier.end, case .day(let d) = end { from = d } else { from = homeDay(earlier) }
            let n = homeDay(later).daysSinceEpoch - from.daysSinceEpoch
            return n >= 2 ? GapDescription(amount: n, inDays: true, approximate: false) : nil
        }
        guard let laterStart = later.time.instant, var from = earlier.time.instant else { return nil }
        if let endInstant = earlier.end?.instant, from < endInstant { from = endInstant }
        let seconds = from.seconds(until: laterStart)
        if earlier.precision == .hour || later.precision == .hour {
            guard seconds >= 3 * 3600 else { return nil }
            let hours = (seconds + 1800) / 3600
            return GapDescription(amount: hours * 3600, inDays: false, approximate: true)
        }
        guard seconds >= minimumSeconds else { return nil }
        return GapDescription(amount: seconds, inDays: false, approximate: earlier.approximate || later.approximate)
    }
}
