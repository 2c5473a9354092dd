/// Timesketch's import format (google/timesketch `docs/guides/user/import-from-json-csv.md`,
/// `timesketch/lib/utils.py`), as CSV or JSON Lines: `message`, `datetime` (ISO 8601),
/// `timestamp_desc`, optionally `timestamp` (microseconds since the epoch, UTC) and `tag`;
/// every other column is kept as an extra field.
///
/// `datetime` is the event's time (Timesketch itself recomputes `timestamp` from it); when
/// it is missing or empty, `timestamp` in µs is used, exact to the µs. `timestamp_desc`
/// becomes the kind. Timesketch has no actor, so none is made up.
enum TimesketchReader {
    static func declinesCSV(_ sample: FileSample) -> String? {
        guard sample.csvHeader != nil else { return "the first line is not a CSV header" }
        let h = Set(sample.lowercasedHeader)
        guard h.contains("message") else { return "no message column" }
        guard h.contains("datetime") || h.contains("timestamp") else { return "no datetime or timestamp column" }
        // Timesketch needs `datetime`; without it, a `timestamp` that is text (not µs) is a
        // spreadsheet's column of times.
        if !h.contains("datetime"), let t = sample.firstRowCell("timestamp"), !t.isEmpty, !t.allSatisfy(\.isASCIIDigit) {
            return "no datetime column, and its timestamp is text, not microseconds since 1970"
        }
        if PlasoDynamicReader.declines(sample) == nil { return "it is Plaso's dynamic CSV" }
        return nil
    }

    static func declinesJSONL(_ sample: FileSample) -> String? {
        guard sample.firstLineJSON != nil else { return "the first line is not a JSON object" }
        let k = Set(sample.firstKeys)
        guard k.contains("message") else { return "no \"message\" on the first line" }
        guard k.contains("datetime") || k.contains("timestamp") else { return "no \"datetime\" or \"timestamp\" on the first line" }
        guard k.contains("timestamp_desc") else { return "no \"timestamp_desc\" on the first line" }
        if k.contains("__container_type__") { return "it is Plaso's json_line" }
        return nil
    }

    /// Reads the CSV a row at a time (see `RecordReader`).
    static func csvReader(_ bytes: FileBytes, file: String, options: ReadOptions) -> RecordReader {
        var reader = RecordReader.csv(bytes, file: file, listed: listedColumns, check: { header in
            var problems: [Problem] = []
            if !header.contains("message") {
                problems.append(Problem(file: file, place: SourcePlace(line: 1, column: 1), path: "",
                                        message: "the header has no message column (Timesketch needs message, datetime, timestamp_desc)"))
            }
            if !header.contains("datetime") && !header.contains("timestamp") {
                problems.append(Problem(file: file, place: SourcePlace(line: 1, column: 1), path: "",
                                        message: "the header has no datetime or timestamp column"))
            }
            return problems
        }, madeText: [], map: { map($0, file: file, options: options, into: &$1) })
        let (header, rows, _) = RecordFile.csvHeader(bytes, file: file)
        if reader.problems.isEmpty { reader.skim = skimCSV(bytes, header: header, options: options) }
        if header.contains("timeline_timezone") {
            ourTimeline(RecordFile.csvRow(bytes, at: rows.offset, line: rows.line, header: header, file: file).0, &reader)
        }
        return reader
    }

    /// The title and home zone of a file our export wrote, from its first record.
    private static func ourTimeline(_ first: Record?, _ reader: inout RecordReader) {
        guard let first, TimesketchOurFields.isOurs(first) else { return }
        (reader.title, reader.timezone) = TimesketchOurFields.timeline(first)
        reader.saved = TimesketchOurFields.saved(first)
    }

    /// Reads the JSON Lines a line at a time (see `RecordReader`).
    static func jsonlReader(_ bytes: FileBytes, file: String, options: ReadOptions) -> RecordReader {
        var reader = RecordReader.jsonLines(bytes, file: file, madeText: []) { map($0, file: file, options: options, into: &$1) }
        ourTimeline(RecordFile.jsonLine(bytes, at: reader.first.offset, line: reader.first.line, file: file).0, &reader)
        return reader
    }

    /// The columns the rules, the messages and a one-line listing read (see `RecordReader.csv`).
    static let listedColumns = ["message", "datetime", "timestamp"] + TimesketchOurFields.listed

    /// The fields that become the event's own (every other is an extra field).
    static let mapped = ["message", "datetime", "timestamp_desc", "tag"]

