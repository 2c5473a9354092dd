extension OTLPReader.Walk {
    /// A span: a span event from its start to its end, titled by its name, with the error
    /// of its status said; each of its own events (`events`: an `exception`, a retry) an
    /// event at its time.
    mutating func span(_ m: JSONValue.Member, path: String, service: String?, scope: String?) {
        let span = m.value
        guard case .object = span else {
            out.problems.append(places.problem(at: m.offset, path, "expected a span object"))
            return
        }
        guard let (start, startOffset) = nanos(span, ["startTimeUnixNano", "start_time_unix_nano"], path: path),
              let (end, endOffset) = nanos(span, ["endTimeUnixNano", "end_time_unix_nano"], path: path) else { return }
        guard case .time(let startTime, let startWritten) = start else {
            out.problems.append(places.problem(at: startOffset == 0 ? m.offset : startOffset, path + ".startTimeUnixNano",
                                               "no start: startTimeUnixNano is missing or 0"))
            return
        }
        let name = OTLPValue.field(span, "name")?.value.string ?? ""
        let status = OTLPValue.field(span, "status")?.value
        let error = status.flatMap { OTLPValue.field($0, "code") }.map { ["2", "STATUS_CODE_ERROR"].contains($0.value.text ?? "") } ?? false
        let statusMessage = status.flatMap { OTLPValue.field($0, "message")?.value.string }.flatMap { $0.isEmpty ? nil : $0 }
        var made = EventTitle.from(name)
        if made.empty {
            out.warnings.append(places.problem(at: m.offset, path + ".name", "empty span name; shown as \(EventTitle.none)"))
        }
        if error {
            made = EventTitle.from(made.title + " (error" + (statusMessage.map { ": " + $0 } ?? "") + ")")
        }
        let ids = [("traceId", ["traceId", "trace_id"]), ("spanId", ["spanId", "span_id"]), ("parentSpanId", ["parentSpanId", "parent_span_id"])]
        var fields = extras(span, scope: scope, ids: ids)
        if let kind = Self.spanKind(span) { fields.insert(ExtraField(name: "spanKind", json: JSONValue.quoted(kind)), at: 0) }
        if let statusMessage, !error { fields.append(ExtraField(name: "statusMessage", json: JSONValue.quoted(statusMessage))) }
        var endTime: EventTime?
        var endWritten: String?
        if case .time(let t, let written) = end { (endTime, endWritten) = (t, written) }
        out.events.append(.read(time: startTime, written: startWritten, end: endTime, endWritten: endWritten,
                                actor: service, kind: error ? "error" : "span", title: made.title, text: made.text,
                                extraFields: fields, place: places.place(m.offset),
                                endPlace: endTime == nil ? nil : FieldPlace(places.place(endOffset), path: path + ".endTimeUnixNano")))
        for (i, event) in (OTLPValue.field(span, "events")?.value.elements ?? []).enumerated() {
            spanEvent(event, path: "\(path).events[\(i)]", span: span, service: service, scope: scope)
        }
    }

    /// An event of a span: its name, and an exception's type and message after it (the
    /// stack trace as its text).
    private mutating func spanEvent(_ m: JSONValue.Member, path: String, span: JSONValue, service: String?, scope: String?) {
        let event = m.value
        guard case .object = event else {
            out.problems.append(places.problem(at: m.offset, path, "expected a span event object"))
            return
        }
        guard let (time, offset) = nanos(event, ["timeUnixNano", "time_unix_nano"], path: path) else { return }
        guard case .time(let t, let written) = time else {
            out.problems.append(places.problem(at: offset == 0 ? m.offset : offset, path + ".timeUnixNano", "no time: timeUnixNano is missing or 0"))
            return
        }
        let attributes = OTLPValue.attributes(event["attributes"])
        func attribute(_ key: String) -> String? {
            attributes.first { $0.key == key }.map { OTLPValue.text($0.value) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        let name = OTLPValue.field(event, "name")?.value.string ?? ""
        let said = [attribute("exception.type"), attribute("exception.message")].compactMap { $0 }.joined(separator: ": ")
        var made = EventTitle.from(said.isEmpty ? name : name + " " + said)
        if made.empty {
            out.warnings.append(places.problem(at: m.offset, path + ".name", "empty span event name; shown as \(EventTitle.none)"))
        }
        if let trace = attribute("exception.stacktrace") { made.text = (made.text ?? made.title) + "\n" + trace }
        // The span's ids say which span the event belongs to.
        let fields = extras(event, scope: scope, ids: [("traceId", ["traceId", "trace_id"]), ("spanId", ["spanId", "span_id"])], idsOf: span)
        out.events.append(.read(time: t, written: written, actor: service, kind: "span event", title: made.title,
                                text: made.text, extraFields: fields, place: places.place(m.offset)))
    }

    /// The span's kind in words (`server`), from its number or enum name; nil when unspecified.
    static func spanKind(_ span: JSONValue) -> String? {
        guard let kind = OTLPValue.field(span, "kind")?.value.text else { return nil }
        let names = ["internal", "server", "client", "producer", "consumer"]
        if kind.hasPrefix("SPAN_KIND_") {
            let name = kind.dropFirst("SPAN_KIND_".count).lowercased()
            return names.contains(name) ? name : nil
        }
        guard let n = Int(kind), (1...5).contains(n) else { return nil }
        return names[n - 1]
    }
}
