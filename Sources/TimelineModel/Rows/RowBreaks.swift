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
    /// The last event given: after `add`, the event whose row was added last (nil after
    /// `addListed`).
    private(set) var previous: Event?
    /// What the gap rule reads of the last event given.
    private var previousSide: GapDescription.Side?
    private var previousDay: CalendarPeriod?
    private var lastDay = TimeFormatter.LastDay()

    /// Starting after `previous` (the event listed before a piece of a longer list), so
    /// that the first rows get the gap and heading they have in the whole list.
    init(formatter: TimeFormatter, after previous: Event? = nil) {
        self.formatter = formatter
        self.previousDay = previous.map(formatter.period(of:))
        self.previousSide = previous.map { GapDescription.Side($0) }
        self.previous = previous
    }

    /// Appends the rows for `event`, at position `index` of the timeline: a gap and a
    /// heading when due, then the event's row. `event` becomes `previous`.
    mutating func add(_ event: consuming Event, at index: Int, to rows: inout [TimelineRow]) {
        let day = formatter.period(of: event, after: &lastDay)
        addRows(GapDescription.Side(event), day: day, at: index, to: &rows)
        // Moved, not copied: a copy retains and releases every field of the event.
        previous = consume event
    }

    /// `add` for a caller that never reads `previous` (the text export's listed lines):
    /// the event is only read, not kept, so no event is moved or released here.
    mutating func addListed(_ event: borrowing Event, at index: Int, to rows: inout [TimelineRow]) {
        let day = formatter.period(of: event, after: &lastDay)
        addRows(GapDescription.Side(event), day: day, at: index, to: &rows)
        previous = nil
    }

    private mutating func addRows(_ side: GapDescription.Side, day: CalendarPeriod, at index: Int, to rows: inout [TimelineRow]) {
        if let p = previousSide, let gap = GapDescription.between(p, side, formatter: formatter) {
            rows.append(.gap(gap))
        }
        if day != previousDay { rows.append(.heading(day)) }
        rows.append(.event(index))
        previousSide = side
        previousDay = day
    }
}
