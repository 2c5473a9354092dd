extension TimeFormatter {
    /// An export header's zone when no event is shown (a filter kept none): the offsets
    /// over the timeline's whole span, never those of some other time of year; with no
    /// event at all, the offset only when the zone has one all year round (UTC), else the
    /// name. The text and Markdown headers say the same.
    func zoneDescription(withoutShownEventsOf events: EventList) -> String {
        if let first = events.first, let last = events.last {
            return zoneDescription(from: first.sortInstant, to: max(first.sortInstant, last.sortInstant))
        }
        let start = Instant(seconds: -(1 << 40))
        if zone.nextTransition(after: start) == nil {
            return zoneDescription(from: start, to: start)
        }
        return zone.identifier + " (no event to date its offset)"
    }
}