    /// A record in Timesketch's vocabulary (also Plaso's dynamic CSV) to an event.
    /// `dashIsEmpty`: Plaso writes `-` for an empty value.
    static func map(_ record: Record, file: String, options: ReadOptions, into out: inout RecordReading,
                    dashIsEmpty: Bool = false, known: [String] = mapped) {
        if !dashIsEmpty, TimesketchOurFields.isOurs(record) {
            TimesketchOurFields.map(record, file: file, into: &out)
            return
        }
        func text(_ f: Record.Field?) -> String? {
            guard let f, let t = f.value.text else { return nil }
            let trimmed = t.trimmingWhitespace
            if trimmed.isEmpty || (dashIsEmpty && trimmed == "-") { return nil }
            return trimmed
        }
        var time: EventTime?
        var written = ""
        if let f = record.field("datetime"), let t = text(f) {
            written = t
            if dashIsEmpty && PlasoTime.isNoTime(t) {
                out.warnings.append(Problem(file: file, place: f.place, path: "datetime",
                                            message: "Plaso wrote no time for this event (\(t)); it is left out"))
                return
            }
            if !dashIsEmpty, t.allSatisfy(\.isASCIIDigit) {
                // Timesketch's importer (utils.py, read_and_validate_csv) reads a datetime
                // over 10^15 as microseconds since 1970; 16 digits are 2001 to 2286.
                guard t.count == 16, let v = EpochUnit.us.time(t) else {
                    out.problems.append(Problem(file: file, place: f.place, path: "",
                        message: "datetime \"\(t)\" is a number of \(t.count) digits; Timesketch reads a datetime of 16 digits as microseconds since 1970, and no other; write an ISO 8601 time"))
                    return
                }
                time = v
            } else {
                switch options.time.read(t, what: "datetime") {
                case .success(let v): time = v
                case .failure(let e):
                    guard let colons = DashedClock.colons(t) else {
                        out.problems.append(Problem(file: file, place: f.place, path: "", message: e.message))
                        return
                    }
                    let clock = try? WrittenTime.parse(colons).get()
                    guard let stamp = record.field("timestamp"), let s = text(stamp),
                          let (v, disagreement) = DashedClock.time(timestamp: s, clock: clock, written: t)
                    else {
                        out.problems.append(Problem(file: file, place: f.place, path: "",
                            message: "datetime \"\(t)\" writes its clock with dashes; ISO 8601 writes \(colons.dropFirst(11).prefix(8)), and without a timestamp (microseconds since 1970) the time cannot be read"))
                        return
                    }
                    time = v
                    out.warningsOnce.append(Problem(file: file, place: f.place, path: "datetime", message: DashedClock.warning))
                    if let disagreement {
                        out.warnings.append(Problem(file: file, place: f.place, path: "datetime", message: disagreement))
                    }
                }
            }
        } else if let f = record.field("timestamp"), let t = text(f) {
            written = t
            guard let v = EpochUnit.us.time(t), !t.contains(".") else {
                out.problems.append(Problem(file: file, place: f.place, path: "timestamp",
                                            message: "\"\(t)\" is not a whole number of microseconds since 1970"))
                return
            }
            time = v
            if let i = v.instant, i.seconds < 31_536_000 {
                out.warnings.append(Problem(file: file, place: f.place, path: "timestamp",
                    message: "\(t) read as microseconds since 1970 (Timesketch's unit) is in 1970; if it counts seconds or milliseconds, convert it or give a datetime"))
            }
        } else {
            out.problems.append(Problem(file: file, place: record.place, path: "datetime",
                                        message: "this event has no datetime (and no timestamp)"))
            return
        }
        guard let time else { return }
        // Timesketch's importer drops years before 1700 as placeholders (1601-01-01 is
        // Windows' FILETIME zero); shown, one would sit 229,000 days before the rest.
        let seconds: Int64
        switch time {
        case .instant(let i, _): seconds = i.seconds
        case .day(let d): seconds = d.daysSinceEpoch * 86_400
        case .month(let year, _), .year(let year): seconds = CivilDate(year: year, month: 1, day: 1).daysSinceEpoch * 86_400
        }
        if !dashIsEmpty, seconds < -8_520_336_000 {
            out.warnings.append(Problem(file: file, place: record.field("datetime")?.place ?? record.place, path: "datetime",
                message: "\(written) is before 1700, a placeholder rather than a time (1601-01-01 is Windows' zero); left out, as Timesketch's importer does"))
            return
        }
        let message = record.field("message").flatMap { $0.value.text } ?? ""
        let (title, body, empty) = EventTitle.from(message)
        if empty {
            out.warnings.append(Problem(file: file, place: record.field("message")?.place ?? record.place,
                                        path: "message", message: "empty message; shown as \(EventTitle.none)"))
        }
        var extras: [ExtraField] = []
        for f in record.fields where out.whole && !known.contains(f.name) {
            if case .string(let s) = f.value, s.isEmpty || (dashIsEmpty && s == "-") { continue }
            if case .null = f.value { continue }
            extras.append(ExtraField(name: f.name, json: f.value.compactText))
        }
        out.titleAt = record.field("message")?.offset
        out.draft = .read(
            time: time, written: written, kind: text(record.field("timestamp_desc")),
            title: title, text: body, tags: out.whole ? tags(record.field("tag"), dashIsEmpty: dashIsEmpty) : [],
            extraFields: extras, place: record.place
        )
    }

    /// Timesketch tags: a JSON array of strings, a Python list (`['a', 'b']`, pandas'
    /// CSV), or text such as `a,b` or `[]`.
    static func tags(_ f: Record.Field?, dashIsEmpty: Bool) -> [String] {
        guard let f else { return [] }
        if case .array(let a) = f.value { return a.compactMap { $0.value.string } }
        guard var t = f.value.text?.trimmingWhitespace, !t.isEmpty, !(dashIsEmpty && t == "-") else { return [] }
        if t.hasPrefix("[") && t.hasSuffix("]") {
            var p = JSONValueParser(bytes: Array(t.utf8))
            if let v = try? p.parseWhole(), let a = v.elements { return a.compactMap { $0.value.string } }
            // A pandas export writes a list cell as Python prints it: ['a', 'b'].
            if let a = PythonListText.strings(t) { return a.filter { !$0.isEmpty } }
            t = String(t.dropFirst().dropLast())
        }
        return t.split(separator: ",").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
    }
}
