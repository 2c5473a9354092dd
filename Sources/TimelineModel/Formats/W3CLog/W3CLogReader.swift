/// W3C extended log files (the W3C's "Extended Log File Format" working draft): IIS's
/// default log (`u_ex*.log`), IIS's FTP and SMTP logs, the Advanced Logging module,
/// Azure App Service's HTTP logs. Directives first (`#Software:`, `#Version:`, `#Date:`),
/// then `#Fields:` naming the values of each line after it, separated by spaces (IIS
/// writes a space inside a value as `+`; a quoted value may hold spaces), `-` for a value
/// not written.
///
/// `date` and `time` are in UTC, as the format defines them (IIS writes UTC whatever
/// the server's zone); `date-local` and `time-local` (the Advanced Logging module) carry
/// no zone and need `--assume-zone`. A log with a `time` and no `date` takes its day from
/// the `#Date:` above it (the next day for a time earlier than that directive's: the
/// log went past midnight). A `#GMT-Offset: -0800` above (Oracle Web Cache) gives the
/// times that offset. The title is the request and its status (`GET /index.html →
/// 404`), the kind the status's class (`4xx`), the actor the client's address; every other
/// value is an extra field.
enum W3CLogReader {
    /// Directives a W3C extended log starts with.
    static let directives = ["#Software:", "#Version:", "#Date:", "#Fields:", "#Start-Date:", "#Remark:"]

    static func declines(_ sample: FileSample) -> String? {
        directives.contains(where: sample.firstLine.hasPrefix) ? nil
            : "the first line is not a W3C extended log's directive (#Software:, #Version:, #Date:, #Fields:)"
    }

    /// The writer `JSONLogReader.map` reads a line with: times in UTC, or local ones.
    static let utcWriter = LogWriter(note: "", timeField: utcTime, kindFields: ["sc-status"], actorFields: ["c-ip"], zone: .utc, w3c: true)
    static let localWriter = LogWriter(note: "", timeField: localTime, kindFields: ["sc-status"], actorFields: ["c-ip"], w3c: true)
    /// The names of a line's time, made of its date and time values.
    static let utcTime = "date time"
    static let localTime = "date-local time-local"

    static func reader(_ bytes: FileBytes, file: String, options: ReadOptions) -> RecordReader {
        let directives = W3CLogDirectives(bytes)
        var problems: [Problem] = []
        if let first = directives.blocks.first {
            if !first.fields.contains("time") && !first.fields.contains("time-local") {
                problems.append(Problem(file: file, place: SourcePlace(line: first.line - 1, column: 1), path: "",
                                        message: "#Fields names no time (time, time-local): this log has no times to put on a timeline"))
            }
        } else {
            problems.append(Problem(file: file, place: SourcePlace(line: 1, column: 1), path: "",
                                    message: "no #Fields line: the values of the log's lines cannot be named"))
        }
        let mapping = problems.isEmpty
        var reader = RecordReader(first: directives.firstEntry, problems: problems, read: { offset, line, whole in
            let end = RecordFile.lineEnd(bytes, from: offset)
            var reading = RecordReading(next: end + 1, nextLine: line + 1)
            reading.whole = whole
            let text = W3CLogDirectives.text(bytes, offset, end)
            guard mapping, !text.hasPrefix("#"), !text.allSatisfy({ $0 == " " || $0 == "\t" }),
                  let block = directives.block(at: offset)
            else { return reading }
            if String(validating: UnsafeBufferPointer(start: bytes.base + offset, count: end - offset), as: UTF8.self) == nil {
                reading.warnings.append(Problem(file: file, place: SourcePlace(line: line, column: 1), path: "",
                                                message: "invalid UTF-8 (shown as U+FFFD)"))
            }
            if let (record, local) = record(text, block: block, offset: offset, line: line, bytes: bytes, file: file, into: &reading) {
                JSONLogReader.map(record, writer: local ? localWriter : utcWriter, file: file, options: options, into: &reading)
            }
            return reading
        }, boundary: RecordFile.lineBoundary(bytes))
        let local = directives.blocks.contains { !$0.fields.contains("time") && $0.fields.contains("time-local") }
        let named = options.time.assumedZoneNamesThisFile ? options.time.assumedZone : nil
        reader.note = local ? "date-local and time-local"
            : named.map { "date and time in \($0.identifier), as --assume-zone says for this file" } ?? "date and time in UTC"
        return reader
    }

