/// AWS Elastic Load Balancing access logs, as delivered to S3: one request (or TLS
/// connection) a line, values separated by spaces, text in double quotes, `-` for none, in
/// the order AWS's documentation gives for each kind of load balancer, told by the line's
/// first value — an Application Load Balancer's `http`, `https`, `h2`, `grpcs`, `ws`,
/// `wss`; a Network Load Balancer's `tls`; a Classic Load Balancer's line starts with its
/// time. `time` is ISO 8601 in UTC (`Z`), to the µs (a Network Load Balancer's to the
/// second, without the `Z`: UTC all the same). The title is the request and the
/// load balancer's status (`GET https://www.domain.name:443/ → 200`; a TLS connection:
/// `TLS 192.168.1.10:5194 → 192.168.1.14:443`; a Classic TCP listener's: `TCP … → …`), the kind its class (`2xx`, `tls`), the
/// actor the client's address. Values AWS adds after the documented ones are kept as
/// `field_N`.
enum ELBAccessLog {
    static let applicationTypes: Set<String> = ["http", "https", "h2", "grpcs", "ws", "wss"]

    static let application = ["type", "time", "elb", "client:port", "target:port", "request_processing_time",
                              "target_processing_time", "response_processing_time", "elb_status_code", "target_status_code",
                              "received_bytes", "sent_bytes", "request", "user_agent", "ssl_cipher", "ssl_protocol",
                              "target_group_arn", "trace_id", "domain_name", "chosen_cert_arn", "matched_rule_priority",
                              "request_creation_time", "actions_executed", "redirect_url", "error_reason", "target:port_list",
                              "target_status_code_list", "classification", "classification_reason", "conn_trace_id"]
    static let network = ["type", "version", "time", "elb", "listener", "client:port", "destination:port", "connection_time",
                          "tls_handshake_time", "received_bytes", "sent_bytes", "incoming_tls_alert", "chosen_cert_arn",
                          "chosen_cert_serial", "tls_cipher", "tls_protocol_version", "tls_named_group", "domain_name",
                          "alpn_fe_protocol", "alpn_be_protocol", "alpn_client_preference_list", "tls_connection_creation_time"]
    static let classic = ["time", "elb", "client:port", "backend:port", "request_processing_time", "backend_processing_time",
                          "response_processing_time", "elb_status_code", "backend_status_code", "received_bytes", "sent_bytes",
                          "request", "user_agent", "ssl_cipher", "ssl_protocol"]

    /// The names of a line's values, from its first ones; nil when it is none of the three.
    static func names(_ values: [(text: String, start: Int)]) -> [String]? {
        guard let first = values.first?.text, values.count >= 8 else { return nil }
        func isTime(_ t: String, zoned: Bool = true) -> Bool {
            guard !zoned || t.hasSuffix("Z"), case .success(let w) = WrittenTime.parse(t), w.clock != nil else { return false }
            return true
        }
        // The client's `address:port` and the three timings where AWS puts them: a text
        // log's line that starts with a time and has as many words is not taken for one.
        func isClient(_ i: Int) -> Bool {
            let t = values[i].text
            guard let colon = t.lastIndex(of: ":") else { return false }
            let port = t[t.index(after: colon)...]
            return colon > t.startIndex && !port.isEmpty && port.allSatisfy(\.isASCIIDigit)
        }
        func areTimings(_ i: Int) -> Bool {
            values.count > i + 2 && values[i...(i + 2)].allSatisfy { Double($0.text) != nil }
        }
        if applicationTypes.contains(first), isTime(values[1].text), isClient(3), areTimings(5) { return application }
        if first == "tls", values.count > 5, isTime(values[2].text, zoned: false), isClient(5) { return network }
        if isTime(first), values.count >= 12, isClient(2), areTimings(4) { return classic }
        return nil
    }

