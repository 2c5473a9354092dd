/// Our own attributes in a Timesketch file that `export --format timesketch-jsonl|csv`
/// wrote (docs/EXPORT.md): `event_id`, `time` and `end` as the file wrote them,
/// `precision`, `approximate`, `actor`, `kind`, `title`, `text`, `quote`, `quote_lang`,
/// `sources`, `extra_fields`, `source_files`, `timeline_title`, `timeline_timezone`, and on
/// the first record `timeline_summary`, `timeline_zones`, `timeline_source_files`,
/// `timeline_read_as`, `timeline_extra_fields`. Read back, they give the timeline that was
/// exported — its ids, times as written, spans, precision, sources, extra fields, a
/// merge's files and readers — instead of Timesketch's `message` and `datetime`, which
/// keep less (`actor — title`, the display zone, at most µs, no end).
///
/// A record is taken as ours only when it has `event_id`, `time`, `precision` and `title`
/// under a header (or first line) that also has `timeline_timezone`: a Windows log's
/// `event_id` column alone (4624, repeated) is an extra field, as before.
enum TimesketchOurFields {
    /// What a listing needs of them (see `RecordReader.csv`'s `listed`).
    /// (`source_files`: a merged event's line starts with its files.)
    /// (`timezone`: a date in another zone sorts there.)
    static let listed = ["event_id", "time", "end", "precision", "approximate", "actor", "kind", "title", "source_files", "timezone"]

    /// All of them: none is an extra field of an event read back.
    static let all = listed + ["text", "quote", "quote_lang", "sources", "extra_fields", "timeline_title", "timeline_timezone"]
        + timelineRest

    /// The timeline's own attributes that only the first record carries.
    static let timelineRest = ["timeline_summary", "timeline_zones", "timeline_source_files", "timeline_read_as", "timeline_extra_fields"]

    /// Whether the record was written by our export.
    static func isOurs(_ record: Record) -> Bool {
        guard record.field("timeline_timezone") != nil else { return false }
        return ["event_id", "time", "precision", "title"].allSatisfy { nonEmpty(record.field($0)) != nil }
    }

    /// The timeline's title and home zone as the first record carries them.
    static func timeline(_ record: Record) -> (title: String?, timezone: (name: String, place: FieldPlace)?) {
        let zone = record.field("timeline_timezone").flatMap { f in nonEmpty(f).map { ($0, FieldPlace(f.place, path: "timeline_timezone")) } }
        return (nonEmpty(record.field("timeline_title")), zone)
    }

    /// The rest of the timeline's own fields as the first record carries them: a zone
    /// placed at its attribute (an unknown one refuses the file there, as in ours).
    static func saved(_ record: Record) -> SavedTimeline {
        var saved = SavedTimeline()
        saved.summary = nonEmpty(record.field("timeline_summary"))
        if let f = record.field("timeline_zones") {
            saved.zones = strings(f).map { ($0, FieldPlace(f.place, path: "timeline_zones")) }
        }
        saved.origins = strings(record.field("timeline_source_files"))
        saved.readAs = nonEmpty(record.field("timeline_read_as"))
        saved.extraFields = extraFields(json(record.field("timeline_extra_fields")))
        return saved
    }

    /// Extra fields as our export writes them: an object, or `[name, value]` pairs when a
    /// name is said twice.
    private static func extraFields(_ value: JSONValue?) -> [ExtraField] {
        switch value {
        case .object(let members)?:
            return members.map { ExtraField(name: $0.key, json: $0.value.compactText) }
        case .array(let pairs)?:
            return pairs.compactMap { pair in
                guard let p = pair.value.elements, p.count == 2, let name = p[0].value.string else { return nil }
                return ExtraField(name: name, json: p[1].value.compactText)
            }
        default:
            return []
        }
    }

    /// A JSON array of strings (or its text in a CSV cell); empty when none.
    private static func strings(_ f: Record.Field?) -> [String] {
        (json(f)?.elements ?? []).compactMap { $0.value.string }
    }

