/// The rule for the rows between events, given the events in order: a gap line where the
/// quiet time is notable, then a heading at each change of day in the display zone.
///
/// A gap comes before the heading of the next day (the night passes, then the day
/// begins). A day-only event goes under its own date; one known only to the month or
/// year under a heading of its own (`November 2017`, `2017`), after that month's or
/// year's days, where it sorts. An event's day is computed in the
/// display zone, so in another zone a day-only event may share a heading with events of
/// a neighbouring date only by coming after them; its heading is then repeated.
///
/// `TimelineRows` uses it over an `EventList`; an exporter that reads its events its own
/// way (the text export's verbatim lines) uses it directly, so the rule is written once.
struct RowBreaks {
    let formatter: TimeFormatter
    /// The last event given: after `add`, the event whose row was added last.
    private(set) var previous: Event?
    private var previousDay: CalendarPeriod?
    private var lastDay = TimeFormatter.LastDay()

    /// Starting after `previous` (the event listed before a piece of a longer list), so
    /// that the first rows get the gap and heading they have in the whole list.
    init(formatter: TimeFormatter, after previous: Event? = nil) {
        self.formatter = formatter
        self.previousDay = previous.map(formatter.period(of:))
        self.previous = previous
    }

    /// Appends the rows for `event`, at position `index` of the timeline: a gap and a
    /// heading when due, then the event's row. `event` becomes `previous`.
    mutating func add(_ event: consuming Event, at index: Int, to rows: inout [TimelineRow]) {
        let day = formatter.period(of: event, after: &lastDay)
        if let p = previous, let gap = GapDescription.between(p, event, formatter: formatter) {
            rows.append(.gap(gap))
        }
        if day != previousDay { rows.append(.heading(day)) }
        rows.append(.event(index))
        // Moved, not copied: a copy retains and releases every field of the event.
        previous = consume event
        previousDay = day
    }
}
