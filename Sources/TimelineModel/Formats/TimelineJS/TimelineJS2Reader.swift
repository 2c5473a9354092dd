/// TimelineJS 2's JSON (VeriteCo/TimelineJS, before TimelineJS3): `{"timeline":
/// {"headline", "text", "startDate", "date": [{slide}…], "era": [{slide}…]}}`, each date
/// written as comma parts (`"startDate": "2011,3,23"`, `"1932"`, `"2011,3,23,14,05,30"`:
/// year, month, day, hour, minute, second).
///
/// Each slide is mapped as a TimelineJS3 slide is (`TimelineJSSlide`, `TimelineJSDate`):
/// `startDate`/`endDate` to the time and end at the precision written (a year alone is a
/// year, no made-up 1 January), `headline` to the title, `text` (HTML) to the text and its
/// links to sources, `asset.media`/`credit`/`caption` to the media source, `tag` (the row
/// TimelineJS 2 puts the slide in) to the actor, `era` slides to spans of kind `era`, any
/// other field (`classname`, an undocumented `tags`) to an extra field. The timeline's
/// `headline` is its title, its `text` its summary. No zone is written: dates are dates
/// and a time of day needs `--assume-zone`, as in TimelineJS3.
enum TimelineJS2Reader {
    /// Whether the sample is TimelineJS 2's: a `"timeline"` object with `"startDate"` and
    /// no `"events"` (TimelineJS3 and ours have `events`).
    static func declines(_ sample: FileSample) -> String? {
        guard sample.startsLikeJSON, sample.contains("\"timeline\""),
              sample.contains("\"startDate\""), !sample.contains("\"events\"")
        else { return "no \"timeline\" object with \"startDate\"" }
        return nil
    }

    /// The slide fields mapped; any other is an extra field.
    static let known: Set<String> = ["startDate", "endDate", "headline", "text", "asset", "tag"]

    static func read(_ bytes: [UInt8], file: String, options: ReadOptions) -> ReaderOutput {
        var out = ReaderOutput()
        guard var doc = JSONDocument.parse(bytes, file: file, into: &out) else { return out }
        guard let timeline = doc.root.member("timeline"), case .object = timeline.value else {
            out.problems.append(doc.places.problem(at: 0, "timeline", "expected TimelineJS 2's \"timeline\" object"))
            return out
        }
        if let zone = options.time.assumedZone { out.timezone = zone.identifier }
        let root = timeline.value
        if let headline = root["headline"]?.text {
            let t = EventTitle.collapse(HTMLText(headline).text.trimmingWhitespace.split(whereSeparator: \.isNewline).joined(separator: " "))
            if !t.isEmpty { out.title = t }
        }
        if let body = root["text"]?.text {
            let t = HTMLText(body).text.trimmingWhitespace
            if !t.isEmpty { out.summary = t }
        }
        for (list, kind) in [("date", nil), ("era", "era")] as [(String, String?)] {
            guard let member = root.member(list), member.value != .null else { continue }
            guard let slides = member.value.elements else {
                out.problems.append(doc.places.problem(at: member.offset, "timeline." + list, "expected an array of slides"))
                return out
            }
            for (i, e) in slides.enumerated() {
                slide(e, path: "timeline.\(list)[\(i)]", kind: kind, doc: &doc, options: options, file: file, into: &out)
                if out.problems.count > TimelineBuilder.maxProblems { return out }
            }
        }
        if root.member("date") == nil {
            out.problems.append(doc.places.problem(at: timeline.offset, "timeline", "no \"date\" array of slides"))
        }
        return out
    }

    private static func slide(_ member: JSONValue.Member, path: String, kind: String?, doc: inout JSONDocument,
                              options: ReadOptions, file: String, into out: inout ReaderOutput) {
        guard case .object(let fields) = member.value else {
            out.problems.append(doc.places.problem(at: member.offset, path, "expected a slide object"))
            return
        }
        var s = TimelineJSSlide(place: doc.places.place(member.offset), path: path)
        let before = out.problems.count
        s.start = date(member.value.member("startDate"), path: path + ".startDate", doc: &doc, file: file, into: &out)
        s.end = date(member.value.member("endDate"), path: path + ".endDate", doc: &doc, file: file, into: &out)
        guard out.problems.count == before else { return }
        s.headline = member.value["headline"]?.text ?? ""
        s.text = member.value["text"]?.text ?? ""
        s.takeMedia(member.value["asset"], urlKey: "media")
        s.group = member.value["tag"]?.text ?? ""
        s.keepOthers(of: fields, known: known)
        if let d = s.draft(kind: kind, options: options, file: file, into: &out) { out.events.append(d) }
    }

    /// `"2011,3,23"` (or a number, `1932`) as TimelineJS3's date parts; nil when absent or
    /// empty.
    private static func date(_ member: JSONValue.Member?, path: String, doc: inout JSONDocument, file: String,
                             into out: inout ReaderOutput) -> TimelineJSDate? {
        guard let member, member.value != .null else { return nil }
        let text: String
        switch member.value {
        case .string(let s): text = s.trimmingWhitespace
        case .number(let n): text = n
        default:
            out.problems.append(doc.places.problem(at: member.offset, path, "expected a date written as comma parts, such as \"2011,3,23\""))
            return nil
        }
        guard !text.isEmpty else { return nil }
        let place = doc.places.place(member.offset)
        let pieces = text.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace }
        // A run of digits longer than a year (`"196002152034"`) is not a year.
        guard pieces.count <= 6, pieces.count > 1 || pieces[0].count <= 5,
              pieces.allSatisfy({ !$0.isEmpty && TimelineJSDate.integer($0) != nil }) else {
            out.problems.append(Problem(file: file, place: place, path: path,
                                        message: "\"\(text)\" is not a TimelineJS 2 date; expected comma parts year,month,day,hour,minute,second (\"2011,3,23\")"))
            return nil
        }
        var d = TimelineJSDate(place: place, path: path, what: String(path.split(separator: ".").last ?? ""))
        for (name, piece) in zip(TimelineJSDate.partNames, pieces) {
            d.parts[name] = .init(text: piece, place: place, path: path)
        }
        return d
    }
}

extension InputFormat {
    /// TimelineJS 2's JSON (`{"timeline": {"date": [{"startDate": "2011,3,23"}]}}`), read by
    /// `TimelineJS2Reader`.
    static let timelineJS2 = InputFormat.foreign(
        name: "timelinejs2", title: "TimelineJS 2",
        declines: { TimelineJS2Reader.declines($0) },
        read: { TimelineJS2Reader.read($0, file: $1, options: $2) }
    )
}
