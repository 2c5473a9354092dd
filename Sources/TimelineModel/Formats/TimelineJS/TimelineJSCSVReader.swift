/// TimelineJS's Google Sheets template saved as CSV (`website/docs/using-spreadsheets.njk`;
/// the columns as `src/js/core/ConfigFactory.js` reads them): `Year, Month, Day, Time,
/// End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media, Media
/// Credit, Media Caption, Media Thumbnail, Type, Group, Background`.
///
/// A row of Type `title` gives the timeline's title and summary (a second one is an
/// event, with a warning, as TimelineJS does); Type `era` is a span event of kind `era`;
/// any other row is an event. Each maps like a JSON slide (`TimelineJSSlide`). Columns are
/// matched by name, whatever their case and order; columns the template does not have
/// are kept as extra fields.
enum TimelineJSCSVReader {
    static func read(_ bytes: [UInt8], file: String, options: ReadOptions) -> ReaderOutput {
        var out = ReaderOutput()
        let (header, records) = RecordFile.csv(bytes, file: file, problems: &out.problems, warnings: &out.warnings,
                                               lowercaseHeader: false)
        guard !header.isEmpty else { return out }
        if let zone = options.time.assumedZone { out.timezone = zone.identifier }
        let known: Set<String> = [
            "year", "month", "day", "time", "end year", "end month", "end day", "end time", "display date",
            "headline", "text", "media", "media credit", "media caption", "media thumbnail", "type", "group", "background",
        ]
        var sawTitle = false
        for record in records {
            var cells: [String: Record.Field] = [:]
            for f in record.fields where cells[f.name.lowercased()] == nil { cells[f.name.lowercased()] = f }
            func cell(_ name: String) -> String { cells[name]?.value.string?.trimmingWhitespace ?? "" }
            // A blank row (only commas) is no slide.
            if record.fields.allSatisfy({ ($0.value.string ?? "").trimmingWhitespace.isEmpty }) { continue }
            let type = cell("type").lowercased()
            if type == "title" && !sawTitle {
                sawTitle = true
                // A <br/> in the headline ("Whitney Houston<br/> 1963 - 2012") is a space in a one-line title.
                let t = EventTitle.collapse(HTMLText(cell("headline")).text.trimmingWhitespace.split(whereSeparator: \.isNewline).joined(separator: " "))
                if !t.isEmpty { out.title = t }
                let summary = HTMLText(cell("text")).text.trimmingWhitespace
                if !summary.isEmpty { out.summary = summary }
                continue
            }
            if type == "title" {
                out.warnings.append(Problem(file: file, place: cells["type"]?.place ?? record.place, path: cells["type"]?.name ?? "",
                                            message: "a second title slide; read as an event, as TimelineJS does"))
            }
            var s = TimelineJSSlide(place: record.place, path: "")
            s.start = date(cells, ["year", "month", "day"], time: "time", record: record, file: file, into: &out)
            if s.start == nil {
                // No Year: the problem names the Year cell.
                let year = cells["year"]
                s.start = TimelineJSDate(place: year?.place ?? record.place, path: year?.name ?? "Year", what: "Year")
            }
            s.end = date(cells, ["end year", "end month", "end day"], time: "end time", record: record, file: file, into: &out)
            s.headline = cell("headline")
            s.text = cell("text")
            s.media = cell("media")
            s.mediaCredit = cell("media credit")
            s.mediaCaption = cell("media caption")
            s.group = cell("group")
            for (name, key) in [("display date", "display_date"), ("media thumbnail", "media_thumbnail"), ("background", "background")] {
                let v = cell(name)
                if !v.isEmpty { s.extras.append(ExtraField(name: key, json: JSONValue.quoted(v))) }
            }
            for f in record.fields where !known.contains(f.name.lowercased()) {
                let v = (f.value.string ?? "").trimmingWhitespace
                if !v.isEmpty, !f.name.isEmpty { s.extras.append(ExtraField(name: f.name, json: JSONValue.quoted(v))) }
            }
            let kind: String? = type == "era" ? "era" : nil
            if let d = s.draft(kind: kind, options: options, file: file, into: &out) { out.events.append(d) }
            if out.problems.count > TimelineBuilder.maxProblems { break }
        }
        return out
    }

    /// The date in the cells `names` (year, month, day) and the time cell, or nil when
    /// they are all empty.
    private static func date(_ cells: [String: Record.Field], _ names: [String], time: String, record: Record,
                             file: String, into out: inout ReaderOutput) -> TimelineJSDate? {
        let given = (names + [time]).compactMap { cells[$0] }.filter { !($0.value.string ?? "").trimmingWhitespace.isEmpty }
        guard let first = given.first else { return nil }
        let year = cells[names[0]]
        var d = TimelineJSDate(place: year?.place ?? first.place, path: year?.name ?? first.name,
                               what: (cells[time] ?? first).name)
        for (name, part) in zip(names, ["year", "month", "day"]) {
            if let f = cells[name] {
                d.parts[part] = .init(text: (f.value.string ?? "").trimmingWhitespace, place: f.place, path: f.name)
            }
        }
        if let f = cells[time], let text = f.value.string?.trimmingWhitespace, !text.isEmpty {
            switch TimelineJSClock.parse(text) {
            case .success(let clock):
                for (part, value) in clock.parts {
                    d.parts[part] = .init(text: value, place: f.place, path: f.name)
                }
                d.fractionDigits = clock.fractionDigits
            case .failure(let failure):
                out.problems.append(Problem(file: file, place: f.place, path: f.name, message: failure.message))
                return nil
            }
        }
        return d
    }
}
