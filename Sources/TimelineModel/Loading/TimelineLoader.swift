/// The one way into the model: bytes in, a checked and sorted `Timeline` out, or every
/// problem found with its place (`FILE:LINE:COL: events[3].time: …`).
///
/// Invalid UTF-8 inside a string does not refuse the file: the string shows U+FFFD for
/// the bad bytes and `Timeline.warnings` says where each was (what to do with them is the
/// caller's choice: `validate` reports them as problems, `export` and the viewer show the
/// timeline and say so). Anywhere else in the file it is a syntax error.
///
/// Reads a JSON document (`{"title": …, "events": […]}`) or JSON Lines (one event a line,
/// the timeline's own fields optionally on the first), told apart by content; see
/// `docs/FORMAT.md`. The parser works on bytes (no Foundation JSON): the first pass checks
/// everything and keeps a small record per event; events are decoded when asked for.
public enum TimelineLoader {
    /// Loads the file at `path` (memory-mapped). `path` is also the file name in problems.
    public static func load(path: String) throws(LoadFailure) -> Timeline {
        let bytes: FileBytes
        do throws(FileBytes.ReadError) {
            bytes = try FileBytes.read(path: path)
        } catch {
            throw LoadFailure(problems: [Problem(file: path, place: nil, path: "", message: error.message)])
        }
        return try load(bytes, name: path)
    }

    /// Loads a timeline from bytes in memory; `name` stands for the file in problems.
    public static func load(bytes: [UInt8], name: String) throws(LoadFailure) -> Timeline {
        try load(bytes.withUnsafeBytes { FileBytes(copying: $0) }, name: name)
    }

    /// Loads a timeline from bytes in memory (copied); `name` stands for the file in problems.
    public static func load(bytes: UnsafeRawBufferPointer, name: String) throws(LoadFailure) -> Timeline {
        try load(FileBytes(copying: bytes), name: name)
    }

    static func load(_ bytes: FileBytes, name: String) throws(LoadFailure) -> Timeline {
        var scan = TimelineScan(bytes: bytes)
        scan.run(name: name)
        var problems = scan.problems
        let zone = homeZone(scan.header, &problems)
        for (i, z) in scan.header.zones.enumerated() where knownZone(z.name) == nil {
            problems.append(PendingProblem(offset: z.offset, path: "zones[\(i)]", message: unknownZone(z.name)))
        }
        var records = scan.records
        placeDayOnlyEvents(&records, in: zone)
        for check in scan.zonedEnds where endIsBeforeTime(check, in: zone) {
            problems.append(PendingProblem(offset: check.endOffset, path: "events[\(check.index)].end",
                                           message: "\(check.endText) is before time \(check.timeText)"))
        }
        let locator = ProblemLocator(base: bytes.base, count: bytes.count, bomLength: scan.start)
        guard problems.isEmpty else {
            // A refused file's warnings are listed with its problems: validate shows all.
            problems += scan.warnings
            capped(&problems, "too many problems; stopped reading here")
            throw LoadFailure(problems: locator.problems(problems, file: name))
        }
        var warnings = scan.warnings
        capped(&warnings, "too many warnings; the rest are not listed")
        if !isSorted(records) { EventRecord.sort(&records) }
        let lazy = LazyEvents(bytes: bytes, records: records, depth: scan.eventDepth, places: scan.places)
        return Timeline(
            title: scan.header.title ?? defaultTitle(name), summary: scan.header.summary,
            timezone: zone.identifier, zones: scan.header.zones.map(\.name),
            extraFields: scan.header.extraFields, events: EventList(lazy: lazy),
            warnings: warnings.isEmpty ? [] : locator.problems(warnings, file: name)
        )
    }

    /// Keeps the first `JSONLimits.maxProblems` of `list` in file order and, when there
    /// were more, one more line with `stop` at the first one left out.
    private static func capped(_ list: inout [PendingProblem], _ stop: String) {
        guard list.count > JSONLimits.maxProblems else { return }
        list = list.enumerated().sorted {
            ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset)
        }.map(\.element)
        let cut = list[JSONLimits.maxProblems].offset
        list.removeSubrange(JSONLimits.maxProblems...)
        list.append(PendingProblem(offset: cut, path: "", message: stop))
    }

    /// The timeline's zone; an unknown name is a problem (and UTC stands in).
    private static func homeZone(_ header: TimelineHeader, _ problems: inout [PendingProblem]) -> Zone {
        guard let name = header.timezone else { return .utc }
        if let zone = knownZone(name) { return zone }
        problems.append(PendingProblem(offset: header.timezoneOffset ?? -1, path: "timezone", message: unknownZone(name)))
        return .utc
    }

    /// A zone a file may name: an IANA name or `UTC` (not `local`, which differs by machine).
    private static func knownZone(_ name: String) -> Zone? {
        name == "local" ? nil : Zone(identifier: name)
    }

    private static func unknownZone(_ name: String) -> String {
        "unknown time zone \"\(name)\"; use an IANA name such as America/New_York, Europe/Paris or UTC"
    }

    /// A JSON Lines file without a first line of timeline fields is titled by its name.
    private static func defaultTitle(_ name: String) -> String {
        String(name.split(separator: "/").last ?? Substring(name))
    }

    /// A day-only event sorts at the last nanosecond of its day in the timeline's zone.
    private static func placeDayOnlyEvents(_ records: inout [EventRecord], in zone: Zone) {
        var cache: [Int64: Instant] = [:]
        for i in records.indices {
            guard let day = records[i].dayOnly else { continue }
            if let known = cache[day] {
                records[i].sortInstant = known
            } else {
                let instant = lastMoment(ofDay: day, in: zone)
                cache[day] = instant
                records[i].sortInstant = instant
            }
        }
    }

    /// The last nanosecond of a day (days since 1970-01-01) in `zone`.
    static func lastMoment(ofDay day: Int64, in zone: Zone) -> Instant {
        let next = zone.startOfDay(CivilDate(daysSinceEpoch: day + 1))
        return Instant(seconds: next.seconds - 1, nanoseconds: 999_999_999)
    }

    /// Whether a span with one day-only end ends before it starts, days read in `zone`.
    private static func endIsBeforeTime(_ c: JSONCursor.ZonedEndCheck, in zone: Zone) -> Bool {
        switch (c.time, c.end) {
        case (.instant(let start, _), .day(let endDay)):
            return lastMoment(ofDay: endDay.daysSinceEpoch, in: zone) < start
        case (.day(let startDay), .instant(let end, _)):
            return end < zone.startOfDay(startDay)
        default:
            return false
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
