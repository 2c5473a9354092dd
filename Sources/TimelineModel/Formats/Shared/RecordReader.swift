import Foundation

/// A reader of a format with one event a record (a CSV row, a JSON Lines object, a log
/// line and the lines that continue it): where the records start, and how to read one.
/// `read` is asked twice for an event: once as the file loads (for its problems, its sort
/// key and the rules) and again when the event is shown (`RecordFileStore`), so a million
/// events cost a small record each instead of a million `Event`s in memory.
struct RecordReader: Sendable {
    /// Where the first record starts, and its line.
    var first: (offset: Int, line: Int)
    /// What is wrong before the first record (a header without the columns the format
    /// needs): the file is refused, and its records are read only for their own problems.
    var problems: [Problem] = []
    var warnings: [Problem] = []
    /// Reads the record at an offset, which starts the given line; the whole event, or
    /// only what the rules and messages need (see `RecordReading.whole`). The same bytes
    /// always give the same reading.
    var read: @Sendable (_ offset: Int, _ line: Int, _ whole: Bool) -> RecordReading
    /// The first pass's reading of the record at an offset (which starts the given line)
    /// when the reader can be sure of it from a few of its fields (see `SkimmedRecord`);
    /// nil sends the record to `read`. Without it every record is read by `read`.
    var skim: (@Sendable (_ offset: Int, _ line: Int) -> SkimmedRecord?)? = nil
    /// `skim` for a format whose listing's title is made from several fields (an access
    /// log's, an audit record's): the title and actor, as the listing would show them, made
    /// as an entry of `made` (`SkimmedRecord.made`), so that no record is read again to list it.
    var skimMaking: (@Sendable (_ offset: Int, _ line: Int, _ made: MadeTitles) -> SkimmedRecord?)? = nil
    /// A record boundary at or after an offset (the middle of what is left) and its line,
    /// counted on from a known record start, found without reading the records between;
    /// nil when there is none. Without it the file is read on one thread.
    var boundary: (@Sendable (_ from: (offset: Int, line: Int), _ middle: Int) -> (offset: Int, line: Int)?)? = nil

    /// What the reader recognised that the user should know (`pino: time in epoch
    /// milliseconds`), shown after the format's name in "Read as".
    var note: String? = nil

    /// The timeline's title and home zone when the file says them (a Timesketch file our
    /// export wrote); nil: the file's name, and UTC.
    var title: String? = nil
    var timezone: (name: String, place: FieldPlace)? = nil
    /// The rest of the timeline's own fields when the file says them (see `SavedTimeline`).
    var saved = SavedTimeline()
    /// `--assume-zone`, for the home zone (`WrittenOffsets`).
    var assumedZone: Zone? = nil
    /// Told how far the reading has gone (`ReadOptions.progress`).
    var progress: ReadProgress? = nil

    /// What a quick look at a record's bytes can rule out before a search reads its event;
    /// nil (no quick look) unless the format's events hold their record's text.
    var quickLook: RecordQuickLook? = nil

    /// Files smaller than this are read on one thread.
    static let halvesThreshold = 4 << 20
}

extension RecordReader {
    /// A JSON Lines file: each line's object given to `map`.
    /// `madeText`: text `map` may put in an event that its line does not hold (see
    /// `RecordQuickLook`); nil when `map` may make other text, so no quick look is allowed.
    static func jsonLines(_ bytes: FileBytes, file: String, madeText: [String]? = nil,
                          map: @escaping @Sendable (Record, inout RecordReading) -> Void) -> RecordReader {
        RecordReader(first: (RecordFile.firstLine(bytes), 1), read: { offset, line, whole in
            var (record, reading) = RecordFile.jsonLine(bytes, at: offset, line: line, file: file)
            reading.whole = whole
            if let record { map(record, &reading) }
            return reading
        }, boundary: RecordFile.lineBoundary(bytes),
        quickLook: madeText.map { RecordQuickLook(madeText: $0, file: file) })
    }

