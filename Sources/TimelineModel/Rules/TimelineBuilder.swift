/// The timeline's rules, in one place, for every reader: a reader hands over what it read
/// (the timeline's own fields, one `EventDraft` an event, the problems only its format can
/// see), and gets back a checked, sorted `Timeline` or every problem with its place.
///
/// The rules (see `Timeline` for the order, `docs/FORMAT.md` for the messages):
/// - events sort stably by instant; an event known only to the day, month or year sorts
///   at the end of that day, month or year in the timeline's zone (`timezone`, UTC when
///   none), never at a made-up 00:00 or 1 January;
/// - an id is unique: a repeat is reported where it is repeated, naming its first use;
///   events without an id are named `<file-stem>:<line>`; a service's record repeated
///   whole, its id and event alike, is shown once with a warning (`RepeatedRecord`);
/// - `end` is not before `time` (a day-only side is read in the timeline's zone);
/// - a stated precision may be coarser than the time as written, not finer;
/// - a title is one line and not empty; an id given is not empty;
/// - `timezone` and `zones` are IANA names, `UTC` or fixed offsets (`UTC+05:30`); a file
///   that names no zone gets the one it was written in (`WrittenOffsets`);
/// - at most `maxProblems` problems and as many warnings are listed, then one line says
///   the rest were left out. Any problem refuses the file; warnings do not.
///
/// The JSON reader gives its events as places in the file rather than drafts (a million
/// events cost no Swift strings) and asks the same rules (`EventRules`, `finish`).
public struct TimelineBuilder: Sendable {
    /// The file as the user named it: in every message, and the title when none is given.
    public let file: String
    public var title: String?
    public var summary: String?
    /// The incident's home zone as the file names it, and where.
    public var timezone: (name: String, place: FieldPlace)?
    /// Other zones worth viewing the timeline in, and where each is named.
    public var zones: [(name: String, place: FieldPlace)] = []
    /// Timeline fields the format does not define.
    public var extraFields: [ExtraField] = []
    /// The zone the user named for times written without one (`--assume-zone`): with
    /// the offsets the times were written with, it gives the home zone of a file that
    /// names none (`WrittenOffsets`).
    public var assumedZone: Zone?

    /// The events' drafts, kept when the timeline's events are built from them (`add`);
    /// empty when a store reads them again from the file (`note(_:offset:)`).
    var drafts: [EventDraft] = []
    /// What the rules keep of each event, in file order: its sort record, its line, its id.
    var read = ReadTimeline()
    var ids = IdList()
    var events = EventIds()
    /// Whether an event's id is one a service gave (`EventDraft.idFromService`): only then
    /// are repeated ids looked at for repeated records (`repeatedRecords`).
    var hasServiceIds = false

    public init(file: String) {
        self.file = file
    }

    /// Adds an event, in file order.
    public mutating func add(_ draft: EventDraft) {
        guard note(draft, offset: count) else { return }
        drafts.append(draft)
    }

    /// Checks an event against the rules one event can break and keeps only its sort
    /// record (`offset`: where a store finds it again), its line and its id, not the
    /// draft: for a store that reads events again from the file when asked
    /// (`build(store:)`). False when the event is not taken (too many events).
    @discardableResult
    mutating func note(_ draft: EventDraft, offset: Int) -> Bool {
        let index = count
        guard index < Int(Int32.max) else {
            problem("more than \(Int32.max) events", at: draft.places.event)
            return false
        }
        check(draft, index: index)
        if let id = draft.id {
            if !id.isEmpty { ids.append(id, at: index) }
            events.given[index] = (id, draft.idPlace)
            if draft.idFromService { hasServiceIds = true }
        }
        events.lines.append(Int32(clamping: draft.places.event.place?.line ?? -1))
        read.offsets.note(draft.time)
        if let end = draft.end { read.offsets.note(end) }
        var record = EventRecord(offset: offset, fileIndex: Int32(index))
        record.place(draft.time, precision: draft.precision ?? draft.time.impliedPrecision)
        if let name = draft.dateZone { placeDate(&record, in: name, at: draft.places.dateZone ?? draft.places.event) }
        read.records.append(record)
        return true
    }

    /// A date in a zone of its own (`EventDraft.dateZone`) sorts at the end of its period
    /// there, placed now: the timeline's zone, which places the others, is not its zone.
    private mutating func placeDate(_ record: inout EventRecord, in name: String, at place: FieldPlace) {
        guard let zone = Self.knownZone(name) else {
            problem("unknown time zone \"\(name)\"; use an IANA name such as America/New_York, Europe/Paris or UTC", at: place)
            return
        }
        if !read.dateZones.contains(name) { read.dateZones.append(name) }
        if let (day, precision) = record.dateOnly {
            record.sortInstant = EventRules.sortInstant(lastDay: day, precision: precision, in: zone)
        }
    }

    /// `note` for an event that a reader's first pass found breaks none of the rules one
    /// event can break (`SkimmedRecord`: a title on one line, not empty; a precision the
    /// time allows; an id not empty, at `id` in `bytes`; an end not before the time, told
    /// without a zone): its sort record, its line (the place of its record) and its id.
    mutating func note(time: EventTime, end: EventTime? = nil, precision: Precision? = nil, id: Range<Int>? = nil,
                       in bytes: FileBytes? = nil, line: Int, offset: Int) -> Bool {
        let index = count
        guard index < Int(Int32.max) else {
            problem("more than \(Int32.max) events", at: FieldPlace(SourcePlace(line: line, column: 1), path: ""))
            return false
        }
        if let id, let bytes {
            ids.append(UnsafeRawBufferPointer(start: bytes.base + id.lowerBound, count: id.count), at: index)
            events.noteWritten(id, at: index, in: bytes)
        }
        events.lines.append(Int32(clamping: line))
        read.offsets.note(time)
        if let end { read.offsets.note(end) }
        var record = EventRecord(offset: offset, fileIndex: Int32(index))
        record.place(time, precision: precision ?? time.impliedPrecision)
        read.records.append(record)
        return true
    }