    /// A line's values under its block's names, with its time made of its date and time
    /// (and whether that time is local); nil (with a problem) when it has another number
    /// of values, or no date to give its time.
    static func record(_ text: String, block: W3CLogDirectives.Block, offset: Int, line: Int, bytes: FileBytes, file: String,
                       into reading: inout RecordReading) -> (Record, local: Bool)? {
        let values = self.values(text)
        guard values.count == block.fields.count else {
            reading.problems.append(Problem(file: file, place: SourcePlace(line: line, column: 1), path: "",
                                            message: "this line has \(values.count) values but #Fields names \(block.fields.count)"))
            return nil
        }
        var columns = LineColumns(bytes, lineStart: offset, line: line)
        var fields: [Record.Field] = []
        var date: (String, Record.Field)?
        var time: (String, Record.Field)?
        var local = false
        for (name, v) in zip(block.fields, values) where v.text != "-" && !v.text.isEmpty {
            let field = Record.Field(name: name, value: .string(v.text), place: columns.place(offset + v.start), offset: offset + v.start)
            switch name {
            case "date": date = (v.text, field)
            case "time": time = (v.text, field)
            case "date-local" where date == nil: date = (v.text, field); local = true
            case "time-local" where time == nil: time = (v.text, field); local = true
            default: fields.append(field)
            }
        }
        guard let (clock, timeField) = time else {
            reading.problems.append(Problem(file: file, place: SourcePlace(line: line, column: 1), path: "",
                                            message: "no time on this line (its time is -)"))
            return nil
        }
        var day = date?.0
        if day == nil, let written = block.date {
            // The day of the `#Date:` above; a time before that directive's is past midnight.
            let parts = written.split(separator: " ")
            if let d = parts.first.map(String.init), case .success(let w) = WrittenTime.parse(d), w.clock == nil {
                let next = CivilDate(daysSinceEpoch: w.date.daysSinceEpoch + 1)
                day = parts.count > 1 && clock < parts[1] ? CivilDate.isoText(year: next.year, month: next.month, day: next.day) : d
            }
        }
        guard let day else {
            reading.problems.append(Problem(file: file, place: timeField.place, path: "",
                                            message: "time \"\(clock)\" has no date: #Fields names no date and no #Date: directive comes before it"))
            return nil
        }
        let name = local ? localTime : utcTime
        fields.insert(Record.Field(name: name, value: .string(day + " " + clock + (block.offset ?? "")), place: date?.1.place ?? timeField.place,
                                   offset: date?.1.offset ?? timeField.offset), at: 0)
        return (Record(fields: fields, line: line), local)
    }

    /// The values of a line, split at spaces (or tabs); a value in double quotes may hold
    /// spaces and writes a quote inside as two. Each with where it starts in the line (in
    /// bytes).
    static func values(_ line: String) -> [(text: String, start: Int)] {
        let u = Array(line.utf8)
        var out: [(String, Int)] = []
        var i = 0
        while i < u.count {
            if u[i] == 0x20 || u[i] == 0x09 { i += 1; continue }
            let start = i
            if u[i] == 0x22 {
                var value: [UInt8] = []
                i += 1
                while i < u.count {
                    if u[i] == 0x22 {
                        if i + 1 < u.count && u[i + 1] == 0x22 { value.append(0x22); i += 2; continue }
                        i += 1
                        break
                    }
                    value.append(u[i])
                    i += 1
                }
                out.append((String(decoding: value, as: UTF8.self), start))
            } else {
                while i < u.count, u[i] != 0x20, u[i] != 0x09 { i += 1 }
                out.append((String(decoding: u[start..<i], as: UTF8.self), start))
            }
        }
        return out
    }

    /// `GET /index.html?id=3 → 404`: the method, the path and query, the status (FTP's
    /// `[2]USER anonymous → 331` alike).
    static func title(_ record: Record) -> String? {
        func text(_ name: String) -> String? { record.field(name)?.value.string }
        let path = text("cs-uri") ?? [text("cs-uri-stem"), text("cs-uri-query")].compactMap { $0 }.joined(separator: "?")
        let request = [text("cs-method"), path.isEmpty ? nil : path].compactMap { $0 }.joined(separator: " ")
        let status = text("sc-status")
        guard !request.isEmpty || status != nil else { return nil }
        return AccessLogLine.title(request: request, status: status)
    }
}
