/// Any JSON Lines log: one object a line without our fields. The time, title, kind, actor
/// and id are found in the fields logging libraries usually write (see `timeFields`…),
/// or where `--map` says; every other field is kept as an extra field.
///
/// A time written as a number is an epoch count that needs a unit: from the field's name
/// (`ts_ms`, `__REALTIME_TIMESTAMP` is µs), from `--map time=ts:ms`, or the line is
/// refused with a message saying how. The unit is never guessed from the size.
enum JSONLogReader {
    static let timeFields = ["time", "timestamp", "@timestamp", "ts", "datetime", "date", "__REALTIME_TIMESTAMP",
                             "ts_ms", "ts_us", "ts_ns", "time_ms", "timestamp_ms", "timestamp_us", "timestamp_ns", "@t"]
    /// `fields.message`: Rust's tracing; `event`: structlog; `textPayload`, `jsonPayload.message`: Google Cloud;
    /// `event.original`: Elastic Common Schema's raw event, when there is no `message`.
    static let titleFields = ["message", "msg", "MESSAGE", "log", "textPayload", "jsonPayload.message", "fields.message", "event",
                              "event.original", "title", "summary"]
    static let kindFields = ["level", "severity", "PRIORITY", "lvl", "levelname", "log.level", "error_severity"]
    static let actorFields = ["service", "service.name", "host", "host.name", "SYSLOG_IDENTIFIER", "_HOSTNAME", "hostname"]

    static func declines(_ sample: FileSample) -> String? {
        guard sample.firstLineJSON != nil else { return "the first line is not a JSON object" }
        if OwnFormatDetection.declines(sample) == nil { return "it is timeline-tui's own JSON Lines" }
        let keys = sample.firstKeys
        let lowerTimeFields = Set(timeFields.map { $0.lowercased() })
        guard keys.contains(where: { lowerTimeFields.contains($0.lowercased()) || unit(ofField: $0) != nil || $0 == "instant" })
                || recognisedWriter(sample) != nil else {
            let shown = keys.prefix(8).joined(separator: ", ") + (keys.count > 8 ? ", …" : "")
            return "no time field (" + timeFields.prefix(6).joined(separator: ", ") + "…) on the first line, whose fields are "
                + shown + " (--map time=FIELD names one)"
        }
        return nil
    }

    /// The writer whose documented shape the sample's first line has (its time may be in
    /// a field of its own: CloudTrail's `EventTime`).
    static func recognisedWriter(_ sample: FileSample) -> LogWriter? {
        guard case .object(let members)? = sample.firstLineJSON else { return nil }
        return LogWriter.recognise(Record(fields: members.map { .init(name: $0.key, value: $0.value, place: SourcePlace(line: 1, column: 1)) },
                                          line: 1))
    }

    /// Whether the sample's first line is a JSON object with the field `name` (or dotted path).
    static func firstLineHas(_ name: String, _ sample: FileSample) -> Bool {
        guard let first = sample.firstLineJSON else { return false }
        if first[name] != nil { return true }
        var v: JSONValue? = first
        for part in name.split(separator: ".") { v = v?[String(part)] }
        return v != nil
    }

    /// The epoch unit a field's name states: `ts_ms`, `time_us`, `elapsed_ns`,
    /// `__REALTIME_TIMESTAMP` (journald, µs).
    static func unit(ofField name: String) -> EpochUnit? {
        if name == "__REALTIME_TIMESTAMP" { return .us }
        var found: (base: Substring, unit: EpochUnit)?
        // camelCase: log4j2's `timeMillis`, OpenTelemetry's `timeUnixNano`, `timestampMs`.
        for (suffix, unit) in [("Millis", EpochUnit.ms), ("Ms", .ms), ("Micros", .us), ("Us", .us),
                               ("Nanos", .ns), ("Nano", .ns), ("Ns", .ns)] where name.hasSuffix(suffix) {
            let base = name.dropLast(suffix.count)
            if base.last?.isLowercase == true { found = (base, unit); break }
        }
        if found == nil {
            let lower = name.lowercased()
            for (suffix, unit) in [("_ms", EpochUnit.ms), ("_millis", .ms), ("_us", .us), ("_micros", .us),
                                   ("_ns", .ns), ("_nanos", .ns), ("_s", .s), ("_sec", .s), ("_seconds", .s)] where lower.hasSuffix(suffix) {
                found = (name.dropLast(suffix.count), unit)
                break
            }
        }
        guard let found, namesAPointInTime(found.base) else { return nil }
        return found.unit
    }

