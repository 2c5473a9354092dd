/// A web server's access log line in the Common or Combined Log Format, as Apache
/// (`%h %l %u %t \"%r\" %>s %b \"%{Referer}i\" \"%{User-agent}i\"`) and nginx (`combined`)
/// write it: `127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /x HTTP/1.0" 200 2326
/// "http://ref/" "Mozilla/5.0"`, maybe with more fields after (nginx's
/// `"$http_x_forwarded_for"`), or after the server and port of Apache's `vhost_combined`
/// (`www.example.com:443 127.0.0.1 - …`: `server`). Its fields are named as nginx names them: `remote_addr`,
/// `ident`, `remote_user`, `time_local`, `request`, `status`, `body_bytes_sent`,
/// `http_referer`, `http_user_agent`, then `field_10`… for the rest; `-` (nothing) is left out.
enum AccessLogLine {
    static let names = ["remote_addr", "ident", "remote_user", "time_local", "request", "status", "body_bytes_sent",
                        "http_referer", "http_user_agent"]

    /// The line's fields, or nil when it is not an access log line (its first seven fields
    /// in their shapes).
    static func record(_ line: String, number: Int) -> Record? {
        if let read = recordFromBytes(line, number: number) { return read }
        return recordByCharacters(line, number: number)
    }

