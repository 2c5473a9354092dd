import Dispatch

/// Several files' timelines as one (`timeline-tui a.json b.csv`), by the timeline's one
/// sorting rule (`EventRecord.sort`): by instant, ties in the order of the files on the
/// command line, then in file order.
///
/// - The title and home zone are the first file's (unless `title` is given); a day-only
///   event of a file in another zone is placed again at the end of its day in the home zone.
/// - Ids stay as written; an id used in more than one file is shown as `label:id`.
/// - The same happening in two files (`SameHappening`) is shown once, at the first file's
///   event, with both files in its `origins`, unless `keepDuplicates`.
public enum TimelineMerge {
    public static func merge(_ inputs: [MergeInput], title: String? = nil, keepDuplicates: Bool = false) -> Timeline {
        precondition(!inputs.isEmpty, "a merge needs at least one timeline")
        let first = inputs[0].timeline
        let home = TimelineBuilder.knownZone(first.timezone) ?? .utc
        let parts = inputs.map(\.timeline.events)
        // What the merge needs of each event, read on all the cores a file at a time.
        let facts = ConcurrentWork(count: inputs.count) { k in
            Facts(inputs[k].timeline, home: home, needsIds: inputs.count > 1)
        }.run()
        var records: [EventRecord] = []
        records.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for (k, part) in parts.enumerated() {
            for i in 0..<part.count {
                var r = EventRecord(offset: Int(MergedEventStore.pack(part: k, position: i)), fileIndex: Int32(records.count))
                r.sortInstant = facts[k].replaced[i] ?? part.sortInstant(at: i)
                records.append(r)
            }
        }
        EventRecord.sort(&records)
        var seen: [String: Int] = [:]
        var colliding = Set<String>()
        for (k, f) in facts.enumerated() {
            for id in f.ids where !id.isEmpty {
                if let other = seen[id], other != k { colliding.insert(id) } else { seen[id] = k }
            }
        }
        var entries = records.map { UInt64($0.offset) }
        var instants = records.map(\.sortInstant)
        var alsoIn: [Int: [String]] = [:]
        if !keepDuplicates && inputs.count > 1 {
            (entries, instants, alsoIn) = folded(entries, instants, parts: parts, labels: inputs.map(\.label))
        }
        let store = MergedEventStore(parts: parts, labels: inputs.map(\.label), entries: entries, instants: instants,
                                     collidingIds: colliding, alsoIn: alsoIn)
        var timeline = Timeline(
            title: title ?? first.title, summary: first.summary, timezone: first.timezone,
            zones: Self.unique(inputs.flatMap(\.timeline.zones)), extraFields: first.extraFields,
            events: EventList(store: store), warnings: inputs.flatMap(\.timeline.warnings))
        timeline.inputFormat = Self.readers(inputs)
        timeline.origins = inputs.map(\.label)
        return timeline
    }

    /// Which reader read which file (`2017-11-03: timeline JSON; edge: JSON Lines log`), or
    /// nil when every file is in our own format (as for one such file). Our format leaves
    /// `inputFormat` nil, so it is named here: a merge must not look read by one reader.
    private static func readers(_ inputs: [MergeInput]) -> String? {
        guard inputs.contains(where: { $0.timeline.inputFormat != nil }) else { return nil }
        if inputs.count == 1 { return inputs[0].timeline.inputFormat }
        return inputs.map { "\($0.label): \($0.timeline.inputFormat ?? "timeline JSON")" }.joined(separator: "; ")
    }

    /// Drops each event that is the same happening as an earlier-listed one from another
    /// file (the one listed first is kept), naming its file on the one kept.
    private static func folded(_ entries: [UInt64], _ instants: [Instant], parts: [EventList], labels: [String])
        -> ([UInt64], [Instant], [Int: [String]]) {
        // Candidates share a folded title. Two events known to the hour or better can only
        // match within an hour of each other, so those lists are read from their newest end
        // and stop there; events known only to the day are few and kept apart, two days.
        typealias Kept = (kept: Int, event: Event, part: Int)
        var keptEntries: [UInt64] = []
        var keptInstants: [Instant] = []
        var alsoIn: [Int: [String]] = [:]
        var fine: [String: [Kept]] = [:]
        var daily: [String: [Kept]] = [:]
        keptEntries.reserveCapacity(entries.count)
        for (n, entry) in entries.enumerated() {
            let (part, at) = MergedEventStore.unpack(entry)
            let event = parts[part].listed(at: at)
            let title = SameHappening.foldedTitle(event.title)
            let now = instants[n].seconds
            func matches(_ c: Kept) -> Bool {
                c.part != part && !(alsoIn[c.kept] ?? []).contains(labels[part]) && SameHappening.sameTime(c.event, event)
            }
            var match: Int?
            let reach: Int64 = event.precision >= .day ? 2 * 86_400 : 3_601
            if let list = fine[title] {
                // The earliest that matches: the first listed is the one kept.
                for c in list.reversed() {
                    if c.event.sortInstant.seconds < now - reach { break }
                    if matches(c) { match = c.kept }
                }
            }
            if match == nil, let list = daily[title] {
                match = list.first { c in c.event.sortInstant.seconds >= now - 2 * 86_400 && matches(c) }?.kept
            }
            if let match {
                alsoIn[match, default: []].append(labels[part])
                continue
            }
            let kept: Kept = (keptEntries.count, event, part)
            func add(_ list: inout [Kept]) {
                // Forget what is more than two days behind, so memory stays bounded.
                var old = 0
                while old < list.count, list[old].event.sortInstant.seconds < now - 2 * 86_400 { old += 1 }
                if old > 0 { list.removeFirst(old) }
                list.append(kept)
            }
            if event.precision >= .day { add(&daily[title, default: []]) } else { add(&fine[title, default: []]) }
            keptEntries.append(entry)
            keptInstants.append(instants[n])
        }
        return (keptEntries, keptInstants, alsoIn)
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    /// One file's events as the merge needs them: ids (to find those used twice), and
    /// day-only events placed again in the home zone when the file's zone differs.
    private struct Facts: Sendable {
        var ids: [String] = []
        var replaced: [Int: Instant] = [:]

        init(_ timeline: Timeline, home: Zone, needsIds: Bool) {
            let sameZone = timeline.timezone == home.identifier
            guard needsIds || !sameZone else { return }
            ids.reserveCapacity(needsIds ? timeline.events.count : 0)
            for (i, e) in timeline.events.enumerated() {
                if needsIds { ids.append(e.id) }
                if !sameZone, e.time.instant == nil, let period = e.time.period(at: e.precision) {
                    replaced[i] = EventRules.sortInstant(
                        lastDay: period.lastDay.daysSinceEpoch, precision: period.precision, in: home)
                }
            }
        }
    }
}
