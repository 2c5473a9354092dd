/// What a merge shown before its duplicate check (`TimelineMerge.merge(…, foldingLater:)`)
/// keeps for the check: the home zone, the zone of the dates of the files whose own
/// (`MergedEventStore.dateZones`) is not.
struct DuplicateFold: Sendable {
    let home: Zone
}

/// A merged timeline once the same happening in several files is shown once
/// (`TimelineMerge.foldDuplicates`), and where each event of the timeline before went.
public struct FoldedDuplicates: Sendable {
    /// The timeline as `TimelineMerge.merge` gives it without `foldingLater`.
    public let timeline: Timeline
    /// For each position before, the position after: its own, or for an event shown once
    /// now at another file's event, the nearest event kept before it (that event, most
    /// often: the one kept is listed first).
    private let moves: [Int32]

    /// How many events there were before.
    public var countBefore: Int { moves.count }
    /// How many events are now shown once with another file's.
    public var folded: Int { moves.count - timeline.events.count }

    init(timeline: Timeline, moves: [Int32]) {
        self.timeline = timeline
        self.moves = moves
    }

    /// Where the event at `position` (in the timeline before) is now.
    public func moved(_ position: Int) -> Int { Int(moves[position]) }

    /// `positions` (ascending) moved, each once: ascending.
    public func moved(_ positions: [Int]) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(positions.count)
        for p in positions {
            let m = moved(p)
            if out.last != m { out.append(m) }
        }
        return out
    }
}

extension Timeline {
    /// Whether the duplicate check of this merged timeline is still to be done
    /// (`TimelineMerge.foldDuplicates`).
    public var duplicatesToFold: Bool {
        (events.store as? MergedEventStore)?.foldLater != nil
    }
}

extension TimelineMerge {
    /// `timeline` (merged with `foldingLater`) with the same happening in several files
    /// shown once, as `merge` would have shown it; nil when there is nothing left to do.
    /// Each file's titles (of the events another file can meet in time) are read on the
    /// cores, a file at a time, then checked as `merge` checks them.
    public static func foldDuplicates(_ timeline: Timeline) -> FoldedDuplicates? {
        guard let store = timeline.events.store as? MergedEventStore, let later = store.foldLater else { return nil }
        let hasher = SeededHash()
        var facts = ConcurrentWork(count: store.parts.count) { k in
            MergeFacts(Timeline(title: "", events: store.parts[k]), ids: nil, titles: hasher, titlesLater: true)
        }.run()
        let meets = meetableTitles(&facts, store.entries, store.instants, parts: store.parts, hasher: hasher)
        let groups = titleGroups(store.entries, store.instants, facts: facts, meetable: meets)
        var (kept, keptInstants) = (store.entries, store.instants)
        let fold = folded(&kept, &keptInstants, groups, parts: store.parts, labels: store.labels,
                          dateZones: zones(store.dateZones, home: later.home))
        let entries = fold.entries
        var moves = [Int32](repeating: 0, count: store.entries.count)
        // The events kept are in the same order, each entry once: one walk pairs them.
        var j = 0
        for (n, entry) in store.entries.enumerated() {
            if j < entries.count, entries[j] == entry {
                moves[n] = Int32(j)
                j += 1
            } else {
                moves[n] = Int32(max(0, j - 1))
            }
        }
        var folded = timeline
        folded.events = EventList(store: MergedEventStore(parts: store.parts, labels: store.labels, entries: entries,
                                                          instants: fold.instants, collidingIds: store.collidingIds,
                                                          alsoIn: fold.alsoIn, copies: fold.copies,
                                                          home: store.home, dateZones: store.dateZones))
        return FoldedDuplicates(timeline: folded, moves: moves)
    }
}
