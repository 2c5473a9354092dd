extension TimeFormatter {
    /// The time of `event` counted from `origin` (the viewer's mark, or its first event),
    /// as the `r` key shows it: `T+0`, `T+44 s`, `T+13 min`, `~T+1 h 6 min`, `T+1 d 12 h`,
    /// `T−5 min`, `~T+26 days`, `same day`, `~T+2 months`, `same year`.
    ///
    /// It says no more than the two times know, by the rules of the gap lines
    /// (`GapDescription`):
    /// - `~` when either time is approximate or known only to the hour;
    /// - seconds only when both are known to the second, whole hours when either is known
    ///   to the hour;
    /// - when either is known only to the day, whole calendar days (`~T−27 days`, `same day`, `~T+1 day`), never hours counted from a made-up
    ///   time (the days of the date's own zone, `dateZone(of:)`: the event's when it is
    ///   known only to the day, else the origin's); when either is known only to the month
    ///   or year, whole months or years the
    ///   same way (`~T+2 months`, `same month`, `~T−1 year`). The `~` says the offset is
    ///   known only to that unit. A count of 0 is `same day` (not `~T+0 days`, which would
    ///   read as "at the same moment, roughly").
    /// The origin itself is `T+0` (`same day` when it is known only to the day).
    public func relative(_ event: Event, to origin: Event) -> String {
        let eventDayOnly = Self.isDayOnly(event)
        guard !eventDayOnly, !Self.isDayOnly(origin),
              let instant = event.time.instant, let from = origin.time.instant else {
            let unit = max(event.precision, origin.precision, .day)
            let days = dateZone(of: eventDayOnly ? event : origin)
            let n = period(of: origin, unit, in: days).units(until: period(of: event, unit, in: days))
            let word = unit.rawValue
            if n == 0 { return "same \(word)" }
            return "~T" + (n > 0 ? "+" : "\u{2212}") + "\(abs(n)) \(word)" + (abs(n) == 1 ? "" : "s")
        }
        if event.id == origin.id && instant == from { return "T+0" }
        let delta = from.seconds(until: instant)
        let magnitude = abs(delta)
        let precision = max(event.precision, origin.precision)
        let approximate = event.approximate || origin.approximate || precision == .hour
        let showSeconds = precision <= .second
        var body: String
        if precision == .hour {
            let h = (magnitude + 1800) / 3600
            body = h == 0 ? "0" : (h < 24 ? "\(h) h" : DurationText.text(seconds: h * 3600))
        } else if magnitude < 60 && !showSeconds {
            body = magnitude < 30 ? "0" : "1 min"
        } else if magnitude == 0 {
            body = "0"
        } else {
            body = DurationText.text(seconds: magnitude, showSeconds: showSeconds)
        }
        let sign = delta < 0 && body != "0" ? "\u{2212}" : "+"
        return (approximate ? "~" : "") + "T" + sign + body
    }

    /// The calendar day, month or year (`unit`) of `event` in `days`: a date's own, else
    /// that zone's date at its time (as gap lines count days).
    private func period(of event: Event, _ unit: Precision, in days: Zone) -> CalendarPeriod {
        if case .instant(let i, _) = event.time, event.precision < .day {
            return CalendarPeriod(days.date(of: i), precision: unit)
        }
        return event.time.period(at: max(event.precision, unit))!
    }
}
