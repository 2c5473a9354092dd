/// Any JSON Lines log: one object a line without our fields. The time, title, kind, actor
/// and id are found in the fields logging libraries usually write (see `timeFields`…),
/// or where `--map` says; every other field is kept as an extra field.
///
/// A time written as a number is an epoch count that needs a unit: from the field's name
/// (`ts_ms`, `__REALTIME_TIMESTAMP` is µs), from `--map time=ts:ms`, or the line is
/// refused with a message saying how. The unit is never guessed from the size.
enum JSONLogReader {
    static let timeFields = ["time", "timestamp", "@timestamp", "ts", "datetime", "date", "__REALTIME_TIMESTAMP",
                             "ts_ms", "ts_us", "ts_ns", "time_ms", "timestamp_ms", "timestamp_us", "timestamp_ns"]
    static let titleFields = ["message", "msg", "MESSAGE", "log"]
    static let kindFields = ["level", "severity", "PRIORITY"]
    static let actorFields = ["service", "host", "SYSLOG_IDENTIFIER", "_HOSTNAME"]

    static func declines(_ sample: FileSample) -> String? {
        guard sample.firstLineJSON != nil else { return "the first line is not a JSON object" }
        if OwnFormatDetection.declines(sample) == nil { return "it is timeline-tui's own JSON Lines" }
        let keys = sample.firstKeys
        guard keys.contains(where: { timeFields.contains($0) || unit(ofField: $0) != nil }) else {
            return "no time field (" + timeFields.prefix(6).joined(separator: ", ") + "…) on the first line (--map time=FIELD names one)"
        }
        return nil
    }

    /// The epoch unit a field's name states: `ts_ms`, `time_us`, `elapsed_ns`,
    /// `__REALTIME_TIMESTAMP` (journald, µs).
    static func unit(ofField name: String) -> EpochUnit? {
        if name == "__REALTIME_TIMESTAMP" || name == "__MONOTONIC_TIMESTAMP" { return .us }
        let lower = name.lowercased()
        for (suffix, unit) in [("_ms", EpochUnit.ms), ("_millis", .ms), ("_us", .us), ("_micros", .us),
                               ("_ns", .ns), ("_nanos", .ns), ("_s", .s), ("_sec", .s), ("_seconds", .s)] where lower.hasSuffix(suffix) {
            return unit
        }
        return nil
    }

    static let priorityNames = ["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"]

    /// Reads the log a line at a time (see `RecordReader`).
    static func reader(_ bytes: FileBytes, file: String, options: ReadOptions) -> RecordReader {
        RecordReader.jsonLines(bytes, file: file) { map($0, file: file, options: options, into: &$1) }
    }

    /// One line's object to an event.
    static func map(_ record: Record, file: String, options: ReadOptions, into out: inout RecordReading) {
        let map = options.map
        var used: [String] = []  // a few names: a list is cheaper than a set
        func find(_ mapped: String?, _ names: [String]) -> (name: String, field: Record.Field)? {
            if let mapped {
                if let f = lookup(record, mapped) { return (mapped, f) }
                return nil
            }
            for n in names { if let f = record.field(n), f.value != .null { return (n, f) } }
            return nil
        }
        guard let (timeName, timeField) = find(map.time, timeFields)
                ?? record.fields.first(where: { unit(ofField: $0.name) != nil && map.time == nil }).map({ ($0.name, $0) })
        else {
            let which = map.time.map { "no field \"\($0)\" (named by --map time=…)" }
                ?? "no time field (\(timeFields.prefix(6).joined(separator: ", "))…)"
            out.problems.append(Problem(file: file, place: record.place, path: "", message: "\(which); name it with --map time=FIELD"))
            return
        }
        used.append(timeName)
        let time: EventTime
        switch readTime(timeField.value, name: timeName, mappedUnit: map.time == nil ? nil : map.timeUnit, options: options) {
        case .success(let t): time = t
        case .failure(let e):
            // The sentence names the field (`time "…" has no zone`), as for CSV columns.
            out.problems.append(Problem(file: file, place: timeField.place, path: "", message: e.message))
            return
        }
        var title = EventTitle.none
        var body: String?
        if let (n, f) = find(map.title, titleFields), let t = f.value.text {
            used.append(n)
            let made = EventTitle.from(t)
            title = made.title
            body = made.text
            if made.empty {
                out.warnings.append(Problem(file: file, place: f.place, path: n, message: "empty message; shown as \(EventTitle.none)"))
            }
        } else {
            out.warnings.append(Problem(file: file, place: record.place, path: "",
                                        message: "no message field (\(titleFields.joined(separator: ", "))); shown as \(EventTitle.none) (--map title=FIELD names one)"))
        }
        var kind: String?
        if let (n, f) = find(map.kind, kindFields), var k = f.value.text {
            used.append(n)
            if n == "PRIORITY", let p = Int(k), priorityNames.indices.contains(p) { k = priorityNames[p] }
            kind = k
        }
        var actor: String?
        if let (n, f) = find(map.actor, actorFields), let a = f.value.text, !a.isEmpty {
            used.append(n)
            actor = a
        }
        var id: String?
        var idPlace: FieldPlace?
        if let mapped = map.id {
            guard let f = lookup(record, mapped), let v = f.value.text, !v.isEmpty else {
                out.problems.append(Problem(file: file, place: record.place, path: mapped,
                                            message: "no id in field \"\(mapped)\" (named by --map id=…)"))
                return
            }
            used.append(mapped)
            id = v
            idPlace = FieldPlace(f.place, path: mapped)
        }
        let extras = record.fields.filter { out.whole && !used.contains($0.name) && $0.value != .null }
            .map { ExtraField(name: $0.name, json: $0.value.compactText) }
        out.draft = .read(id: id, time: time, written: timeField.value.text ?? "", actor: actor, kind: kind,
                                title: title, text: body, extraFields: extras, place: record.place, idPlace: idPlace)
    }

    /// A field by name, or by a dotted path into nested objects (`protoPayload.methodName`).
    static func lookup(_ record: Record, _ name: String) -> Record.Field? {
        if let f = record.field(name) { return f }
        let parts = name.split(separator: ".").map(String.init)
        guard parts.count > 1, var f = record.field(parts[0]) else { return nil }
        for p in parts.dropFirst() {
            guard let v = f.value[p] else { return nil }
            f = Record.Field(name: name, value: v, place: f.place)
        }
        return f
    }

    static func readTime(_ value: JSONValue, name: String, mappedUnit: EpochUnit?, options: ReadOptions) -> Result<EventTime, WrittenTime.Failure> {
        var number: String?
        switch value {
        case .number(let n): number = n
        case .string(let s):
            if !s.isEmpty, s.allSatisfy({ $0.isASCIIDigit || $0 == "." }), s.first != "." { number = s }
            else { return options.time.read(s, what: name) }
        default:
            return .failure(.init(message: "\(name) is \(value.compactText.prefix(40)); expected a time as text or a number"))
        }
        guard let number else { return .failure(.init(message: "\(name) is not a time")) }
        guard let unit = mappedUnit ?? unit(ofField: name) else {
            return .failure(.init(message: "\(name) \(number) is a number with no unit; say which with --map time=\(name):s (or ms, us, ns)"))
        }
        guard let t = unit.time(number) else {
            return .failure(.init(message: "\(name) \(number) is not an epoch time in \(unit.rawValue)"))
        }
        return .success(t)
    }
}