    /// The event from our attributes (problems placed at the attribute that has them).
    static func map(_ record: Record, file: String, into out: inout RecordReading) {
        func problem(_ f: Record.Field?, _ path: String, _ message: String) {
            out.problems.append(Problem(file: file, place: f?.place ?? record.place, path: path, message: message))
        }
        func time(_ name: String) -> (EventTime, String)? {
            guard let f = record.field(name), let text = nonEmpty(f) else { return nil }
            switch TimeParser.parse(text) {
            case .success(let t): return (t, text)
            case .failure(let e):
                problem(f, name, "\"\(text)\": \(e.message)")
                return nil
            }
        }
        let timeField = record.field("time")
        guard let (start, written) = time("time") else {
            if nonEmpty(timeField) == nil { problem(timeField, "time", "no time") }
            return
        }
        let end = time("end")
        if nonEmpty(record.field("end")) != nil && end == nil { return }
        let precisionField = record.field("precision")
        let precisionText = nonEmpty(precisionField) ?? ""
        guard let precision = Precision(rawValue: precisionText) else {
            problem(precisionField, "precision", "\"\(precisionText)\" is not a precision (\(Precision.allCases.map(\.rawValue).joined(separator: ", ")))")
            return
        }
        let title = nonEmpty(record.field("title")) ?? EventTitle.none
        var draft = EventDraft.read(
            id: nonEmpty(record.field("event_id")), time: start, written: written, end: end?.0, endWritten: end?.1,
            actor: nonEmpty(record.field("actor")), kind: nonEmpty(record.field("kind")), title: title,
            text: nonEmpty(record.field("text")),
            tags: out.whole ? TimesketchReader.tags(record.field("tag"), dashIsEmpty: false) : [],
            place: record.place, idPlace: record.field("event_id").map { FieldPlace($0.place, path: "event_id") }
        )
        draft.places.time = FieldPlace(timeField?.place ?? record.place, path: "time")
        draft.places.precision = precisionField.map { FieldPlace($0.place, path: "precision") }
        if precision != start.impliedPrecision { draft.precision = precision }
        let approximate = record.field("approximate")?.value
        draft.approximate = approximate == .bool(true) || approximate?.text == "true"
        draft.origins = strings(record.field("source_files"))
        // A saved merge's date in its own file's zone (an unknown zone is refused there).
        if let f = record.field("timezone"), let zone = nonEmpty(f) {
            draft.dateZone = zone
            draft.places.dateZone = FieldPlace(f.place, path: "timezone")
        }
        guard out.whole else {
            out.draft = draft
            return
        }
        if let quote = nonEmpty(record.field("quote")) {
            draft.quote = Quote(text: quote, lang: nonEmpty(record.field("quote_lang")))
        }
        draft.sources = (json(record.field("sources"))?.elements ?? []).compactMap { s in
            s.value["name"]?.string.map { Source(name: $0, url: s.value["url"]?.string) }
        }
        draft.extraFields = extraFields(json(record.field("extra_fields")))
        // Another tool's attributes added since (Timesketch's own `__ts_timeline_id`…).
        let known = Set(all + TimesketchReader.mapped + ["timestamp"])
        for f in record.fields where !known.contains(f.name) {
            if case .string(let s) = f.value, s.isEmpty { continue }
            if case .null = f.value { continue }
            draft.extraFields.append(ExtraField(name: f.name, json: f.value.compactText))
        }
        out.draft = draft
    }

    /// A value as JSON: itself in JSON Lines, its text parsed in a CSV cell.
    private static func json(_ f: Record.Field?) -> JSONValue? {
        guard let f else { return nil }
        guard case .string(let s) = f.value else { return f.value }
        var p = JSONValueParser(bytes: Array(s.utf8))
        return try? p.parseWhole()
    }

    private static func nonEmpty(_ f: Record.Field?) -> String? {
        guard let t = f?.value.text, !t.isEmpty else { return nil }
        return t
    }
}
