import TimelineModel

/// One row of the timeline list: a day heading, an event, or the time that passes between
/// two events.
enum ListRow: Hashable, Sendable {
    case day(String)
    /// The event at this position among the events shown.
    case event(Int)
    case gap(String)

    /// The rows for `events` (the ones shown, in order) in `zone`.
    static func layout(_ events: [Event], zone: Zone) -> [ListRow] {
        var rows: [ListRow] = []
        rows.reserveCapacity(events.count + 8)
        var lastDay: CivilDate?
        for (n, e) in events.enumerated() {
            let d = Formatting.day(e, in: zone)
            if d != lastDay {
                rows.append(.day(Formatting.dayHeading(d)))
                lastDay = d
            } else if n > 0, let g = Formatting.gap(from: events[n - 1], to: e) {
                rows.append(.gap(g))
            }
            rows.append(.event(n))
        }
        return rows
    }
}
