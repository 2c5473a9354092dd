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

    static func readCSV(_ bytes: [UInt8], file: String, options: ReadOptions) -> ReaderOutput {
        var out = ReaderOutput()
        let (header, records) = RecordFile.csv(bytes, file: file, problems: &out.problems, warnings: &out.warnings)
        if !header.isEmpty {
            if !header.contains("message") {
                out.problems.append(Problem(file: file, place: SourcePlace(line: 1, column: 1), path: "",
                                            message: "the header has no message column (Timesketch needs message, datetime, timestamp_desc)"))
            }
            if !header.contains("datetime") && !header.contains("timestamp") {
                out.problems.append(Problem(file: file, place: SourcePlace(line: 1, column: 1), path: "",
                                            message: "the header has no datetime or timestamp column"))
            }
            guard out.problems.isEmpty else { return out }
        }
        map(records, file: file, options: options, into: &out)
        return out
    }

    static func readJSONL(_ bytes: [UInt8], file: String, options: ReadOptions) -> ReaderOutput {
        var out = ReaderOutput()
        let records = RecordFile.jsonLines(bytes, file: file, problems: &out.problems, warnings: &out.warnings)
        map(records, file: file, options: options, into: &out)
        return out
    }

    /// Records in Timesketch's vocabulary (also Plaso's dynamic CSV) to events.
    /// `dashIsEmpty`: Plaso writes `-` for an empty value.
    static func map(_ records: [Record], file: String, options: ReadOptions, into out: inout ReaderOutput,
                    dashIsEmpty: Bool = false, known: Set<String> = ["message", "datetime", "timestamp_desc", "tag"]) {
        func text(_ f: Record.Field?) -> String? {
            guard let f, let t = f.value.text else { return nil }
            let trimmed = t.trimmingWhitespace
            if trimmed.isEmpty || (dashIsEmpty && trimmed == "-") { return nil }
            return trimmed
        }
        for record in records {
            if out.problems.count > TimelineBuilder.maxProblems { return }
            var time: EventTime?
            var written = ""
            if let f = record.field("datetime"), let t = text(f) {
                written = t
                if dashIsEmpty && PlasoTime.isNoTime(t) {
                    out.warnings.append(Problem(file: file, place: f.place, path: "datetime",
                                                message: "Plaso wrote no time for this event (\(t)); it is left out"))
                    continue
                }
                if !dashIsEmpty, t.allSatisfy(\.isASCIIDigit) {
                    // Timesketch's importer (utils.py, read_and_validate_csv) reads a datetime
                    // over 10^15 as microseconds since 1970; 16 digits are 2001 to 2286.
                    guard t.count == 16, let v = EpochUnit.us.time(t) else {
                        out.problems.append(Problem(file: file, place: f.place, path: "",
                            message: "datetime \"\(t)\" is a number of \(t.count) digits; Timesketch reads a datetime of 16 digits as microseconds since 1970, and no other; write an ISO 8601 time"))
                        continue
                    }
                    time = v
                } else {
                    switch options.time.read(t, what: "datetime") {
                    case .success(let v): time = v
                    case .failure(let e):
                        out.problems.append(Problem(file: file, place: f.place, path: "", message: e.message))
                        continue
                    }
                }
            } else if let f = record.field("timestamp"), let t = text(f) {
                written = t
                guard let v = EpochUnit.us.time(t), !t.contains(".") else {
                    out.problems.append(Problem(file: file, place: f.place, path: "timestamp",
                                                message: "\"\(t)\" is not a whole number of microseconds since 1970"))
                    continue
                }
                time = v
                if let i = v.instant, i.seconds < 31_536_000 {
                    out.warnings.append(Problem(file: file, place: f.place, path: "timestamp",
                        message: "\(t) read as microseconds since 1970 (Timesketch's unit) is in 1970; if it counts seconds or milliseconds, convert it or give a datetime"))
                }
            } else {
                out.problems.append(Problem(file: file, place: record.place, path: "datetime",
                                            message: "this event has no datetime (and no timestamp)"))
                continue
            }
            guard let time else { continue }
            // Timesketch's importer drops years before 1700 as placeholders (1601-01-01 is
            // Windows' FILETIME zero); shown, one would sit 229,000 days before the rest.
            let seconds: Int64
            if let i = time.instant {
                seconds = i.seconds
            } else {
                seconds = (time.writtenPeriod?.firstDay.daysSinceEpoch ?? 0) * 86_400
            }
            if !dashIsEmpty, seconds < -8_520_336_000 {
                out.warnings.append(Problem(file: file, place: record.field("datetime")?.place ?? record.place, path: "datetime",
                    message: "\(written) is before 1700, a placeholder rather than a time (1601-01-01 is Windows' zero); left out, as Timesketch's importer does"))
                continue
            }
            let message = record.field("message").flatMap { $0.value.text } ?? ""
            let (title, body, empty) = EventTitle.from(message)
            if empty {
                out.warnings.append(Problem(file: file, place: record.field("message")?.place ?? record.place,
                                            path: "message", message: "empty message; shown as \(EventTitle.none)"))
            }
            var extras: [ExtraField] = []
            for f in record.fields where !known.contains(f.name) {
                if case .string(let s) = f.value, s.isEmpty || (dashIsEmpty && s == "-") { continue }
                if case .null = f.value { continue }
                extras.append(ExtraField(name: f.name, json: f.value.compactText))
            }
            out.events.append(.read(
                time: time, written: written, kind: text(record.field("timestamp_desc")),
                title: title, text: body, tags: tags(record.field("tag"), dashIsEmpty: dashIsEmpty),
                extraFields: extras, place: record.place
            ))
        }
    }

    /// Timesketch tags: a JSON array of strings, or text such as `a,b` or `[]`.
    static func tags(_ f: Record.Field?, dashIsEmpty: Bool) -> [String] {
        guard let f else { return [] }
        if case .array(let a) = f.value { return a.compactMap { $0.value.string } }
        guard var t = f.value.text?.trimmingWhitespace, !t.isEmpty, !(dashIsEmpty && t == "-") else { return [] }
        if t.hasPrefix("[") && t.hasSuffix("]") {
            var p = JSONValueParser(bytes: Array(t.utf8))
            if let v = try? p.parseWhole(), let a = v.elements { return a.compactMap { $0.value.string } }
            t = String(t.dropFirst().dropLast())
        }
        return t.split(separator: ",").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
    }
}
