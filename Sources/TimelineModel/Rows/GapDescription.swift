/// The quiet time between two consecutive events, shown as `· 1 h 55 min later ·` when
/// it is notable and the times are precise enough to say.
///
/// Rules: the gap runs from the end of the earlier event (its `end` for a span) to the
/// start of the later one. Between times known to the minute or better it is shown from
/// 10 minutes up, rounded to the minute; `~` when either time is approximate. With a time
/// known only to the hour it is shown from 3 hours up, in hours, with `~`. When either
/// event is known only to the day it is counted in calendar days of that date's zone
/// (`TimeFormatter.dateZone(of:)`: the earlier's when both are dates) and
/// shown from 2 days up (`26 days later`); a shorter one is left unsaid. When either is
/// known only to the month (or year), in calendar months (years) from 2 up
/// (`3 months later`): never hours or days counted from a made-up day. A long gap is said
/// in months and years (`about 5 years 10 months later`; the rule is `DurationText`'s).
public struct GapDescription: Sendable, Hashable {
    /// The length in seconds, or in `calendar` units when set.
    public var amount: Int64
    /// The calendar unit it is counted in (`day`, `month`, `year`) when one of the events
    /// is known only to that; nil for seconds.
    public var calendar: Precision?
    /// Either time is an estimate or known only to the hour.
    public var approximate: Bool

    /// Gaps shorter than this (between minute-precise times) are not shown.
    public static let minimumSeconds: Int64 = 600

    public init(amount: Int64, calendar: Precision?, approximate: Bool) {
        self.amount = amount
        self.calendar = calendar
        self.approximate = approximate
    }

    public init(amount: Int64, inDays: Bool, approximate: Bool) {
        self.init(amount: amount, calendar: inDays ? .day : nil, approximate: approximate)
    }

    /// Counted in calendar days (one of the events is known only to the day).
    public var inDays: Bool { calendar == .day }

    /// `1 h 55 min later`, `~12 min later`, `26 days later`.
    public var text: String {
        let length: String
        if let calendar {
            length = DurationText.count(amount, of: calendar)
        } else {
            length = DurationText.length(seconds: amount)
        }
        // `about 5 years` already says it is not exact.
        return (approximate && !length.hasPrefix("about") ? "~" : "") + length + " later"
    }

    /// The line drawn between the events: `· 1 h 55 min later ·`.
    public var line: String { "· " + text + " ·" }

    /// The notable gap from `earlier` to `later`, or nil.
    public static func between(_ earlier: Event, _ later: Event, formatter: TimeFormatter) -> GapDescription? {
        between(Side(earlier), Side(later), formatter: formatter)
    }

    /// What the rule reads of an event: its times, precision and whether it is approximate
    /// (plain values, copied without retaining anything).
    struct Side {
        var time: EventTime
        var end: EventTime?
        var precision: Precision
        var approximate: Bool
        /// `Event.dateZone` of a date (nil for an instant, or a date in the home zone).
        var dateZone: String?

        @inline(__always)
        init(_ event: borrowing Event) {
            (time, end, precision, approximate) = (event.time, event.end, event.precision, event.approximate)
            dateZone = time.instant == nil || precision >= .day ? event.dateZone : nil
        }

        var isDayOnly: Bool { time.instant == nil || precision >= .day }
    }

    /// `between(_:_:formatter:)` of the events `earlier` and `later` describe.
    static func between(_ earlier: Side, _ later: Side, formatter: TimeFormatter) -> GapDescription? {
        if earlier.isDayOnly || later.isDayOnly {
            // A span's end may be coarser than its start (`1943-07` to `1946`).
            let unit = max(earlier.precision, later.precision, earlier.end?.writtenPeriod?.precision ?? .day, .day)
            // Each side's day, month or year in the zone of the date (a date's own).
            let days = formatter.dateZone(named: earlier.isDayOnly ? earlier.dateZone : later.dateZone)
            func homePeriod(_ time: EventTime, _ precision: Precision) -> CalendarPeriod {
                if case .instant(let i, _) = time, precision < .day {
                    return CalendarPeriod(days.date(of: i), precision: unit)
                }
                return time.period(at: max(precision, unit))!
            }
            let from: CalendarPeriod
            if let end = earlier.end, end.instant == nil {
                from = homePeriod(end, earlier.precision)
            } else {
                from = homePeriod(earlier.time, earlier.precision)
            }
            let n = from.units(until: homePeriod(later.time, later.precision))
            return n >= 2 ? GapDescription(amount: n, calendar: unit, approximate: false) : nil
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
