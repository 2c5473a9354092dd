/// OpenTelemetry's OTLP JSON: what the Collector's `file` exporter writes and its
/// `otlpjsonfile` receiver reads, one `{"resourceLogs": […]}` or `{"resourceSpans": […]}`
/// document, or one a line. Older releases' names (`instrumentationLibraryLogs`, `logs`,
/// `instrumentationLibrarySpans`) and the proto names (`resource_logs`) are read too.
///
/// - A log record is an event at `timeUnixNano`, or `observedTimeUnixNano` when that is 0
///   or missing (nanoseconds since 1970 UTC, as text or a number: every digit kept); title
///   the body (`stringValue`, or any other value as JSON), else the event's `eventName`;
///   kind its severity (`severityText`, else `severityNumber` named); actor the resource's
///   `service.name`.
/// - A span is a span event from `startTimeUnixNano` to `endTimeUnixNano`, titled by its
///   `name` (`(error: …)` after it and kind `error` when its status is an error, else kind
///   `span`), actor the service; each of its own events (an `exception`) is an event too.
/// - The trace and span ids, the scope's name and every attribute are kept as extra fields.
enum OTLPReader {
    static func declines(_ sample: FileSample) -> String? {
        guard sample.startsLikeJSON else { return "does not start with '{'" }
        let keys = sample.topLevelKeys
        if keys.contains(where: { ["resourceLogs", "resourceSpans", "resource_logs", "resource_spans"].contains($0) }) { return nil }
        if keys.contains("resourceMetrics") || keys.contains("resource_metrics") {
            return "OTLP metrics (resourceMetrics) are measurements, not events"
        }
        return "no \"resourceLogs\" or \"resourceSpans\" at the top"
    }

    /// Reads every document of the file, one after another (one a line as the file exporter
    /// writes them, or one document over many lines).
    static func read(_ bytes: [UInt8], file: String, options: ReadOptions) -> ReaderOutput {
        var walk = Walk(places: ProblemPlaces(file: file, bytes: bytes), out: ReaderOutput())
        var parser = JSONValueParser(bytes: bytes, start: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0)
        parser.endName = "the file"
        while walk.out.problems.count <= TimelineBuilder.maxProblems {
            parser.skipWhitespace()
            guard parser.pos < parser.end else { break }
            let start = parser.pos
            do throws(JSONValueParser.Failure) {
                let document = try parser.parseNext()
                walk.document(document, at: start)
            } catch {
                walk.out.problems.append(walk.places.problem(at: error.offset, "", error.message))
                break
            }
        }
        for offset in parser.invalidUTF8Offsets {
            walk.out.warnings.append(walk.places.problem(at: offset, "", "invalid UTF-8 inside a string (shown as U+FFFD)"))
        }
        var out = walk.out
        let held = ["logs", "traces"].filter(walk.held.contains)
        out.readerNote = held.isEmpty ? nil : held.joined(separator: " and ")
        return out
    }

    /// One document's resources, scopes and their records, into `out`.
    struct Walk {
        var places: ProblemPlaces
        var out: ReaderOutput
        /// What the document held: `logs`, `traces`.
        var held: Set<String> = []

        mutating func document(_ document: JSONValue, at offset: Int) {
            guard case .object = document else {
                out.problems.append(places.problem(at: offset, "", "expected an OTLP object ({\"resourceLogs\": …} or {\"resourceSpans\": …})"))
                return
            }
            let logs = OTLPValue.field(document, "resourceLogs", "resource_logs")
            let spans = OTLPValue.field(document, "resourceSpans", "resource_spans")
            guard logs != nil || spans != nil else {
                out.problems.append(places.problem(at: offset, "", "no \"resourceLogs\" or \"resourceSpans\" in this document"))
                return
            }
            if let logs {
                held.insert("logs")
                each(logs, logs.key, scopes: ["scopeLogs", "scope_logs", "instrumentationLibraryLogs"],
                     records: ["logRecords", "log_records", "logs"]) { w, m, path, service, scope in
                    w.logRecord(m, path: path, service: service, scope: scope)
                }
            }
            if let spans {
                held.insert("traces")
                each(spans, spans.key, scopes: ["scopeSpans", "scope_spans", "instrumentationLibrarySpans"],
                     records: ["spans"]) { w, m, path, service, scope in
                    w.span(m, path: path, service: service, scope: scope)
                }
            }
        }