    /// The writer `JSONLogReader.map` reads a line with.
    /// A Network Load Balancer writes its time without the `Z` (`2018-12-20T02:59:40`): UTC
    /// as every load balancer log's, by AWS's documentation.
    static let writer = LogWriter(note: "", timeField: "time", kindFields: ["elb_status_code", "type"], actorFields: ["client"],
                                  zone: .utc, elb: true)

    /// A line's values under their names (the client's address also alone, as `client`).
    static func record(_ text: String, offset: Int, line: Int, bytes: FileBytes, file: String, into reading: inout RecordReading) -> Record? {
        let values = W3CLogReader.values(text)
        guard let names = names(values) else {
            reading.problems.append(Problem(file: file, place: SourcePlace(line: line, column: 1), path: "",
                                            message: "not a load balancer's access log line (type, time, elb, client:port… as AWS documents them)"))
            return nil
        }
        var columns = LineColumns(bytes, lineStart: offset, line: line)
        var fields: [Record.Field] = []
        for (i, v) in values.enumerated() where v.text != "-" && !v.text.isEmpty {
            let name = i < names.count ? names[i] : "field_\(i + 1)"
            let place = columns.place(offset + v.start)
            fields.append(Record.Field(name: name, value: .string(v.text), place: place, offset: offset + v.start))
            if name == "client:port" {
                let host = v.text.split(separator: ":").dropLast().joined(separator: ":")
                fields.append(Record.Field(name: "client", value: .string(host.isEmpty ? v.text : host), place: place, offset: offset + v.start))
            }
        }
        return Record(fields: fields, line: line)
    }

    /// `GET https://www.domain.name:443/ → 200`; `TLS 192.168.1.10:5194 → 192.168.1.14:443`;
    /// `TCP 192.168.131.39:2817 → 10.0.0.1:80`.
    static func title(_ record: Record) -> String? {
        func text(_ name: String) -> String? { record.field(name)?.value.string }
        if text("type") == "tls" {
            return "TLS " + (text("client:port") ?? "?") + " → " + (text("destination:port") ?? text("listener") ?? "?")
        }
        // A Classic Load Balancer's TCP listener writes no request (`"- - - "`): who talked to whom.
        guard let request = text("request"), request.trimmingWhitespace != "- - -" else {
            return "TCP " + (text("client:port") ?? "?") + " → " + (text("backend:port") ?? text("target:port") ?? "?")
        }
        return AccessLogLine.title(request: request, status: text("elb_status_code"))
    }
}

extension InputFormat {
    /// AWS load balancers' access logs (see `ELBAccessLog`): told by their first line.
    static let elbAccessLog = InputFormat.records(
        name: "elb-access-log", title: "AWS load balancer access log",
        declines: { sample in
            ELBAccessLog.names(W3CLogReader.values(sample.firstLine)) != nil ? nil
                : "the first line is not an AWS load balancer's access log line (https 2020-01-11T16:55:20.356586Z app/… client:port …)"
        },
        reader: { bytes, file, options in
            RecordReader(first: (RecordFile.firstLine(bytes), 1), read: { offset, line, whole in
                let end = RecordFile.lineEnd(bytes, from: offset)
                var reading = RecordReading(next: end + 1, nextLine: line + 1)
                reading.whole = whole
                let text = W3CLogDirectives.text(bytes, offset, end)
                guard !text.allSatisfy({ $0 == " " || $0 == "\t" }) else { return reading }
                if String(validating: UnsafeBufferPointer(start: bytes.base + offset, count: end - offset), as: UTF8.self) == nil {
                    reading.warnings.append(Problem(file: file, place: SourcePlace(line: line, column: 1), path: "",
                                                    message: "invalid UTF-8 (shown as U+FFFD)"))
                }
                if let record = ELBAccessLog.record(text, offset: offset, line: line, bytes: bytes, file: file, into: &reading) {
                    JSONLogReader.map(record, writer: ELBAccessLog.writer, file: file, options: options, into: &reading)
                }
                return reading
            }, boundary: RecordFile.lineBoundary(bytes))
        })
}