    /// A CSV file: its header read, `check` asked what is wrong with it, and each row
    /// under its names given to `map`. When the header has a problem, rows are read only
    /// for their own. When not the whole event is wanted, only the text of the columns
    /// `listed` names is made (the others are given empty): what `map` reads for the rules,
    /// the messages and a one-line listing.
    /// `madeText`: as for `jsonLines`; the header's names are added (extra fields are named
    /// by them). `lowercaseHeader`, `separator`: as for `RecordFile.csvHeader`.
    static func csv(_ bytes: FileBytes, file: String, listed: [String], check: ([String]) -> [Problem] = { _ in [] },
                    madeText: [String]? = nil, lowercaseHeader: Bool = true, separator: UInt8 = 0x2C,
                    header named: ([String]) -> [String] = { $0 },
                    map: @escaping @Sendable (Record, inout RecordReading) -> Void) -> RecordReader {
        // `named`: the header as the format reads it (Event Viewer leaves its last column unnamed).
        let (written, rows, failure) = RecordFile.csvHeader(bytes, file: file, lowercaseHeader: lowercaseHeader, separator: separator)
        let header = written.isEmpty ? written : named(written)
        let keeping = header.map { listed.contains($0) }
        let problems = failure.map { [$0] } ?? (header.isEmpty ? [] : check(header))
        let mapping = problems.isEmpty
        return RecordReader(first: rows, problems: problems, read: { offset, line, whole in
            var (record, reading) = RecordFile.csvRow(bytes, at: offset, line: line, header: header, file: file,
                                                      keeping: whole ? nil : keeping, separator: separator)
            reading.whole = whole
            if mapping, let record { map(record, &reading) }
            return reading
        }, boundary: RecordFile.csvBoundary(bytes),
        quickLook: madeText.map { RecordQuickLook(madeText: header + $0, file: file, lineBreaks: true) })
    }
}

extension InputFormat {
    /// A format of other tools read a record at a time (see `RecordReader`): detection
    /// from the start of the file, and a reader made for a file.
    static func records(
        name: String, title: String, permissive: Bool = false,
        declines: @escaping @Sendable (FileSample) -> String?,
        reader: @escaping @Sendable (FileBytes, _ file: String, ReadOptions) -> RecordReader
    ) -> InputFormat {
        InputFormat(
            name: name, title: title, permissive: permissive,
            detect: { bytes, _ in declines(bytes.sample).map { .declines($0) } ?? .takes },
            reader: { bytes, file, options throws(LoadFailure) in
                var records = reader(bytes, file, options)
                records.assumedZone = options.time.assumedZone
                records.progress = options.progress
                var timeline = try records.load(bytes, file: file)
                timeline.inputFormat = records.note.map { "\(title) (\($0))" } ?? title
                timeline.origins = records.saved.origins
                timeline.savedReadAs = records.saved.readAs
                return timeline
            }
        )
    }
}