    /// Whether the part of a field's name before its unit says it is a point in time
    /// (`ts_ms`, `timeMillis`, `timeUnixNano`, `timestamp_us`) and not a length of time
    /// (`duration_ms`, `latency_ms`, Cloudflare's `OriginResponseDurationMs`, nginx's
    /// `request_time_s`): only these names, so a duration is never read as a date in 1970.
    static func namesAPointInTime(_ base: Substring) -> Bool {
        let folded = base.lowercased().filter { $0 != "_" && $0 != "-" && $0 != "." }
        return ["t", "ts", "time", "timestamp", "date", "datetime", "epoch", "timeunix", "eventtime",
                "logtime", "created", "createdat", "observedtimeunix"].contains(folded)
    }

    static let priorityNames = ["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"]

    /// Reads the log a line at a time (see `RecordReader`); the program that wrote it is
    /// recognised from its first line.
    static func reader(_ bytes: FileBytes, file: String, options: ReadOptions) -> RecordReader {
        var first = RecordFile.firstLine(bytes)
        var line = 1
        var writer: LogWriter?
        while first < bytes.count {
            let (record, reading) = RecordFile.jsonLine(bytes, at: first, line: line, file: file)
            if let record {
                writer = LogWriter.recognise(record, file: file)
                break
            }
            (first, line) = (reading.next, reading.nextLine)
        }
        var reader = RecordReader.jsonLines(bytes, file: file) { [writer] in map($0, writer: writer, file: file, options: options, into: &$1) }
        reader.note = writer?.note
        if writer == nil && options.map.isEmpty { reader.skim = skim(bytes, options: options) }
        // Kinds named for numbers are the only text `map` makes (and journald's byte arrays).
        let madeKinds = priorityNames + (writer.map { Array($0.levelNames.values) + ($0.defaultKind.map { [$0] } ?? []) } ?? [])
        // A title filled in from a template (Serilog's `@mt`) or made from a Zeek line's
        // fields is not text of its line: every record is read.
        if writer?.templateField == nil && writer?.zeek != true && writer?.vpcFlow != true && writer?.slack != true && writer?.kubernetesEvent != true {
            reader.quickLook = RecordQuickLook(madeText: madeKinds, file: file, numberArraysAreText: true)
        }
        return reader
    }

