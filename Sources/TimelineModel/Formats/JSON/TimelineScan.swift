/// The first pass over a file: every check the format asks for, and a small record per
/// event; the events' text stays in the file until asked for. Big files are scanned in
/// two halves on two threads (see `TimelineScan+Halves.swift`).
struct TimelineScan {
    let bytes: FileBytes
    var base: UnsafePointer<UInt8> { bytes.base }
    var count: Int { bytes.count }
    /// Where the content starts (after a UTF-8 byte-order mark).
    let start: Int
    var header = TimelineHeader()
    var records: [EventRecord] = []
    /// Where each recorded event's listed fields are, in the same order as `records`.
    var places: [ListingFieldSpans] = []
    /// Measures each event's actor and title for `places`; nil when they are left to be
    /// measured when first asked for (`ReadOptions.measuresListedText`).
    var meter: VerbatimTextMeter?
    var problems: [PendingProblem] = []
    /// Invalid UTF-8 inside strings (see `JSONCursor.warnings`), at most
    /// `JSONLimits.maxProblems + 1`.
    var warnings: [PendingProblem] = []
    var zonedEnds: [ZonedEndCheck] = []
    /// The offsets the times were written with: the home zone of a file without
    /// `timezone`, as for every other reader (`WrittenOffsets`).
    var offsets = WrittenOffsets()
    /// The files the events' `source_files` name, each once, in file order (a saved merge).
    var eventOrigins: [String] = []
    /// The zones the events name for their dates (`timezone`, a saved merge's), each once.
    var eventDateZones: [String] = []
    /// Every id's hash and place, checked for repeats once the file is read.
    var ids: IdList
    /// The nesting level of event objects (3 in a document, 1 in JSON Lines).
    var eventDepth = 3
    var format = JSONLayout.document
    /// `--assume-zone` for times written without a zone.
    var assumedZone: AssumedZone?
    /// What a merge reads of each event, kept as it is read (`ReadOptions.merging`).
    var mergeFacts: FirstPassFacts?
    /// Where each event's other values are, for an export that writes them all
    /// (`ReadOptions.keepsEventValues`).
    var valueSpans: EventValueSpans?
    /// How far this pass has gone, told to `ReadOptions.progress`.
    var progress = ProgressNote(nil, from: 0)

    init(bytes: FileBytes, idSeed: UInt64 = .random(in: .min ... .max), measuring: Bool = true) {
        self.bytes = bytes
        meter = measuring ? VerbatimTextMeter() : nil
        ids = IdList(seed: idSeed)
        let b = bytes.base
        let bom = bytes.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF
        start = bom ? 3 : 0
    }

    /// Reads the whole file, collecting problems (a syntax error stops a document; in
    /// JSON Lines it stops only its line); all but repeated ids (`repeatedIds`).
    mutating func run(name: String) {
        var c = JSONCursor(base: base, start: start, end: count, endName: "file")
        c.assumedZone = assumedZone
        c.skipWhitespace()
        if c.atEnd {
            problems.append(PendingProblem(offset: -1, path: "", message: "is empty; a timeline file holds a JSON object with \"title\" and \"events\""))
            return
        }
        format = JSONLayout.detect(base, start: start, end: count, name: name)
        switch format {
        case .document:
            do throws(SyntaxError) {
                try scanDocument(&c)
            } catch {
                problems.append(PendingProblem(offset: error.offset, path: error.path, message: error.message))
            }
            problems.append(contentsOf: c.problems)
            warnings = c.warnings
        case .jsonLines(let headerFirst):
            eventDepth = 1
            scanLinesInHalves(headerFirst: headerFirst)
        }
    }

    /// The problems of repeated ids, each where it is repeated, naming its first use, in
    /// file order; they follow the problems of `run`.
    func repeatedIds() -> [PendingProblem] {
        let (base, count) = (base, count)
        var problems: [PendingProblem] = []
        for (offset, first) in ids.repeats(text: { IdList.text(at: $0, base: base, count: count) }) {
            // The event holding the id: the last one starting before it (records are
            // still in file order here).
            var lo = 0
            var hi = records.count
            while hi - lo > 1 {
                let mid = (lo + hi) / 2
                if records[mid].offset <= offset { lo = mid } else { hi = mid }
            }
            problems.append(PendingProblem(offset: offset, path: "events[\(records[lo].fileIndex)].id",
                                           message: EventRules.repeatedId(IdList.text(at: offset, base: base, count: count)),
                                           seeAlso: first))
        }
        return problems
    }

    private mutating func scanDocument(_ c: inout JSONCursor) throws(SyntaxError) {
        let top = c.pos
        guard c.byte(top) == 0x7B else {
            if let k = JSONKind(firstByte: c.byte(top)) {
                throw SyntaxError(offset: top, message: "a timeline must be a JSON object with \"title\" and \"events\", not \(k.withArticle)")
            }
            throw c.unexpected("a JSON object with \"title\" and \"events\"")
        }
        var eventsWritten = false
        if try c.beginObject(depth: 1) {
            repeat {
                let key = try c.readKey()
                if try c.readHeaderField(key, into: &header, depth: 2) { continue }
                if eventsWritten { c.report(key.quoteOffset, "events", "appears more than once") }
                guard try c.expectKind(.array, "events", depth: 2, nullable: false),
                      try c.beginArray(depth: 2)
                else {
                    eventsWritten = true
                    continue
                }
                var index = records.count
                if eventsWritten {
                    _ = try scanElements(&c, index: &index, stopAt: -1)
                } else {
                    try scanElementsInHalves(&c, index: &index)
                }
                eventsWritten = true
            } while try c.nextField()
        }
        if !header.titleWritten { c.report(top, "", "missing required field \"title\"") }
        if !eventsWritten { c.report(top, "", "missing required field \"events\" (an empty timeline has \"events\": [])") }
        c.skipWhitespace()
        if !c.atEnd { throw SyntaxError(offset: c.pos, message: "unexpected text after the end of the timeline") }
    }

