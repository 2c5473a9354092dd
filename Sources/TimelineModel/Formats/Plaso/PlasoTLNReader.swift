/// Plaso's `tln` and `l2ttln` outputs (log2timeline/plaso `plaso/output/tln.py`), the TLN
/// layout of Harlan Carvey's timeline tools: `Time|Source|Host|User|Description`, and
/// `|TZ|Notes` after it for `l2ttln`, one event a line under that header (a file of
/// Carvey's tools has none: named with `--input-format plaso-tln`, its first line is an
/// event). `Time` is whole seconds since 1970 in UTC, as TLN defines it; `-` is an empty value.
///
/// psort writes the description as `DATE; TIMESTAMP_DESC; MESSAGE`: the message is the
/// title and the timestamp's description the kind, and the date, written with its offset
/// (and the fraction the event had), is the time when it falls in `Time`'s second. A
/// description written otherwise is the title whole, at `Time`. `User` is the actor;
/// `Source`, `Host`, `TZ` and `Notes` are extra fields.
enum PlasoTLNReader {
    static let tln = ["Time", "Source", "Host", "User", "Description"]
    static let l2ttln = tln + ["TZ", "Notes"]

    static func declines(_ sample: FileSample) -> String? {
        header(sample.text) == nil ? "the first line is not Time|Source|Host|User|Description (TLN), with |TZ|Notes (l2ttln)" : nil
    }

    /// The names of the header the text starts with, when it is TLN's or l2ttln's.
    private static func header(_ text: String) -> [String]? {
        var first = text.prefix { $0 != "\n" && $0 != "\r\n" }
        if first.hasPrefix("\u{FEFF}") { first = first.dropFirst() }
        if first.hasSuffix("\r") { first = first.dropLast() }
        let names = first.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        return names == tln || names == l2ttln ? names : nil
    }

    /// Reads the file a line at a time after its header (see `RecordReader`).
    static func reader(_ bytes: FileBytes, file: String, options: ReadOptions) -> RecordReader {
        let start = RecordFile.firstLine(bytes)
        let end = RecordFile.lineEnd(bytes, from: start)
        let firstLine = String(decoding: UnsafeBufferPointer(start: bytes.base + start, count: end - start), as: UTF8.self)
        // Carvey's tools write no header (named with --input-format): the first line's
        // values then say which layout.
        let named = header(firstLine)
        let values = firstLine.split(separator: "|", omittingEmptySubsequences: false).count
        let names = named ?? (values == l2ttln.count ? l2ttln : tln)
        var reader = RecordReader.textLines(bytes, file: file, refusal: "expected \(names.count) values separated by | (\(names.joined(separator: "|")))",
                                            parse: { line, number in parse(line, names: names, line: number) },
                                            map: { map($0, file: file, options: options, into: &$1) })
        if named != nil { reader.first = (min(bytes.count, end + 1), 2) }
        if names == l2ttln { reader.note = "l2ttln" }
        return reader
    }

    /// A line's values under the header's names; nil when it has not as many.
    private static func parse(_ line: String, names: [String], line number: Int) -> Record? {
        var text = Substring(line)
        if text.hasSuffix("\r") { text = text.dropLast() }
        let values = text.split(separator: "|", omittingEmptySubsequences: false)
        guard values.count == names.count else { return nil }
        var column = 1
        var fields: [Record.Field] = []
        for (name, value) in zip(names, values) {
            fields.append(Record.Field(name: name, value: .string(String(value)), place: SourcePlace(line: number, column: column)))
            column += value.count + 1
        }
        return Record(fields: fields, line: number)
    }

    /// One line to an event.
    static func map(_ record: Record, file: String, options: ReadOptions, into out: inout RecordReading) {
        func text(_ name: String) -> String? {
            guard let t = record.field(name)?.value.string?.trimmingWhitespace, !t.isEmpty, t != "-" else { return nil }
            return t
        }
        let written = text("Time") ?? ""
        guard written.allSatisfy(\.isASCIIDigit), let seconds = EpochUnit.s.time(written) else {
            out.problems.append(Problem(file: file, place: record.field("Time")?.place ?? record.place, path: "Time",
                                        message: "\"\(written)\" is not a whole number of seconds since 1970 (TLN's time, in UTC)"))
            return
        }
        var time = seconds
        var timeWritten = written
        var kind = text("Source")
        var message = text("Description") ?? ""
        // psort's `DATE; TIMESTAMP_DESC; MESSAGE`: the date as written, when it is that second.
        let parts = message.split(separator: ";", maxSplits: 2, omittingEmptySubsequences: false).map { String($0).trimmingWhitespace }
        if parts.count == 3, case .success(let dated) = options.time.read(parts[0], what: "Description's date"),
           case .instant(let instant, let form) = dated, !form.zoneAssumed, instant.seconds == seconds.instant?.seconds {
            time = dated
            timeWritten = parts[0]
            if !parts[1].isEmpty { kind = parts[1] }
            message = parts[2]
        }
        let (title, body, empty) = EventTitle.from(message)
        if empty {
            out.warnings.append(Problem(file: file, place: record.field("Description")?.place ?? record.place, path: "Description",
                                        message: "empty description; shown as \(EventTitle.none)"))
        }
        var extras: [ExtraField] = []
        for name in ["Source", "Host", "TZ", "Notes"] where out.whole {
            guard let t = text(name), !(name == "Source" && t == kind) else { continue }
            extras.append(ExtraField(name: name.lowercased(), json: JSONValue.quoted(t)))
        }
        out.draft = .read(time: time, written: timeWritten, actor: text("User"), kind: kind, title: title, text: body,
                          extraFields: extras, place: record.place)
    }
}