    /// One line's object to an event.
    static func map(_ record: Record, writer: LogWriter?, file: String, options: ReadOptions, into out: inout RecordReading) {
        if let writer, writer.slack, options.map.isEmpty {
            SlackMessage.map(record, names: writer.slackNames, file: file, into: &out)
            return
        }
        if let writer, writer.kubernetesEvent, options.map.isEmpty {
            KubernetesEvent.map(record, file: file, options: options, into: &out)
            return
        }
        var record = record
        // A flow log writes `-` for what a NODATA record does not have: left out.
        if writer?.vpcFlow == true { record.fields.removeAll { $0.value == .string("-") } }
        let map = options.map
        var used: [String] = []  // a few names: a list is cheaper than a set
        // `text`: only a field whose value is text or a number will do (for a title, also
        // journald's array of bytes); an object of the same name (ECS's `log`, `event`) is passed over.
        func find(_ mapped: String?, _ names: [String], text: Bool = true, bytes: Bool = false) -> (name: String, field: Record.Field)? {
            if let mapped {
                if let f = lookup(record, mapped) { return (mapped, f) }
                return nil
            }
            func fits(_ v: JSONValue) -> Bool { v != .null && (!text || v.text != nil || (bytes && journaldBytes(v) != nil)) }
            for n in names {
                if let f = lookup(record, n), fits(f.value) { return (n, f) }
            }
            // Then in any case: .NET's `Timestamp`/`Message`, Azure's `timeStamp`.
            for n in names {
                if let f = record.fields.first(where: { sameIgnoringASCIICase($0.name, n) }), fits(f.value) { return (f.name, f) }
            }
            return nil
        }
        let writerTime = map.time == nil ? writer?.timeField.flatMap { lookup(record, $0) } : nil
        guard let (timeName, timeField) = writerTime.map({ ($0.name, $0) }) ?? find(map.time, timeFields, text: false)
                ?? record.fields.first(where: { unit(ofField: $0.name) != nil && map.time == nil }).map({ ($0.name, $0) })
        else {
            let which = map.time.map { "no field \"\($0)\" (named by --map time=…)" }
                ?? "no time field (\(timeFields.prefix(6).joined(separator: ", "))…)"
            out.problems.append(Problem(file: file, place: record.place, path: "", message: "\(which); name it with --map time=FIELD"))
            return
        }
        used.append(timeName)
        let time: EventTime
        let epochUnit = map.time != nil ? map.timeUnit : writerTime != nil ? writer?.unit : nil
        var reading = options
        // A zone the writer's own definition gives (IIS's `date time`, Microsoft 365's
        // CreationTime: UTC) is the times' zone, not a guess: an `--assume-zone` given for
        // every file of a merge (meant for those that write none) does not move them; one
        // that names this file does (another writer's local times in the same layout).
        if writerTime != nil, let zone = writer?.zone, !reading.time.assumedZoneNamesThisFile {
            reading.time.assumedZone = zone
        }
        switch readTime(timeField.value, name: timeName, mappedUnit: epochUnit, options: reading) {
        case .success(let t): time = t
        case .failure(let e):
            // The sentence names the field (`time "…" has no zone`), as for CSV columns.
            out.problems.append(Problem(file: file, place: timeField.place, path: "", message: e.message))
            return
        }
        // A span's end where the writer has one (Grafana's region, an Alertmanager alert
        // that stopped firing): only an instant after the time; else it stays an extra field.
        var end: (time: EventTime, written: String, place: FieldPlace)?
        if writerTime != nil, let name = writer?.endField, let f = lookup(record, name),
           case .success(let e) = readTime(f.value, name: name, mappedUnit: epochUnit, options: reading),
           let from = time.instant, let to = e.instant, to > from {
            end = (e, f.value.text ?? f.value.compactText, FieldPlace(f.place, path: name))
            used.append(name)
        }
        var title = EventTitle.none
        var body: String?
        // Zeek writes no message: its line's title is made from its fields (`ZeekLog`),
        // then the usual message fields, then the connection's two ends.
        let zeek = writer?.zeek == true
        let zeekLog = zeek ? lookup(record, "_path")?.value.string ?? writer?.zeekFileLog ?? ZeekLog.logName(of: record) : nil
        var composed = zeek && map.title == nil ? ZeekLog.title(record, log: zeekLog)
            : writer?.vpcFlow == true && map.title == nil ? VPCFlowLog.title(record)
            : writer?.accessLog == true && map.title == nil ? AccessLogLine.title(record)
            : writer?.w3c == true && map.title == nil ? W3CLogReader.title(record)
            : writer?.elb == true && map.title == nil ? ELBAccessLog.title(record) : nil
        let found = composed == nil ? find(map.title, (writer?.titleFields ?? []) + titleFields, bytes: true) : nil
        if zeek && map.title == nil && composed == nil && found == nil { composed = ZeekLog.connection(record) }
        if writer?.logfmt == true && map.title == nil && composed == nil && found == nil { composed = LogfmtLog.requestTitle(record) }
        if let composed {
            let made = EventTitle.from(composed)
            title = made.title
            body = made.text
        } else if let (n, f) = found, let t = f.value.text ?? journaldBytes(f.value) {
            let prefix = map.title == nil ? writer?.titlePrefixField.flatMap { $0 == n ? nil : lookup(record, $0)?.value.string } : nil
            var message = prefix.map { $0 + " " + t } ?? t
            if map.title == nil, let template = writer?.templateField, n == template, case .string(let s) = f.value {
                // Serilog's template with no rendered `@m`: filled in as Seq shows it; the
                // template stays an extra field (what events of one kind share).
                message = MessageTemplate.render(s, property: { lookup(record, $0)?.value },
                                                 renderings: record.field("@r")?.value.elements?.map(\.value))
                used.append("@r")
            } else {
                used.append(n)
                if prefix == nil { out.titleAt = f.offset }
            }
            let made = EventTitle.from(message)
            title = made.title
            body = made.text
            if made.empty {
                out.warnings.append(Problem(file: file, place: f.place, path: n, message: "empty message; shown as \(EventTitle.none)"))
            }
        } else {
            out.warnings.append(Problem(file: file, place: record.place, path: "",
                                        message: "no message field (\(titleFields.prefix(4).joined(separator: ", "))…); shown as \(EventTitle.none) (--map title=FIELD names one)"))
        }
        var kind: String?
        if map.kind == nil, let zeekLog {
            // The log's name: `_path` as written, else the file's name or the line's fields.
            if record.field("_path") != nil { used.append("_path") }
            kind = zeekLog
        } else if let (n, f) = find(map.kind, (writer?.kindFields ?? []) + kindFields), var k = f.value.text {
            used.append(n)
            if n == "PRIORITY", let p = Int(k), priorityNames.indices.contains(p) { k = priorityNames[p] }
            if map.kind == nil, let named = writer?.levelNames[k] { k = named }
            if map.kind == nil, writer?.accessLog == true || writer?.w3c == true || writer?.elb == true { k = AccessLogLine.statusClass(k) }
            kind = k
        } else if map.kind == nil {
            kind = writer?.defaultKind
        }
        var actor: String?
        if let (n, f) = find(map.actor, zeek ? ZeekLog.actorFields : (writer?.actorFields ?? []) + actorFields), let a = f.value.text, !a.isEmpty {
            used.append(n)
            actor = a
            out.actorAt = f.offset
        }
        var id: String?
        var idPlace: FieldPlace?
        var idFromService = false
        if let mapped = map.id {
            guard let f = lookup(record, mapped), let v = f.value.text, !v.isEmpty else {
                out.problems.append(Problem(file: file, place: record.place, path: mapped,
                                            message: "no id in field \"\(mapped)\" (named by --map id=…)"))
                return
            }
            used.append(mapped)
            id = v
            idPlace = FieldPlace(f.place, path: mapped)
        } else if let name = writer?.idField, let f = lookup(record, name), let v = f.value.text, !v.isEmpty {
            used.append(name)
            id = v
            idPlace = FieldPlace(f.place, path: name)
            idFromService = true
        }
        let extras = record.fields.filter { out.whole && !used.contains($0.name) && $0.value != .null }
            .map { ExtraField(name: $0.name, json: $0.value.compactText) }
        out.draft = .read(id: id, time: time, written: timeField.value.text ?? timeField.value.compactText, end: end?.time,
                          endWritten: end?.written, actor: actor, kind: kind, title: title, text: body, extraFields: extras,
                          place: record.place, idPlace: idPlace, endPlace: end?.place)
        out.draft?.idFromService = idFromService
    }

