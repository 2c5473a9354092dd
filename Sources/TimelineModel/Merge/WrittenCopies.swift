extension EventList {
    /// In a merged timeline, the events of the other files that the event at `position`
    /// shows once (`TimelineMerge`), each as its file wrote it: its own time, precision,
    /// title and id, its file alone in `origins`. Empty for any other event (and for a
    /// saved merge read back, which keeps the files' labels only).
    public func copies(at position: Int) -> [Event] {
        (store as? MergedEventStore)?.copies(at: position) ?? []
    }
}

/// How each file wrote a happening a merge shows once, in the words the detail pane and
/// `export --details` (text and Markdown) share: one line a file, the one shown first,
///
///     timeline: 07:54 · id alerts
///     pager: 07:54:12 · id R0CT21TRIGGER · “ALERTS: numerous faults in the systems”
///
/// each time in the display zone at its own precision (`~` kept; the whole date when it
/// is not the shown event's), a title when written otherwise than the one shown (it can
/// differ only in case and spaces), the id.
public enum WrittenCopies {
    /// The heading of the lines.
    public static let heading = "As each file wrote it:"

    /// The lines for `shown` and `copies` (`EventList.copies(at:)`); none without copies.
    /// Text from the files as written: each caller makes it safe for its output.
    public static func lines(_ shown: Event, copies: [Event], formatter: TimeFormatter) -> [String] {
        guard !copies.isEmpty else { return [] }
        let day = formatter.period(of: shown)
        return ([shown] + copies).enumerated().map { k, e in
            var line = (e.origins.first ?? "") + ": "
            line += formatter.period(of: e) == day ? formatter.timeAndSpan(of: e) : when(e, formatter: formatter)
            if !e.id.isEmpty { line += " · id " + e.id }
            if k > 0, e.title != shown.title { line += " · “" + e.title + "”" }
            return line
        }
    }

    /// `Monday 22 October 2018, 07:54`, `November 2017, known only to the month`: the day
    /// in the display zone (a date's own zone for a date) and the time at its precision,
    /// as the detail pane's first line says it.
    public static func when(_ e: Event, formatter: TimeFormatter) -> String {
        let period = formatter.period(of: e)
        var when = DayHeading.text(period)
        if period.precision > .day {
            // No made-up day to show.
            if e.end != nil { when += ", " + formatter.timeAndSpan(of: e) }
            return when + ", known only to the " + period.unitName
        }
        return when + ", " + formatter.timeAndSpan(of: e)
    }
}
