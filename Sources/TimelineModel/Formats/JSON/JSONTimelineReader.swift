/// Reads timeline-tui's JSON document or JSON Lines (told apart by content, see
/// `docs/FORMAT.md`). The parser works on bytes (no Foundation JSON): one pass checks
/// everything and keeps a small record per event, which `TimelineBuilder.finish` sorts;
/// events stay in the file (`JSONEventStore`) and are decoded when asked for.
enum JSONTimelineReader {
    static func read(_ bytes: FileBytes, name: String, options: ReadOptions = ReadOptions()) throws(LoadFailure) -> Timeline {
        var scan = TimelineScan(bytes: bytes, measuring: options.measuresListedText)
        scan.assumedZone = AssumedZone(options.time)
        scan.mergeFacts = options.merging.map(FirstPassFacts.init)
        scan.valueSpans = options.keepsEventValues.map { EventValueSpans(measuringText: $0 == .placesAndSimpleText) }
        scan.progress = ProgressNote(options.progress, from: 0)
        scan.run(name: name)
        options.progress?.finish(bytes.count)
        let header = scan.header
        var read = ReadTimeline(
            title: header.title, summary: header.summary, extraFields: header.extraFields,
            records: scan.records, zonedEnds: scan.zonedEnds, offsets: scan.offsets,
            problems: scan.problems + scan.repeatedIds(), warnings: scan.warnings
        )
        if !read.problems.isEmpty {
            offerAssumeZone(in: &read.problems, timezone: header.timezone)
            if case .jsonLines = scan.format, scan.ids.count == 0 { offerLogReading(in: &read.problems) }
        }
        // The assumed zone is the home zone, as for other readers, once a time was placed in it.
        if scan.offsets.assumed { read.assumedZone = options.time.assumedZone }
        if let zone = header.timezone {
            read.timezone = (zone, PendingProblem(offset: header.timezoneOffset ?? -1, path: "timezone", message: ""))
        }
        read.zones = header.zones.enumerated().map { i, z in
            (z.name, PendingProblem(offset: z.offset, path: "zones[\(i)]", message: ""))
        }
        // Neither the records (moved into `read`) nor the ids (checked) are needed here now:
        // their memory goes before the sort's.
        scan.records = []
        scan.ids = IdList()
        let locator = ProblemLocator(base: bytes.base, count: bytes.count, bomLength: scan.start)
        // A saved merge's files: those the timeline names, then any only its events name.
        let origins = header.origins + scan.eventOrigins.filter { !header.origins.contains($0) }
        // Events with files or zones of their own are listed by reading them (the places
        // hold neither).
        // A time placed in the assumed zone is written again with its offset, so events are
        // not copied from the file as they are (`validUTF8` allows that).
        let dateZones = scan.eventDateZones
        let (depth, places, validUTF8) = (scan.eventDepth, origins.isEmpty && dateZones.isEmpty ? scan.places : [],
                                          scan.warnings.isEmpty && !scan.offsets.assumed)
        let assumedZone = scan.assumedZone
        let firstPassFacts = places.isEmpty ? nil : scan.mergeFacts
        let valueSpans = places.isEmpty ? nil : scan.valueSpans
        (scan.mergeFacts, scan.valueSpans) = (nil, nil)
        var timeline = try TimelineBuilder.finish(
            read, file: name,
            resolve: { PendingProblem.resolve($0, file: name, locate: locator.places(for:)) },
            store: { JSONEventStore(bytes: bytes, records: $0, depth: depth, places: places, validUTF8: validUTF8,
                                     assumedZone: assumedZone, firstPassFacts: firstPassFacts, valueSpans: valueSpans) }
        )
        timeline.origins = origins
        timeline.dateZones = dateZones.filter { $0 != timeline.timezone }
        timeline.savedReadAs = header.readAs
        return timeline
    }

    /// A time refused for having no zone names `--assume-zone` as the way out, with the
    /// document's `timezone` as the likely zone: it is never taken as the zone of such a
    /// time unless the user says so (a missing zone is never guessed).
    private static func offerAssumeZone(in problems: inout [PendingProblem], timezone: String?) {
        // Only a zone that exists is offered (an unknown one is a problem of its own).
        let likely = timezone.flatMap { Zone(identifier: $0) == nil ? nil : " " + $0 } ?? ""
        let advice = TimeParser.noZone + ", or give --assume-zone" + likely
        for i in problems.indices where problems[i].message == TimeParser.noZone {
            problems[i].message = advice
        }
    }

    /// JSON Lines in which no event read has an id is likely a log rather than our format
    /// missing ids; it is still refused (a user of our format who forgot the ids hears of
    /// it), with the reading that fits a log named.
    private static func offerLogReading(in problems: inout [PendingProblem]) {
        let missing = EventRules.missingField("id")
        for i in problems.indices where problems[i].message == missing {
            problems[i].message = missing + "; no line read has one: if the file is a log, --input-format jsonl-log reads it as one (ids made from line numbers)"
        }
    }
}