        /// Each record of each scope of each resource, with its path, service and scope name.
        private mutating func each(_ resources: JSONValue.Member, _ path: String, scopes: [String], records: [String],
                                   _ read: (inout Walk, JSONValue.Member, String, String?, String?) -> Void) {
            guard let list = array(resources, path) else { return }
            for (r, resource) in list.enumerated() {
                let rPath = "\(path)[\(r)]"
                let service = OTLPValue.serviceName(resource.value["resource"])
                guard let scopeList = scopes.lazy.compactMap({ OTLPValue.field(resource.value, $0) }).first else { continue }
                guard let scopeElements = array(scopeList, rPath + "." + scopeList.key) else { continue }
                for (s, scope) in scopeElements.enumerated() {
                    let sPath = "\(rPath).\(scopeList.key)[\(s)]"
                    let scopeName = (OTLPValue.field(scope.value, "scope", "instrumentationLibrary", "instrumentation_library")?
                        .value["name"]?.string).flatMap { $0.isEmpty ? nil : $0 }
                    guard let recordList = records.lazy.compactMap({ OTLPValue.field(scope.value, $0) }).first,
                          let elements = array(recordList, sPath + "." + recordList.key) else { continue }
                    for (i, record) in elements.enumerated() {
                        if out.problems.count > TimelineBuilder.maxProblems { return }
                        read(&self, record, "\(sPath).\(recordList.key)[\(i)]", service, scopeName)
                    }
                }
            }
        }

        private mutating func array(_ m: JSONValue.Member, _ path: String) -> [JSONValue.Member]? {
            guard let elements = m.value.elements else {
                out.problems.append(places.problem(at: m.offset, path, "expected an array"))
                return nil
            }
            return elements
        }

        /// A time field in nanoseconds: `.zero` when missing or 0; nil (a problem said) when unreadable.
        mutating func nanos(_ record: JSONValue, _ names: [String], path: String) -> (OTLPValue.Nanos, offset: Int)? {
            guard let m = names.lazy.compactMap({ OTLPValue.field(record, $0) }).first else { return (.zero, 0) }
            guard let read = OTLPValue.nanos(m.value) else {
                let shown = m.value.compactText.prefix(40)
                out.problems.append(places.problem(at: m.offset, path + "." + m.key, "\(shown) is not a time in nanoseconds since 1970 (a whole number)"))
                return nil
            }
            return (read, m.offset)
        }

        /// The scope's name, the trace and span ids (of `idsOf`, else of the record) and the
        /// record's attributes as extra fields.
        func extras(_ record: JSONValue, scope: String?, ids: [(String, [String])], idsOf: JSONValue? = nil) -> [ExtraField] {
            var fields: [ExtraField] = []
            if let scope { fields.append(ExtraField(name: "scope", json: JSONValue.quoted(scope))) }
            for (name, keys) in ids {
                if let id = keys.lazy.compactMap({ OTLPValue.field(idsOf ?? record, $0)?.value.string }).first, !id.isEmpty {
                    fields.append(ExtraField(name: name, json: JSONValue.quoted(id)))
                }
            }
            for a in OTLPValue.attributes(record["attributes"]) where a.value != .null {
                fields.append(ExtraField(name: a.key, json: a.value.compactText))
            }
            return fields
        }

        mutating func logRecord(_ m: JSONValue.Member, path: String, service: String?, scope: String?) {
            let record = m.value
            guard case .object = record else {
                out.problems.append(places.problem(at: m.offset, path, "expected a log record object"))
                return
            }
            var time: (EventTime, String)?
            for names in [["timeUnixNano", "time_unix_nano"], ["observedTimeUnixNano", "observed_time_unix_nano"]] {
                guard let (read, _) = nanos(record, names, path: path) else { return }
                if case .time(let t, let written) = read { time = (t, written); break }
            }
            guard let (t, written) = time else {
                out.problems.append(places.problem(at: m.offset, path, "no time: timeUnixNano and observedTimeUnixNano are missing or 0"))
                return
            }
            let body = OTLPValue.field(record, "body").map { OTLPValue.plain($0.value) } ?? .null
            var message = body == .null ? "" : OTLPValue.text(body)
            if message.trimmingWhitespace.isEmpty,
               let name = OTLPValue.field(record, "eventName", "event_name", "name")?.value.string {
                message = name
            }
            let made = EventTitle.from(message)
            if made.empty {
                out.warnings.append(places.problem(at: m.offset, path + ".body", "empty body; shown as \(EventTitle.none)"))
            }
            let fields = extras(record, scope: scope, ids: [("traceId", ["traceId", "trace_id"]), ("spanId", ["spanId", "span_id"])])
            out.events.append(.read(time: t, written: written, actor: service, kind: OTLPValue.severity(record),
                                    title: made.title, text: made.text, extraFields: fields, place: places.place(m.offset)))
        }
    }
}

extension InputFormat {
    /// OpenTelemetry OTLP JSON logs and traces (see `OTLPReader`).
    static let otlpJSON = InputFormat.foreign(
        name: "otlp", title: "OpenTelemetry OTLP JSON",
        declines: { OTLPReader.declines($0) }, read: { OTLPReader.read($0, file: $1, options: $2) })
}
