import TimelineModel

/// One row of the timeline list: a day heading, an event, or the time that passes between
/// two events. Built from the model's `TimelineRows`, the rows the text export prints.
enum ListRow: Hashable, Sendable {
    case day(String)
    /// The event at this position among the events shown.
    case event(Int)
    case gap(String)

    /// The rows for the events at `shown` (ascending indices into `events`).
    ///
    /// In another zone than its own, an event known only to the day goes under a
    /// heading that says whose day it is (`Friday 3 November 2017 (day in
    /// America/New_York)`), as the lanes export does, and its time cell is the compact
    /// `time unknown`: the phrase is never cut in a narrow time column.
    static func layout(_ events: EventList, shown: [Int], formatter: TimeFormatter) -> [ListRow] {
        var rows: [ListRow] = []
        rows.reserveCapacity(shown.count + 8)
        var position = 0
        let notes = formatter.showsDatesElsewhere
        var period: CalendarPeriod?
        var heading: String?
        var model = TimelineRows(events: events, indices: shown, formatter: formatter).makeIterator()
        while let (row, event) = model.nextWithEvent() {
            switch row {
            case .heading(let p):
                if notes { period = p } else { rows.append(.day(DayHeading.text(p))) }
            case .gap(let gap):
                rows.append(.gap(gap.line))
            case .event:
                if notes, let period, let event {
                    let text = DayHeading.text(period) + (formatter.homePeriodNote(of: event) ?? "")
                    if text != heading { rows.append(.day(text)) }
                    heading = text
                }
                rows.append(.event(position))
                position += 1
            }
        }
        return rows
    }
}
