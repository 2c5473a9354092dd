/// TimelineJS3's JSON (NUKnightLab/TimelineJS3, `website/docs/json-format.njk`):
/// `{"title": {slide}, "events": [{slide}…], "eras": [{slide}…]}`.
///
/// Each event is a `TimelineJSSlide` (the mapping is there); the title slide gives the
/// timeline's title (its headline) and summary (its text); each era is a span event of
/// kind `era` (TimelineJS draws eras as bands along the time axis). TimelineJS writes no
/// zone: dates are civil dates of the timeline's zone (UTC, or `--assume-zone`'s), and
/// times of day are refused without `--assume-zone`.
enum TimelineJSReader {
    static func declinesCSV(_ sample: FileSample) -> String? {
        let h = Set(sample.lowercasedHeader)
        guard h.contains("year"), h.contains("headline") else { return "the header has no Year and Headline columns" }
        return nil
    }

    /// The slide fields this reader maps; any other is kept as an extra field.
    static let known: Set<String> = ["start_date", "end_date", "text", "media", "group", "unique_id"]

    static func read(_ bytes: [UInt8], file: String, options: ReadOptions) -> ReaderOutput {
        var out = ReaderOutput()
        guard var doc = JSONDocument.parse(bytes, file: file, into: &out) else { return out }
        let root = doc.root
        guard case .object = root else {
            out.problems.append(doc.places.problem(at: 0, "", "expected a TimelineJS object with \"events\""))
            return out
        }
        if let zone = options.time.assumedZone { out.timezone = zone.identifier }
        if let title = root.member("title"), title.value != .null {
            guard case .object = title.value else {
                out.problems.append(doc.places.problem(at: title.offset, "title", "expected the title slide, an object"))
                return out
            }
            let text = title.value["text"]
            if let headline = text?["headline"]?.text {
                // A <br/> in the headline ("Whitney Houston<br/> 1963 - 2012") is a space in a one-line title.
                let t = EventTitle.collapse(HTMLText(headline).text.trimmingWhitespace.split(whereSeparator: \.isNewline).joined(separator: " "))
                if !t.isEmpty { out.title = t }
            }
            if let body = text?["text"]?.text {
                let t = HTMLText(body).text.trimmingWhitespace
                if !t.isEmpty { out.summary = t }
            }
        }
        guard let events = root.member("events") else {
            out.problems.append(doc.places.problem(at: 0, "", "no \"events\" array"))
            return out
        }
        guard let list = events.value.elements else {
            out.problems.append(doc.places.problem(at: events.offset, "events", "expected an array of events"))
            return out
        }
        for (i, e) in list.enumerated() {
            slide(e, path: "events[\(i)]", kind: nil, doc: &doc, options: options, file: file, into: &out)
            if out.problems.count > TimelineBuilder.maxProblems { return out }
        }
        if let eras = root.member("eras"), eras.value != .null {
            guard let list = eras.value.elements else {
                out.problems.append(doc.places.problem(at: eras.offset, "eras", "expected an array of eras"))
                return out
            }
            for (i, e) in list.enumerated() {
                slide(e, path: "eras[\(i)]", kind: "era", doc: &doc, options: options, file: file, into: &out)
                if out.problems.count > TimelineBuilder.maxProblems { return out }
            }
        }
        return out
    }

    private static func slide(_ member: JSONValue.Member, path: String, kind: String?, doc: inout JSONDocument,
                              options: ReadOptions, file: String, into out: inout ReaderOutput) {
        guard case .object(let fields) = member.value else {
            out.problems.append(doc.places.problem(at: member.offset, path, "expected an event object"))
            return
        }
        var s = TimelineJSSlide(place: doc.places.place(member.offset), path: path)
        let before = out.problems.count
        s.start = date(member.value.member("start_date"), path: path + ".start_date", doc: &doc, file: file, into: &out)
        s.end = date(member.value.member("end_date"), path: path + ".end_date", doc: &doc, file: file, into: &out)
        // A part of the wrong type is said; the event is left out.
        guard out.problems.count == before else { return }
        if s.start == nil, let given = member.value.member("start_date"), case .object = given.value {
            // Written but empty: say which part is missing.
            s.start = TimelineJSDate(place: doc.places.place(given.offset), path: path + ".start_date", what: "start_date")
        }
        let text = member.value["text"]
        s.headline = text?["headline"]?.text ?? ""
        s.text = text?["text"]?.text ?? ""
        s.takeMedia(member.value["media"], urlKey: "url")
        s.group = member.value["group"]?.text ?? ""
        if let id = member.value.member("unique_id"), id.value != .null {
            s.uniqueId = id.value.text ?? id.value.compactText
            s.uniqueIdPath = path + ".unique_id"
        }
        // `display_date` may sit on the date too; kept as written, never parsed.
        if let shown = member.value["start_date"]?["display_date"]?.text, !shown.isEmpty {
            s.extras.append(ExtraField(name: "start_display_date", json: JSONValue.quoted(shown)))
        }
        s.keepOthers(of: fields, known: known)
        if let d = s.draft(kind: kind, options: options, file: file, into: &out) { out.events.append(d) }
    }

    /// The parts of a `start_date`/`end_date` object, or nil when it is absent or empty
    /// (TimelineJS's own template writes `"end_date": {"year": ""}` for none).
    private static func date(_ member: JSONValue.Member?, path: String, doc: inout JSONDocument, file: String,
                             into out: inout ReaderOutput) -> TimelineJSDate? {
        guard let member, member.value != .null else { return nil }
        guard case .object(let fields) = member.value else {
            out.problems.append(doc.places.problem(at: member.offset, path, "expected an object of date parts (year, month, day…)"))
            return nil
        }
        var d = TimelineJSDate(place: doc.places.place(member.offset), path: path, what: String(path.split(separator: ".").last ?? ""))
        for f in fields where TimelineJSDate.partNames.contains(f.key) {
            let text: String
            switch f.value {
            case .null: continue
            case .string(let s): text = s.trimmingWhitespace
            case .number(let n): text = n
            default:
                out.problems.append(doc.places.problem(at: f.offset, path + "." + f.key, "expected a number"))
                return nil
            }
            d.parts[f.key] = .init(text: text, place: doc.places.place(f.offset), path: path + "." + f.key)
        }
        return d.parts.values.allSatisfy(\.text.isEmpty) ? nil : d
    }
}
