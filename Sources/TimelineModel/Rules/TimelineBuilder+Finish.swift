/// The last stage every reader goes through: zone names, date-only events placed in the
/// timeline's zone, `end` against `time` when that needs the zone, the caps on problems
/// and warnings, and the stable sort.
extension TimelineBuilder {
    /// At most this many problems are listed (the first ones in file order); when there
    /// are more, one more line, "too many problems; stopped reading here", sits at the
    /// first one left out: 1001 lines at most. Warnings of a file that loads are capped
    /// the same way ("too many warnings; the rest are not listed"). See `docs/FORMAT.md`.
    public static let maxProblems = 1000

    /// The timeline `read` describes, or every problem, with its place.
    ///
    /// - Parameters:
    ///   - resolve: the problems as the user sees them, in file order (the reader knows
    ///     how to turn its places into lines and columns).
    ///   - store: the events, given their records sorted.
    static func finish(
        _ read: ReadTimeline, file: String,
        resolve: ([PendingProblem]) -> [Problem],
        store: ([EventRecord]) -> any EventStore
    ) throws(LoadFailure) -> Timeline {
        var problems = read.problems
        let warningsOnce = read.warningsOnce.warnings
        var zone = Zone.utc
        var zoneNote: String?
        if let (name, at) = read.timezone {
            if let known = knownZone(name) { zone = known } else { problems.append(unknownZone(name, at)) }
        } else {
            (zone, zoneNote) = read.offsets.home(assumedZone: read.assumedZone)
        }
        for (name, at) in read.zones where knownZone(name) == nil {
            problems.append(unknownZone(name, at))
        }
        var records = read.records
        placeDayOnlyEvents(&records, in: zone)
        for check in read.zonedEnds {
            if let problem = check.problem(in: zone) { problems.append(problem) }
        }
        guard problems.isEmpty else {
            // A refused file's warnings are listed with its problems: validate shows all.
            problems += read.warnings + warningsOnce
            capped(&problems, "too many problems; stopped reading here")
            throw LoadFailure(problems: resolve(problems))
        }
        var warnings = read.warnings + warningsOnce
        capped(&warnings, "too many warnings; the rest are not listed")
        if !isSorted(records) { EventRecord.sort(&records) }
        var timeline = Timeline(
            title: read.title ?? defaultTitle(file), summary: read.summary,
            timezone: zone.identifier, zones: read.zones.map(\.name),
            extraFields: read.extraFields, events: EventList(store: store(records)),
            warnings: warnings.isEmpty ? [] : resolve(warnings)
        )
        timeline.zoneNote = zoneNote
        timeline.dateZones = read.dateZones.filter { $0 != timeline.timezone }
        return timeline
    }

    /// Keeps the first `maxProblems` of `list` in file order and, when there were more,
    /// one more line with `stop` at the first one left out.
    static func capped(_ list: inout [PendingProblem], _ stop: String) {
        guard list.count > maxProblems else { return }
        list = list.enumerated().sorted {
            ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset)
        }.map(\.element)
        var cut = list[maxProblems]
        cut.path = ""
        cut.message = stop
        cut.seeAlso = nil
        cut.knownSeeAlso = nil
        list.removeSubrange(maxProblems...)
        list.append(cut)
    }

    /// A zone a file may name: an IANA name or `UTC` (not `local`, which differs by machine).
    static func knownZone(_ name: String) -> Zone? {
        name == "local" ? nil : Zone(identifier: name)
    }

    private static func unknownZone(_ name: String, _ at: PendingProblem) -> PendingProblem {
        var p = at
        p.message = "unknown time zone \"\(name)\"; use an IANA name such as America/New_York, Europe/Paris or UTC"
        return p
    }

    /// A file without a title of its own is titled by its name.
    static func defaultTitle(_ file: String) -> String {
        String(file.split(separator: "/").last ?? Substring(file))
    }

    /// An event known only to a day, month or year sorts at the end of that period in
    /// the timeline's zone (`EventRules.sortInstant`).
    private static func placeDayOnlyEvents(_ records: inout [EventRecord], in zone: Zone) {
        var cache: [Int64: Instant] = [:]
        for i in records.indices {
            guard let (day, precision) = records[i].dateOnly else { continue }
            // Day, month and year tiers of one last day are cached apart.
            let key = day &* 4 &+ Int64(precision.rank)
            if let known = cache[key] {
                records[i].sortInstant = known
            } else {
                let instant = EventRules.sortInstant(lastDay: day, precision: precision, in: zone)
                cache[key] = instant
                records[i].sortInstant = instant
            }
        }
    }

    private static func isSorted(_ records: [EventRecord]) -> Bool {
        var i = 1
        while i < records.count {
            if EventRecord.precedes(records[i], records[i - 1]) { return false }
            i += 1
        }
        return true
    }
}
