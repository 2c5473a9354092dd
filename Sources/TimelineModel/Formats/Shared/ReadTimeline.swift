/// The timeline rules for events read by the readers of other formats, in one place:
/// problems refuse the file (capped like our format's), day-only events sort at the end of
/// their day in the timeline's zone, ties keep file order, an id used twice and an `end`
/// before `time` are problems.
///
/// (Our own JSON format keeps its own fast loader; when the shared `TimelineBuilder` lands
/// these rules move there and this becomes a call to it.)
enum ReadTimeline {
    static let maxProblems = 1000

    static func make(_ output: ReaderOutput, file: String, format: InputFormat) throws(LoadFailure) -> Timeline {
        var problems = output.problems
        var zone = Zone.utc
        if let name = output.timezone {
            if name != "local", let z = Zone(identifier: name) { zone = z } else {
                problems.append(Problem(file: file, place: nil, path: "timezone",
                                        message: "unknown time zone \"\(name)\"; use an IANA name such as America/New_York, Europe/Paris or UTC"))
            }
        }
        var events = output.events
        var firstPlace: [String: SourcePlace?] = [:]
        for i in events.indices {
            events[i].fileIndex = i
            switch events[i].time {
            case .instant(let t, _): events[i].sortInstant = t
            case .day(let d): events[i].sortInstant = TimelineLoader.lastMoment(ofDay: d.daysSinceEpoch, in: zone)
            }
            let id = events[i].id
            if let earlier = firstPlace[id] {
                let at = earlier.map { " (line \($0.line))" } ?? ""
                problems.append(Problem(file: file, place: events[i].place, path: "id",
                                        message: "id \"\(id)\" is used by an earlier event too\(at); ids must be unique"))
            } else {
                firstPlace[id] = events[i].place
            }
            if let end = events[i].end, endsBefore(end, events[i].time, zone) {
                problems.append(Problem(file: file, place: events[i].place, path: "end",
                                        message: "the end is before the start"))
            }
        }
        guard problems.isEmpty else {
            var all = problems + output.warnings
            all.sort { ($0.place?.line ?? 0, $0.place?.column ?? 0) < ($1.place?.line ?? 0, $1.place?.column ?? 0) }
            capped(&all, "too many problems; stopped reading here")
            throw LoadFailure(problems: all)
        }
        var warnings = output.warnings
        capped(&warnings, "too many warnings; the rest are not listed")
        // Stable: the sort key ends with the file position.
        events.sort { ($0.sortInstant, $0.fileIndex) < ($1.sortInstant, $1.fileIndex) }
        var timeline = Timeline(
            title: output.title ?? String(file.split(separator: "/").last ?? Substring(file)),
            summary: output.summary, timezone: zone.identifier, extraFields: output.extraFields,
            events: EventList(events), warnings: warnings
        )
        timeline.inputFormat = format.displayName
        return timeline
    }

    private static func endsBefore(_ end: EventTime, _ start: EventTime, _ zone: Zone) -> Bool {
        func first(_ t: EventTime) -> Instant {
            switch t {
            case .instant(let i, _): i
            case .day(let d): zone.startOfDay(d)
            }
        }
        func last(_ t: EventTime) -> Instant {
            switch t {
            case .instant(let i, _): i
            case .day(let d): TimelineLoader.lastMoment(ofDay: d.daysSinceEpoch, in: zone)
            }
        }
        return last(end) < first(start)
    }

    private static func capped(_ list: inout [Problem], _ stop: String) {
        guard list.count > maxProblems else { return }
        let cut = list[maxProblems]
        list.removeSubrange(maxProblems...)
        list.append(Problem(file: cut.file, place: cut.place, path: "", message: stop))
    }
}