    /// Records a problem only the reader can see (a time it cannot read, a missing
    /// column): the file is refused, with this among its problems.
    public mutating func problem(_ message: String, at place: FieldPlace) {
        read.problems.append(PendingProblem(at: place, message: message))
    }

    /// Records something wrong that does not refuse the file (invalid UTF-8 shown as
    /// U+FFFD): the timeline loads and lists it in `Timeline.warnings`.
    public mutating func warning(_ message: String, at place: FieldPlace) {
        read.warnings.append(PendingProblem(at: place, message: message))
    }

    /// `warning`, said once for the file however many records have it (`WarningsSaidOnce`):
    /// the first place, and how many more. The message names no value of the record.
    mutating func warningOnce(_ message: String, at place: FieldPlace) {
        read.warningsOnce.note(PendingProblem(at: place, message: message))
    }

    /// Whether more problems than are listed have been found: a reader may stop reading.
    public var hasTooManyProblems: Bool { read.problems.count > Self.maxProblems }

    /// The events added so far.
    public var count: Int { read.records.count }

    /// The checked, sorted timeline, or every problem found (the reader's and the
    /// rules'), in file order.
    public func build() throws(LoadFailure) -> Timeline {
        let drafts = self.drafts
        return try build { records, ids in
            ArrayEventStore(records.map { r in drafts[r.offset].event(id: ids.id(Int(r.fileIndex)), record: r) })
        }
    }

    /// `build()` with the events kept by `store`, given the sort records (sorted; each
    /// with the `offset` given to `note`) and every event's id.
    /// `idPlace` gives the place of an id noted as bytes (`note(time:…id:…)`) from its
    /// record's offset and line: only asked for an id that repeats.
    func build(idPlace: ((_ offset: Int, _ line: Int) -> FieldPlace?)? = nil,
               store: ([EventRecord], EventIds) -> any EventStore) throws(LoadFailure) -> Timeline {
        var read = self.read
        read.title = title
        read.summary = summary
        read.extraFields = extraFields
        read.assumedZone = assumedZone
        if let (name, place) = timezone { read.timezone = (name, PendingProblem(at: place, message: "")) }
        read.zones = zones.map { ($0.name, PendingProblem(at: $0.place, message: "")) }
        let given = events.given
        let (records, lines) = (read.records, events.lines)
        func place(_ index: Int) -> FieldPlace {
            given[index]?.place ?? idPlace?(records[index].offset, Int(lines[index])) ?? FieldPlace(nil, path: "")
        }
        for (at, first) in ids.repeats(text: { given[$0]?.id ?? events.writtenId($0) ?? "" }) {
            read.problems.append(PendingProblem(
                at: place(at), message: EventRules.repeatedId(given[at]?.id ?? events.writtenId(at) ?? ""),
                seeAlso: place(first)))
        }
        let file = self.file
        var ids = events
        ids.assign(stem: Self.stem(file))
        return try Self.finish(read, file: file, resolve: { PendingProblem.resolve($0, file: file) }) { records in
            store(records, ids)
        }
    }

    /// The rules one event can break on its own.
    private mutating func check(_ d: EventDraft, index: Int) {
        let p = d.places
        if d.id?.isEmpty == true { read.problems.append(PendingProblem(at: d.idPlace, message: EventRules.empty)) }
        let titlePlace = p.title ?? p.event.path(p.event.path + ".title")
        if d.title.isEmpty {
            read.problems.append(PendingProblem(at: titlePlace, message: EventRules.empty))
        } else if EventRules.hasLineBreak(d.title) {
            read.problems.append(PendingProblem(at: titlePlace, message: EventRules.titleHasLineBreak))
        }
        if let end = d.end {
            let endPlace = p.end ?? p.event.path(p.event.path + ".end")
            let endWritten = d.endWritten ?? ""
            switch EventRules.order(time: d.time, end: end) {
            case .fine: break
            case .before:
                read.problems.append(PendingProblem(
                    at: endPlace, message: EventRules.endBeforeTime(end: endWritten, time: d.timeWritten)))
            case .dependsOnZone:
                read.zonedEnds.append(ZonedEndCheck(
                    index: index, endOffset: endPlace.orderKey, time: d.time, end: end,
                    timeText: d.timeWritten, endText: endWritten, place: endPlace))
            }
        }
        if let stated = d.precision,
           let problem = EventRules.precisionProblem(stated: stated, written: d.timeWritten, time: d.time) {
            read.problems.append(PendingProblem(at: p.precision ?? p.event.path(p.event.path + ".precision"), message: problem))
        }
    }

    /// The stem of generated ids: the file's name without folders and its last extension.
    static func stem(_ file: String) -> String {
        let name = defaultTitle(file)
        return name.lastIndex(of: ".").map { String(name[..<$0]) }.flatMap { $0.isEmpty ? nil : $0 } ?? name
    }
}

extension EventDraft {
    var idPlace: FieldPlace { places.id ?? places.event.path(places.event.path + ".id") }

    /// The event this draft becomes, at its place in the sorted timeline.
    func event(id: String, record: EventRecord) -> Event {
        var e = Event(
            id: id, time: time, end: end, precision: precision, approximate: approximate,
            actor: actor, kind: kind, title: title, text: text, quote: quote,
            sources: sources, tags: tags, extraFields: extraFields,
            fileIndex: Int(record.fileIndex), place: places.event.place, sortInstant: record.sortInstant
        )
        e.origins = origins
        e.dateZone = dateZone
        return e
    }
}