    /// `record`, walking the line's characters: for any line.
    static func recordByCharacters(_ line: String, number: Int) -> Record? {
        var fields: [Record.Field] = []
        var rest = Substring(line)
        var column = 1
        func skipSpaces() {
            while let c = rest.first, c == " " || c == "\t" { rest = rest.dropFirst(); column += 1 }
        }
        func add(_ value: String, at col: Int) {
            let n = fields.first?.name == "server" ? fields.count - 1 : fields.count
            let name = n < names.count ? names[n] : "field_\(n + 1)"
            fields.append(.init(name: name, value: .string(value), place: SourcePlace(line: number, column: col)))
        }
        skipSpaces()
        // Apache's `vhost_combined` starts with the server and its port (`%v:%p`).
        let words = line.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: true)
        if words.count == 5, words[4].hasPrefix("["), !words[3].hasPrefix("["), words[0].contains(":") {
            fields.append(.init(name: "server", value: .string(String(words[0])), place: SourcePlace(line: number, column: column)))
            column += words[0].count
            rest = rest.dropFirst(words[0].count)
            skipSpaces()
        }
        while !rest.isEmpty {
            let start = column
            switch rest.first {
            case "[":
                guard let close = rest.firstIndex(of: "]") else { return nil }
                let inner = rest[rest.index(after: rest.startIndex)..<close]
                add(String(inner), at: start)
                column += inner.count + 2
                rest = rest[rest.index(after: close)...]
            case "\"":
                // A quoted field: `\"` and `\\` inside (Apache and nginx escape quotes so).
                // The request ends at the quote before its status: an attacker's raw quotes
                // inside it (`alert("x")`) do not end it. A quote never closed (a line cut
                // short) runs to the end of the line.
                let isRequest = fields.count == 4 || (fields.count == 5 && fields.first?.name == "server")
                var value = ""
                rest = rest.dropFirst()
                column += 1
                while let c = rest.first {
                    rest = rest.dropFirst()
                    column += 1
                    if c == "\"" && (!isRequest || Self.statusFollows(rest)) { break }
                    if c == "\\", let e = rest.first, e == "\"" || e == "\\" {
                        value.append(e)
                        rest = rest.dropFirst()
                        column += 1
                    } else {
                        value.append(c)
                    }
                }
                add(value, at: start)
            default:
                let word = rest.prefix { $0 != " " && $0 != "\t" }
                add(String(word), at: start)
                column += word.count
                rest = rest.dropFirst(word.count)
            }
            guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
            skipSpaces()
        }
        let at = fields.first?.name == "server" ? 1 : 0
        guard fields.count >= 7 + at, CommonLogTime.parse(fields[3 + at].value.string ?? "") != nil,
              line.contains("\""),
              let status = fields[5 + at].value.string, status.count == 3, status.allSatisfy(\.isASCIIDigit),
              let sent = fields[6 + at].value.string, sent == "-" || sent.allSatisfy(\.isASCIIDigit)
        else { return nil }
        fields.removeAll { $0.value == .string("-") }
        return Record(fields: fields, line: number)
    }

    /// Whether `rest` (after a quote) starts with a space, a three-digit status and a space
    /// or the end: the quote closes a request.
    static func statusFollows(_ rest: Substring) -> Bool {
        let u = Array(rest.utf8.prefix(5))
        guard u.count >= 4, u[0] == 0x20, u[1...3].allSatisfy({ $0 &- 0x30 <= 9 }) else { return false }
        return u.count == 4 || u[4] == 0x20
    }

    /// `GET /x → 200` (the protocol left out); a line whose request is `-` (a client that
    /// sent none) is `(no request) → 400`.
    static func title(_ record: Record) -> String? {
        title(request: record.field("request")?.value.string, status: record.field("status")?.value.string)
    }

    static func title(request: String?, status: String?) -> String {
        var shown = "(no request)"
        if let request, !request.isEmpty {
            let words = request.split(separator: " ", omittingEmptySubsequences: true)
            shown = words.count == 3 && words[2].hasPrefix("HTTP/") ? words[0] + " " + words[1] : request
        }
        return shown + (status.map { " → " + $0 } ?? "")
    }

    /// A status's class: `404` is `4xx`.
    static func statusClass(_ status: String) -> String {
        status.count == 3 && status.allSatisfy(\.isASCIIDigit) ? String(status.prefix(1)) + "xx" : status
    }

    /// Reads the log a line at a time (see `RecordReader`); without `--map`, a line of
    /// single scalars is skimmed and listed from its bytes (`ByteFields`).
    static func reader(_ bytes: FileBytes, file: String, options: ReadOptions) -> RecordReader {
        let fromBytes = options.map.isEmpty
        var reader = RecordReader.textLines(
            bytes, file: file, refusal: "not an access log line (client, ident, user, [time], \"request\", status, bytes)",
            listing: fromBytes ? listing(bytes, options: options) : nil,
            parse: { AccessLogLine.record($0, number: $1) },
            map: { record, reading in
                JSONLogReader.map(record, writer: AccessLogLine.writer, file: file, options: options, into: &reading)
            })
        if fromBytes { reader.skimMaking = skim(bytes, options: options) }
        return reader
    }

    /// The reading of a line for a listing (see `RecordReader.textLines`), from its bytes.
    static func listing(_ bytes: FileBytes, options: ReadOptions) -> @Sendable (Int, Int) -> RecordReading? {
        { offset, line in
            let l = LineBytes(bytes, at: offset)
            guard l.isSingleScalarText, let fields = ByteFields(l.text), let draft = fields.listed(line: line, options: options)
            else { return nil }
            var reading = RecordReading(next: l.next, nextLine: line + 1)
            reading.whole = false
            reading.draft = draft
            return reading
        }
    }

    /// The first pass's reading of a line (`RecordReader.skimMaking`): its time, when its
    /// fields have their shapes (`ByteFields`), and the title and client a listing shows,
    /// made from the request, the status and the client.
    static func skim(_ bytes: FileBytes, options: ReadOptions) -> @Sendable (Int, Int, MadeTitles) -> SkimmedRecord? {
        { offset, line, made in
            let l = LineBytes(bytes, at: offset)
            guard l.isSingleScalarText, let fields = ByteFields(l.text),
                  case .success(let time) = options.time.place(fields.time, text: "", what: "")
            else { return nil }
            var skimmed = SkimmedRecord(time: time, title: nil, actor: nil, next: l.next, nextLine: line + 1)
            skimmed.made = fields.madeListing(made)
            return skimmed
        }
    }

    static let writer = LogWriter(note: "", timeField: "time_local", kindFields: ["status"], actorFields: ["remote_addr"], accessLog: true)
}

extension InputFormat {
    /// Apache and nginx access logs (`AccessLogLine`); nginx's JSON access logs are a JSON Lines log.
    static let accessLog = InputFormat.records(
        name: "access-log", title: "web server access log",
        declines: { sample in
            AccessLogLine.record(sample.firstLine, number: 1) != nil ? nil
                : "the first line is not an access log line (127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] \"GET /x HTTP/1.0\" 200 2326)"
        },
        reader: { bytes, file, options in AccessLogLine.reader(bytes, file: file, options: options) })
}
