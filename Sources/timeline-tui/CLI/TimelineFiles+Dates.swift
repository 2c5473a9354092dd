import TimelineModel

extension TimelineFiles {
    /// A merged timeline reads every event known only to a day, month or year as a date
    /// in its home zone, the first file's: the dates of a later file written in another
    /// zone would be counted, and labelled, in the wrong one (`time unknown (day in
    /// America/Los_Angeles)` for a day a UTC file wrote). Until each event keeps its
    /// file's zone, one note a file says so and how to keep its dates in its own zone.
    static func noteDatesInOtherZones(_ inputs: [MergeInput], names: [String]) {
        let text = datesInOtherZonesNote(inputs, names: names)
        if !text.isEmpty { StandardStream.error.write(text) }
    }

    /// The note's lines, empty when there is nothing to say (the viewer prints them once
    /// its loading screen is put away).
    static func datesInOtherZonesNote(_ inputs: [MergeInput], names: [String]) -> String {
        guard inputs.count > 1, let home = inputs.first?.timeline.timezone else { return "" }
        var text = ""
        for (k, input) in inputs.enumerated().dropFirst() where !sameDates(input.timeline.timezone, home) {
            // The listing is enough (several times cheaper than whole events), and the first
            // date found ends the look: a merge of files in one zone, the usual, looks at none.
            let events = input.timeline.events
            guard events.indices.contains(where: { events.listed(at: $0).precision >= .day }) else { continue }
            let name = names[k] == TimelineSource.standardInputName ? "stdin" : SafeText.neutralise(names[k])
            let zone = SafeText.neutralise(input.timeline.timezone)
            text += "timeline-tui: note: \(name) has events known only to the day, month or year, dates in \(zone); "
                + "the merged timeline reads them in \(SafeText.neutralise(home)), the first file's zone "
                + "(give \(name) first to keep them in \(zone))\n"
        }
        return text
    }

    /// Whether two zones' dates are the same days: the same zone, or two names of one
    /// offset that never changes (`UTC`, `Etc/UTC`).
    static func sameDates(_ a: String, _ b: String) -> Bool {
        guard a != b else { return true }
        guard let za = Zone(identifier: a), let zb = Zone(identifier: b) else { return false }
        if za == zb { return true }
        let past = Instant(seconds: -(1 << 40))
        return za.nextTransition(after: past) == nil && zb.nextTransition(after: past) == nil
            && za.offset(at: past) == zb.offset(at: past)
    }
}
