import TimelineModel

/// One query of `bench-viewer`: the time the model's filter takes over all events, next
/// to decoding and matching every event one by one (the way it was done before, and the
/// reference its answers must equal).
struct SearchFigures {
    let timeline: Timeline
    let query: String
    /// Also decode and match every event one by one and compare.
    var check = false

    func line(_ ms: (Duration) -> String) -> String {
        let filter: FilterExpression
        do {
            filter = try EventQuery.expression(query, timeline: timeline, formatter: TimeFormatter(timeline: timeline))
        } catch {
            return "filter “\(query)”: \(error.description)"
        }
        let clock = ContinuousClock()
        var found: [Int] = []
        let fast = (0..<3).map { _ in clock.measure { found = filter.indices(in: timeline.events) } }.min()!
        guard check else { return "filter “\(query)”: \(found.count) matches in \(ms(fast))" }
        var reference: [Int] = []
        let events = timeline.events
        let slow = clock.measure { reference = events.indices.filter { filter.matches(events[$0]) } }
        let same = found == reference ? "same" : "DIFFERENT from"
        return "filter “\(query)”: \(found.count) matches in \(ms(fast)) (\(same) decoding every event: \(ms(slow)))"
    }
}
