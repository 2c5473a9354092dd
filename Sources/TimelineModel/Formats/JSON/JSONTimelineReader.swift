/// Reads timeline-tui's JSON document or JSON Lines (told apart by content, see
/// `docs/FORMAT.md`). The parser works on bytes (no Foundation JSON): one pass checks
/// everything and keeps a small record per event, which `TimelineBuilder.finish` sorts;
/// events stay in the file (`JSONEventStore`) and are decoded when asked for.
enum JSONTimelineReader {
    static func read(_ bytes: FileBytes, name: String) throws(LoadFailure) -> Timeline {
        var scan = TimelineScan(bytes: bytes)
        scan.run(name: name)
        // Repeated ids are looked for on another core while the builder sorts the events;
        // a file that has some is then refused with them after its other problems.
        let scanned = scan
        let repeats = SecondHalf<[PendingProblem]> { scanned.repeatedIds() }
        let header = scan.header
        var read = ReadTimeline(
            title: header.title, summary: header.summary, extraFields: header.extraFields,
            records: scan.records, zonedEnds: scan.zonedEnds, problems: scan.problems, warnings: scan.warnings
        )
        if let zone = header.timezone {
            read.timezone = (zone, PendingProblem(offset: header.timezoneOffset ?? -1, path: "timezone", message: ""))
        }
        read.zones = header.zones.enumerated().map { i, z in
            (z.name, PendingProblem(offset: z.offset, path: "zones[\(i)]", message: ""))
        }
        let locator = ProblemLocator(base: bytes.base, count: bytes.count, bomLength: scanned.start)
        let (depth, places, validUTF8) = (scanned.eventDepth, scanned.places, scanned.warnings.isEmpty)
        func finish(_ read: ReadTimeline) throws(LoadFailure) -> Timeline {
            try TimelineBuilder.finish(
                read, file: name,
                resolve: { PendingProblem.resolve($0, file: name, locate: locator.places(for:)) },
                store: { JSONEventStore(bytes: bytes, records: $0, depth: depth, places: places, validUTF8: validUTF8) }
            )
        }
        let timeline = Result { () throws(LoadFailure) in try finish(read) }
        let repeated = repeats.wait()
        guard !repeated.isEmpty else { return try timeline.get() }
        read.problems += repeated
        return try finish(read)
    }
}