    /// Reads the elements of `events` from the cursor (on the first one) to the closing
    /// `]`; returns true, without reading it, when an element starts at `stopAt`.
    mutating func scanElements(_ c: inout JSONCursor, index: inout Int, stopAt: Int) throws(SyntaxError) -> Bool {
        repeat {
            if c.pos == stopAt { return true }
            if try c.expectKind(.object, "events[\(index)]", depth: 3, nullable: false) {
                try takeEvent(&c, index: index)
            }
            index += 1
            progress.note(c.pos, after: index)
        } while try c.nextElement()
        return false
    }

    /// How many events are read before guessing how many the file holds.
    static let sampleSize = 64

    /// Makes room for as many events again as the bytes from `position` to the end of the
    /// file would hold at the size of those read so far, and a tenth more: a million
    /// events then fill their lists without copying them into bigger ones as they grow (a
    /// tenth of a big load's time went into those copies and the fresh memory they touch).
    /// Room never used costs no memory: its pages are never touched.
    private mutating func reserveForTheRest<Values: EventValueSink>(after position: Int, values: inout Values) {
        guard let first = records.first, position > first.offset, position < count else { return }
        let perEvent = (position - first.offset) / records.count
        guard perEvent > 0 else { return }
        // No event is shorter than 16 bytes: a guess from a few short ones stays bounded.
        let rest = min((count - position) / perEvent * 11 / 10, (count - position) / 16)
        guard rest > Self.sampleSize else { return }
        records.reserveCapacity(records.count + rest)
        places.reserveCapacity(places.count + rest)
        ids.reserveCapacity(ids.count + rest)
        mergeFacts?.reserveCapacity(places.count + rest)
        values.reserveCapacity(events: places.count + rest)
    }

    /// Reads and checks the event at the cursor and records it.
    mutating func takeEvent(_ c: inout JSONCursor, index: Int) throws(SyntaxError) {
        guard var kept = valueSpans else {
            var none = NoEventValues()
            return try takeEvent(&c, index: index, values: &none)
        }
        // Out of `self` while it is filled (and so not copied).
        valueSpans = nil
        defer { valueSpans = kept }
        try takeEvent(&c, index: index, values: &kept)
    }

    /// `takeEvent`, telling `values` where the event's values are (`EventValueSpans`).
    private mutating func takeEvent<Values: EventValueSink>(_ c: inout JSONCursor, index: Int, values: inout Values) throws(SyntaxError) {
        guard index < JSONLimits.maxEvents else {
            throw SyntaxError(offset: c.pos, message: "more than \(JSONLimits.maxEvents) events")
        }
        values.begin(at: c.pos)
        var fields = EventFields(objectStart: c.pos)
        try c.readEvent(into: &fields, index: index, depth: eventDepth, keep: false, measuring: meter != nil, values: &values)
        values.finish()
        let (time, end, zonedEnd) = c.check(fields, index: index)
        if let id = fields.id, id.count > 0 { ids.append(id, in: c) }
        var record = EventRecord(offset: fields.objectStart, fileIndex: Int32(index))
        var instantForm: EventTime.WrittenForm? = nil
        if let time {
            offsets.note(time)
            // Only a stated month or year moves a time (to the end of that month or year);
            // compared in place, so a million precisions make no strings.
            let stated: Precision? = fields.precision.flatMap { p in
                c.token(p, is: "month") ? .month : (c.token(p, is: "year") ? .year : nil)
            }
            let precision = stated ?? time.impliedPrecision
            record.place(time, precision: precision)
            // The record sorts at the instant itself: the listing rebuilds the time from it.
            if case .instant(_, let form) = time, precision <= .day { instantForm = form }
        }
        if let end { offsets.note(end) }
        if let zone = fields.timezone { placeDate(&record, in: c.string(zone), at: zone, index: index, &c) }
        records.append(record)
        let spans = ListingFieldSpans(fields, cursor: c, meter: &meter, instantForm: instantForm)
        places.append(spans)
        if mergeFacts != nil { keepMergeFacts(fields, spans: spans, time: time, end: end, cursor: c) }
        if let zonedEnd { zonedEnds.append(zonedEnd) }
        for file in fields.origins where !eventOrigins.contains(file) { eventOrigins.append(file) }
        if records.count == Self.sampleSize { reserveForTheRest(after: c.pos, values: &values) }
        if c.problems.count > JSONLimits.maxProblems {
            throw SyntaxError(offset: c.pos, message: "too many problems; stopped reading here")
        }
    }

    /// An event that names the zone of its date (`timezone`: a saved merge's day of a file
    /// in another zone) sorts at the end of that day there, placed now: the timeline's
    /// zone, which places the others, is not its zone.
    private mutating func placeDate(_ record: inout EventRecord, in name: String, at token: StringToken, index: Int,
                                    _ c: inout JSONCursor) {
        guard let zone = TimelineBuilder.knownZone(name) else {
            c.report(token.quoteOffset, "events[\(index)].timezone",
                     "unknown time zone \"\(name)\"; use an IANA name such as America/New_York, Europe/Paris or UTC")
            return
        }
        if !eventDateZones.contains(name) { eventDateZones.append(name) }
        if let (day, precision) = record.dateOnly {
            record.sortInstant = EventRules.sortInstant(lastDay: day, precision: precision, in: zone)
        }
    }
}
