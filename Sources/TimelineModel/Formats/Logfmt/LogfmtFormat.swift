/// logfmt logs (see `LogfmtLine`): each line's pairs read as the fields of a JSON Lines log
/// line (`JSONLogReader.map`: the same time, title and kind fields, `--map`, the same
/// refusal of a time with no zone), with the fields logfmt writers use added: the title
/// from `msg`, `message` or Heroku's `desc`, the kind from `level`, `lvl` or Heroku's
/// `at`, the actor from `app`, Heroku's `source[process]`, `service` or `component`. A
/// Heroku router line with no message is titled by its request: `GET /login → 503`.
enum LogfmtLog {
    static let writer = LogWriter(note: "", titleFields: ["msg", "message", "desc"], kindFields: ["level", "lvl", "severity", "at"],
                                  actorFields: ["app", "application", "source", "service", "component"], logfmt: true)

    static func declines(_ sample: FileSample) -> String? {
        guard let line = LogfmtLine(sample.firstLine) else {
            return "the first line is not logfmt (key=value pairs: time=… level=… msg=\"…\")"
        }
        guard line.hasTime else { return "the first line's pairs have no time (time=, ts=, t=, timestamp=) and no leading time" }
        return nil
    }

    /// Reads the log a line at a time (see `RecordReader`); without `--map`, lines are
    /// skimmed and listed from their bytes where they can be (`skim`, `listing`).
    static func reader(_ bytes: FileBytes, file: String, options: ReadOptions) -> RecordReader {
        let fromBytes = options.map.isEmpty
        var reader = RecordReader.textLines(
            bytes, file: file, refusal: "not a logfmt line (key=value pairs, a value with spaces in double quotes)",
            listing: fromBytes ? listing(bytes, options: options) : nil,
            parse: { LogfmtLine($0)?.record(line: $1) }, map: { record, reading in
                // The line's time key (Grafana writes `t=`, which no JSON log does); a leading time is `time`.
                var lineWriter = writer
                lineWriter.timeField = LogfmtLine.timeKeys.first { record.field($0) != nil }
                JSONLogReader.map(record, writer: lineWriter, file: file, options: options, into: &reading)
            })
        if fromBytes { reader.skim = skim(bytes, options: options) }
        return reader
    }

    /// A request's line (Heroku's router): `GET /login → 503`.
    static func requestTitle(_ record: Record) -> String? {
        guard let method = record.field("method")?.value.string, let path = record.field("path")?.value.string else { return nil }
        return method + " " + path + (record.field("status")?.value.string.map { " → " + $0 } ?? "")
    }
}

extension InputFormat {
    /// logfmt logs (`LogfmtLog`).
    static let logfmt = InputFormat.records(
        name: "logfmt", title: "logfmt log",
        declines: { LogfmtLog.declines($0) },
        reader: { bytes, file, options in LogfmtLog.reader(bytes, file: file, options: options) })
}
