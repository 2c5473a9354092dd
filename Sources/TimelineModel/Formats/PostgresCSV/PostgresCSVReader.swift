/// PostgreSQL's `csvlog` (`log_destination = 'csvlog'`, `postgresql.csv`): one CSV row an
/// entry, no header, the columns the PostgreSQL documentation lists ("Using CSV-Format Log
/// Output"; 23 up to PostgreSQL 12, 24 in 13, 26 from 14: fewer cells are read as empty).
/// `log_time` writes its zone after a space as `log_timezone` names it
/// (`2024-03-14 10:30:00.123 UTC`); the message's first line is the title, its detail, hint,
/// context and query follow it in the text; the severity is the kind; the database user
/// (else the backend's type: `checkpointer`) is the actor; every other cell written is
/// an extra field under its column's name.
enum PostgresCSVReader {
    static let columns = [
        "log_time", "user_name", "database_name", "process_id", "connection_from", "session_id", "session_line_num",
        "command_tag", "session_start_time", "virtual_transaction_id", "transaction_id", "error_severity", "sql_state_code",
        "message", "detail", "hint", "internal_query", "internal_query_pos", "context", "query", "query_pos", "location",
        "application_name", "backend_type", "leader_pid", "query_id",
    ]
    static let severities: Set = ["DEBUG1", "DEBUG2", "DEBUG3", "DEBUG4", "DEBUG5", "INFO", "NOTICE", "WARNING", "ERROR", "LOG",
                                  "FATAL", "PANIC"]
    /// What follows the message in the text, as psql shows it.
    static let textColumns = [("detail", "DETAIL"), ("hint", "HINT"), ("context", "CONTEXT"), ("query", "QUERY")]

    static func declines(_ sample: FileSample) -> String? {
        guard let cells = sample.csvHeader, (23...26).contains(cells.count) else { return "the first line is not a row of 23 to 26 CSV cells" }
        guard severities.contains(cells[11]), isLogTime(cells[0]) else {
            return "the first row has no log_time (2024-03-14 10:30:00.123 UTC) and severity (LOG, ERROR…) where csvlog writes them"
        }
        return nil
    }

    /// `2024-03-14 10:30:00.123 UTC`: a date, a time, a zone's name.
    static func isLogTime(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard words.count == 3, words[0].count == 10, words[1].count >= 8, words[2].allSatisfy({ $0.isLetter || $0 == "+" || $0 == "-" || $0.isASCIIDigit })
        else { return false }
        return words[0].allSatisfy { $0.isASCIIDigit || $0 == "-" } && words[1].allSatisfy { $0.isASCIIDigit || $0 == ":" || $0 == "." }
    }

    static func reader(_ bytes: FileBytes, file: String, options: ReadOptions) -> RecordReader {
        RecordReader(first: (RecordFile.firstLine(bytes), 1), read: { offset, line, whole in
            var (record, reading) = RecordFile.csvRow(bytes, at: offset, line: line, header: columns, file: file)
            reading.whole = whole
            if let record { map(record, file: file, options: options, into: &reading) }
            return reading
        }, boundary: RecordFile.csvBoundary(bytes))
    }

    static func map(_ record: Record, file: String, options: ReadOptions, into out: inout RecordReading) {
        func cell(_ name: String) -> String? {
            guard let v = record.field(name)?.value.string, !v.isEmpty else { return nil }
            return v
        }
        guard let timeField = record.field("log_time"), let written = timeField.value.string else { return }
        // ` UTC` is UTC; an abbreviation that has only ever meant one offset (` CET`,
        // ` EDT`: PostgreSQL writes the one in force, CEST in summer) is that offset, as in
        // its text log (`TextLogReader.zoneAfter`); one that names several zones (` IST`)
        // is the server's zone, `--assume-zone`, the abbreviation settling an hour the clocks repeat.
        var local = written
        var abbreviation: String?
        let words = written.split(separator: " ")
        if words.count == 3, words[2].allSatisfy(\.isLetter), !["UTC", "GMT"].contains(words[2]) {
            local = words[0] + " " + words[1]
            abbreviation = String(words[2])
        }
        let read: Result<EventTime, WrittenTime.Failure>
        if let abbreviation, let offset = ZoneAbbreviationOffsets.fixed[abbreviation],
           case .success(var w) = WrittenTime.parse(local), w.offsetSeconds == nil {
            w.offsetSeconds = offset
            read = options.time.place(w, text: written, what: "log_time")
        } else {
            read = options.time.read(local, what: "log_time", abbreviation: abbreviation)
        }
        let time: EventTime
        switch read {
        case .success(let t): time = t
        case .failure(let e):
            let message = abbreviation != nil && options.time.assumedZone == nil
                ? "log_time \"\(written)\": \(abbreviation!) "
                    + (ZoneAbbreviationOffsets.ambiguous.contains(abbreviation!) ? "names several zones (with different offsets)" : "is not an abbreviation of one known offset")
                    + "; add --assume-zone with the server's log_timezone (for example --assume-zone Europe/Paris)"
                : e.message
            out.problems.append(Problem(file: file, place: timeField.place, path: "log_time", message: message))
            return
        }
        let made = EventTitle.from(cell("message") ?? "")
        if made.empty {
            out.warnings.append(Problem(file: file, place: record.field("message")?.place ?? record.place, path: "message",
                                        message: "empty message; shown as \(EventTitle.none)"))
        }
        var text = made.text
        let more = textColumns.compactMap { name, label in cell(name).map { "\(label): \($0)" } }
        if !more.isEmpty { text = ([text ?? made.title] + more).joined(separator: "\n") }
        let actor = cell("user_name") ?? cell("backend_type")
        let used = Set(["log_time", "message", "error_severity"] + textColumns.map(\.0))
        let extras = record.fields.filter { out.whole && !used.contains($0.name) && !($0.value.string ?? "").isEmpty }
            .map { ExtraField(name: $0.name, json: $0.value.compactText) }
        out.draft = .read(time: time, written: written, actor: actor, kind: cell("error_severity"), title: made.title, text: text,
                          extraFields: extras, place: record.place)
    }
}
