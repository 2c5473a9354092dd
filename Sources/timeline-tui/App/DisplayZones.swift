import TimelineModel

/// The zones `z` cycles through, each with the formatter that shows times in it, and the
/// one shown now.
///
/// A zone and its formatter enter together and the shown formatter is read through the
/// shown index, so no path (start-up, `--tz`, `z`, `Z`) can label one zone's times with
/// another zone's name. Formatters are built where a zone is first named (at start, or by
/// the effect that loads a zone typed at `Z`), never inside `update`: building one reads
/// the tz database.
struct DisplayZones: Sendable {
    /// A zone and the formatter for the timeline in it.
    struct Entry: Sendable {
        let zone: Zone
        let formatter: TimeFormatter

        /// Reads the zone's data (TZif abbreviations, offsets over the timeline's span).
        init(zone: Zone, timeline: Timeline) {
            self.zone = zone
            self.formatter = TimeFormatter(timeline: timeline, zone: zone)
        }
    }

    private(set) var entries: [Entry]
    /// Position in `entries` of the zone shown.
    private(set) var index = 0

    /// The zones `z` cycles through, in order: the file's zone, UTC, the machine's zone,
    /// the file's listed `zones`, then `extra` (from `--tz`). The first of `extra`, when
    /// given, is shown; else the file's zone.
    init(timeline: Timeline, extra: [Zone], local: Zone) {
        var list: [Zone] = []
        func add(_ z: Zone?) { if let z, !list.contains(z) { list.append(z) } }
        add(Zone(identifier: timeline.timezone) ?? .utc)
        add(.utc)
        add(local)
        for name in timeline.zones { add(Zone(identifier: name)) }
        for z in extra { add(z) }
        entries = list.map { Entry(zone: $0, timeline: timeline) }
        if let first = extra.first, let i = list.firstIndex(of: first) { index = i }
    }

    var zones: [Zone] { entries.map(\.zone) }
    /// The zone shown.
    var zone: Zone { entries[index].zone }
    /// The formatter for the zone shown.
    var formatter: TimeFormatter { entries[index].formatter }

    /// Shows the next zone of the cycle.
    mutating func showNext() {
        index = (index + 1) % entries.count
    }

    /// Shows `entry`'s zone, adding it to the cycle when it is new.
    mutating func show(_ entry: Entry) {
        if let i = entries.firstIndex(where: { $0.zone == entry.zone }) {
            index = i
        } else {
            entries.append(entry)
            index = entries.count - 1
        }
    }

    /// The entry for `zone` when it is already in the cycle.
    func entry(for zone: Zone) -> Entry? {
        entries.first { $0.zone == zone }
    }
}
