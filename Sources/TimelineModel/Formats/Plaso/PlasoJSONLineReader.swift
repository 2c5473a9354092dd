/// Plaso's `json_line` output (`plaso/output/json_line.py`): one event a line with
/// `timestamp` in µs UTC, `date_time` (the dfdatetime value, whose class says how precise
/// the time is), `timestamp_desc`, `message`, and every attribute of the event.
///
/// The time is `timestamp`, with as many digits as the `date_time` class carries (at most
/// 6); a class that keeps more (`PosixTimeInNanoseconds`, `Filetime`…) is taken from
/// `date_time.timestamp`, exact to its last digit (see `PlasoTime`). A `time_zone_offset`
/// says the offset the source wrote the time in. A `date_time` still marked
/// `is_local_time` whose `timestamp` is its elements read as UTC (a syslog line Plaso took
/// as UTC, told no zone) is a time with no zone: refused without `--assume-zone`, placed in
/// that zone with it. A `date_time` that carries no time (`SemanticTime` "Not set") is left out with a
/// warning, never shown as 1970.
enum PlasoJSONLineReader {
    static func declines(_ sample: FileSample) -> String? {
        guard sample.firstLineJSON != nil else { return "the first line is not a JSON object" }
        let k = Set(sample.firstKeys)
        guard k.contains("__container_type__") || (k.contains("date_time") && k.contains("timestamp_desc")) else {
            return "no \"__container_type__\" or \"date_time\" on the first line"
        }
        return nil
    }

    static let known = ["message", "timestamp", "timestamp_desc", "date_time", "tag",
                                     "__container_type__", "__type__"]

    /// The labels of Plaso's event tag (`{"__container_type__": "event_tag", "labels": […]}`),
    /// or a tag written as Timesketch writes it.
    static func tags(_ field: Record.Field?) -> [String] {
        if let labels = field?.value["labels"]?.elements { return labels.compactMap { $0.value.string } }
        return TimesketchReader.tags(field, dashIsEmpty: true)
    }

    /// Reads the file a line at a time (see `RecordReader`). Its events hold their lines'
    /// text, so a search may look at a line's bytes first.
    static func reader(_ bytes: FileBytes, file: String, options: ReadOptions) -> RecordReader {
        RecordReader.jsonLines(bytes, file: file, madeText: []) { map($0, file: file, options: options, into: &$1) }
    }

    /// One line's object to an event.
    static func map(_ record: Record, file: String, options: ReadOptions = ReadOptions(), into out: inout RecordReading) {
        let dateTime = record.field("date_time")?.value
        let className = dateTime?["__class_name__"]?.string ?? "TimeElements"
        guard let digits = PlasoTime.fractionDigits(ofClass: className),
              dateTime?["string"]?.string.map(PlasoTime.isNoTime) != true
        else {
            out.warnings.append(Problem(file: file, place: record.field("date_time")?.place ?? record.place, path: "date_time",
                                        message: "Plaso wrote no time for this event (\(className)); it is left out"))
            return
        }
        var time = digits > 6 ? PlasoTime.exactTime(dateTime, className: className) : nil
        if time == nil, let f = record.field("timestamp"), let us = f.value.text, case .instant(let i, var form)? = EpochUnit.us.time(us) {
            if i.seconds == 0 && i.nanoseconds == 0 && className == "TimeElements" && dateTime == nil {
                time = nil
            } else {
                form.fractionDigits = min(digits, 6)
                // Fewer digits than µs: the rest are zeros Plaso added, not known.
                let keep = Int32([1_000_000_000, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000][min(digits, 6)])
                time = .instant(Instant(seconds: i.seconds, nanoseconds: i.nanoseconds / keep * keep), form)
            }
        }
        // A local time Plaso took as UTC, told no zone: no zone is guessed here either.
        if case .instant(let i, _)? = time, let local = PlasoTime.unzonedLocalTime(dateTime, i, digits: min(digits, 6)) {
            switch options.time.read(local, what: "local time") {
            case .success(let placed): time = placed
            case .failure(let e):
                let message = options.time.assumedZone == nil
                    ? "\"\(local)\" is a local time with no zone (is_local_time), which Plaso, told none, took as UTC; \(TimeReading.noZoneAdvice)"
                    : e.message
                out.problems.append(Problem(file: file, place: record.field("date_time")?.place ?? record.place,
                                            path: "date_time", message: message))
                return
            }
        }
        guard let time = time.map({ PlasoTime.inWrittenOffset($0, dateTime) }) else {
            out.problems.append(Problem(file: file, place: record.field("timestamp")?.place ?? record.place, path: "timestamp",
                                        message: "no timestamp in microseconds since 1970"))
            return
        }
        let message = record.field("message")?.value.text ?? ""
        let (title, body, empty) = EventTitle.from(message)
        if empty {
            out.warnings.append(Problem(file: file, place: record.place, path: "message", message: "empty message; shown as \(EventTitle.none)"))
        }
        var extras: [ExtraField] = []
        for f in record.fields where out.whole && !known.contains(f.name) {
            if case .null = f.value { continue }
            extras.append(ExtraField(name: f.name, json: f.value.compactText))
        }
        out.draft = .read(
            time: time, written: record.field("timestamp")?.value.text ?? "",
            kind: record.field("timestamp_desc")?.value.string, title: title, text: body,
            tags: out.whole ? tags(record.field("tag")) : [], extraFields: extras,
            place: record.place
        )
    }
}
