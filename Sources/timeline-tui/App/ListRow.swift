import TimelineModel

/// One row of the timeline list: a day heading, an event, or the time that passes between
/// two events. Built from the model's `TimelineRows`, the rows the text export prints.
enum ListRow: Hashable, Sendable {
    case day(String)
    /// The event at this position among the events shown.
    case event(Int)
    case gap(String)

    /// The rows for the events at `shown` (ascending indices into `events`).
    static func layout(_ events: EventList, shown: [Int], formatter: TimeFormatter) -> [ListRow] {
        var rows: [ListRow] = []
        rows.reserveCapacity(shown.count + 8)
        var position = 0
        for row in TimelineRows(events: events, indices: shown, formatter: formatter) {
            switch row {
            case .heading(let date): rows.append(.day(DayHeading.text(date)))
            case .gap(let gap): rows.append(.gap(gap.line))
            case .event:
                rows.append(.event(position))
                position += 1
            }
        }
        return rows
    }
}