extension RecordReader {
    /// Reads every record through the timeline's rules; the events stay in the file.
    ///
    /// A big file is read in two parts at once: the second from a record boundary near the
    /// middle (`boundary`), into a builder of its own. It is taken only when the first part
    /// ends exactly at that boundary and the second found no problem; otherwise the first
    /// reads on, so every message is the same as a one-thread read's.
    ///
    /// A service's record repeated whole (`RepeatedRecord`) is found once all is read: the
    /// file is then read again with the repeats (`leavingOut`, by their records' offsets)
    /// left out and said in a warning each.
    func load(_ bytes: FileBytes, file: String, leavingOut: [Int: RepeatedRecord] = [:]) throws(LoadFailure) -> Timeline {
        var builder = TimelineBuilder(file: file)
        builder.title = title
        builder.timezone = timezone
        builder.summary = saved.summary
        builder.zones = saved.zones
        builder.extraFields = saved.extraFields
        builder.assumedZone = assumedZone
        for p in problems { builder.problem(p.message, at: FieldPlace(p.place, path: p.path)) }
        for w in warnings { builder.warning(w.message, at: FieldPlace(w.place, path: w.path)) }
        var listing: [ListedLine] = []
        // Made titles only for a reader that makes them; one for each part.
        let made = (first: skimMaking.map { _ in MadeTitles() }, second: skimMaking.map { _ in MadeTitles() })
        var at = first
        if let boundary, bytes.count - first.offset >= Self.halvesThreshold,
           let split = boundary(first, first.offset + (bytes.count - first.offset) / 2) {
            // Each part is written by its own thread only, and read once both are done.
            nonisolated(unsafe) var parts = (first: builder, second: builder.secondPart(),
                                             listed: (first: [ListedLine](), second: [ListedLine]()),
                                             reached: (offset: 0, line: 0, stopped: false))
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                if part == 0 {
                    parts.reached = readRecords(into: &parts.first, &parts.listed.first, made.first, bytes, from: first, to: split.offset,
                                                leavingOut: leavingOut)
                } else {
                    _ = readRecords(into: &parts.second, &parts.listed.second, made.second, bytes, from: split, to: bytes.count,
                                    leavingOut: leavingOut)
                }
            }
            // Taken out of `parts`, which lives on: the first part's events are then
            // appended to in place, and the second's freed before the sort (peak memory).
            let empty = TimelineBuilder(file: file)
            (builder, parts.first) = (parts.first, empty)
            (listing, parts.listed.first) = (parts.listed.first, [])
            let reached = parts.reached
            if reached.stopped || builder.hasTooManyProblems {
                return try build(builder, ListedLines(listing, made: (made.first, nil)), bytes, file: file, leftOut: leavingOut)
            }
            if (reached.offset, reached.line) == split && parts.second.read.problems.isEmpty {
                builder.append(parts.second)
                let second = parts.listed.second
                (parts.second, parts.listed.second) = (empty, [])
                return try build(builder, ListedLines(listing, second, made: made), bytes, file: file, leftOut: leavingOut)
            }
            at = (reached.offset, reached.line)
        }
        _ = readRecords(into: &builder, &listing, made.first, bytes, from: at, to: bytes.count, leavingOut: leavingOut)
        return try build(builder, ListedLines(listing, made: (made.first, nil)), bytes, file: file, leftOut: leavingOut)
    }

    /// Reads the records from `from` until one starts at or after `end` (or reading must
    /// stop), keeping each event's `ListedLine` in `listing` (and the titles it made in
    /// `made`): where it stopped, and whether the rest cannot be read. A record in
    /// `leavingOut` gives its warning instead of its event.
    private func readRecords(into builder: inout TimelineBuilder, _ listing: inout [ListedLine], _ made: MadeTitles?, _ bytes: FileBytes,
                             from: (offset: Int, line: Int), to end: Int,
                             leavingOut: [Int: RepeatedRecord]) -> (offset: Int, line: Int, stopped: Bool) {
        var (offset, line) = from
        var meter = VerbatimTextMeter()
        var told = ProgressNote(progress, from: from.offset)
        var records = 0
        while offset < end && !builder.hasTooManyProblems {
            records += 1
            told.note(offset, after: records)
            if let s = skim?(offset, line) ?? made.flatMap({ skimMaking?(offset, line, $0) }) {
                if builder.note(time: s.time, end: s.end, precision: s.precision, id: s.id, in: bytes, line: line, offset: offset) {
                    if let made, let entry = s.made {
                        let listed = ListedLine(s, entry: entry, made: made, meter: &meter)
                        if !listed.isUsable { made.drop(entry) }
                        listing.append(listed)
                    } else {
                        listing.append(ListedLine(s, record: offset, bytes: bytes, meter: &meter))
                    }
                } else if let made, let entry = s.made {
                    made.drop(entry)
                }
                (offset, line) = (s.next, s.nextLine)
                continue
            }
            let r = read(offset, line, false)
            if !leavingOut.isEmpty, let repeated = leavingOut[offset] {
                if let w = repeated.warning { builder.warning(w, at: repeated.place) }
                (offset, line) = (r.next, r.nextLine)
                continue
            }
            for p in r.problems { builder.problem(p.message, at: FieldPlace(p.place, path: p.path)) }
            for w in r.warnings { builder.warning(w.message, at: FieldPlace(w.place, path: w.path)) }
            for w in r.warningsOnce { builder.warningOnce(w.message, at: FieldPlace(w.place, path: w.path)) }
            if let d = r.draft, builder.note(d, offset: offset) {
                listing.append(ListedLine(d, r, record: offset, bytes: bytes, meter: &meter))
            }
            if r.stop || r.next <= offset { return (offset, line, true) }
            (offset, line) = (r.next, r.nextLine)
        }
        return (offset, line, false)
    }

    private func build(_ builder: TimelineBuilder, _ listing: ListedLines, _ bytes: FileBytes,
                       file: String, leftOut: [Int: RepeatedRecord]) throws(LoadFailure) -> Timeline {
        if leftOut.isEmpty {
            let repeats = builder.repeatedRecords { offset, line in read(offset, line, true).draft }
            if !repeats.isEmpty {
                return try load(bytes, file: file, leavingOut: Dictionary(repeats.map { ($0.offset, $0) }, uniquingKeysWith: { a, _ in a }))
            }
        }
        progress?.finish(bytes.count)
        // A skimmed id that repeats is placed by reading its record whole, as if not skimmed.
        return try builder.build(idPlace: { offset, line in read(offset, line, false).draft?.idPlace }) { records, ids in
            RecordFileStore(bytes: bytes, reader: self, records: records, ids: ids, listing: listing)
        }
    }
}
