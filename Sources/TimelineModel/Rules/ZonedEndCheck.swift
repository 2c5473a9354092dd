/// An `end` whose order against `time` depends on the timeline's zone (one of them is
/// day-only), checked by `TimelineBuilder` once the zone is known.
struct ZonedEndCheck {
    /// The event's position in its file.
    var index: Int
    /// Where the `end` is, as `PendingProblem.offset`.
    var endOffset: Int
    var time: EventTime
    var end: EventTime
    var timeText: String
    var endText: String
    /// The `end`'s place when the reader knows it; else `events[index].end` at `endOffset`.
    var place: FieldPlace? = nil

    /// The problem when `end` is before `time` in `zone`.
    func problem(in zone: Zone) -> PendingProblem? {
        guard EventRules.endIsBeforeTime(time, end, in: zone) else { return nil }
        let message = EventRules.endBeforeTime(end: endText, time: timeText)
        if let place { return PendingProblem(at: place, message: message) }
        return PendingProblem(offset: endOffset, path: "events[\(index)].end", message: message)
    }
}