    /// journald writes a message that is not valid UTF-8 as an array of its bytes
    /// (`"MESSAGE":[27,91,…]`): decoded, bad bytes as U+FFFD (controls are neutralised downstream).
    static func journaldBytes(_ value: JSONValue) -> String? {
        guard let elements = value.elements, !elements.isEmpty else { return nil }
        var bytes: [UInt8] = []
        for e in elements {
            guard case .number(let n) = e.value, let b = UInt8(n) else { return nil }
            bytes.append(b)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether two field names are the same but for the case of ASCII letters (no
    /// allocation: it runs for every line of a log that lacks a field).
    static func sameIgnoringASCIICase(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        return zip(a.utf8, b.utf8).allSatisfy { x, y in
            x == y || (x | 0x20 == y | 0x20 && (x | 0x20) >= 0x61 && (x | 0x20) <= 0x7A)
        }
    }

    /// A field by name, or by a dotted path into nested objects (`protoPayload.methodName`).
    static func lookup(_ record: Record, _ name: String) -> Record.Field? {
        if let f = record.field(name) { return f }
        guard name.utf8.contains(0x2E) else { return nil }
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
        case .object where value["epochSecond"] != nil:
            guard let t = LogWriter.instant(value) else {
                return .failure(.init(message: "\(name) \(value.compactText.prefix(60)) is not an epochSecond and a nanoOfSecond"))
            }
            return .success(t)
        case .number(let n): number = n
        case .string(let s):
            if !s.isEmpty, s.allSatisfy({ $0.isASCIIDigit || $0 == "." }), s.first != "." { number = s }
            else if let clf = CommonLogTime.parse(s) { return options.time.place(clf, text: s, what: name) }
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
