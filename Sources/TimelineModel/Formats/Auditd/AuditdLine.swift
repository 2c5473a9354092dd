/// One record of the Linux audit log (`/var/log/audit/audit.log`, auditd): `type=SYSCALL
/// msg=audit(1364481363.243:24287): arch=c000003e syscall=2 … comm="cat" exe="/bin/cat"
/// key="sshd_config"`, a user-space message's fields inside `msg='op=PAM:authentication
/// acct="root" … res=failed'`, and, in an enriched log (`log_format = ENRICHED`), after a
/// 0x1D byte, the names of the numbers in capitals (`AUID="root" SYSCALL=execve`).
///
/// - **time**: the `audit(SECONDS.mmm:SERIAL)` stamp, epoch seconds to the millisecond
///   (UTC); the serial, which the records of one event share, is the `serial` extra field.
/// - **kind**: `type` (`SYSCALL`, `USER_AUTH`, `EXECVE`…).
/// - **title**: the type and what the record says: `SYSCALL execve by id (/usr/bin/id)
///   success=yes key=specimen_exec`, `EXECVE id -u`, `PROCTITLE` decoded, `CWD /root`,
///   `PATH /usr/bin/id (NORMAL)`, and a user-space message's `op`/`cmd`, `acct`, `addr`
///   and `res`: `USER_AUTH pubkey acct=root addr=172.23.112.1 res=failed`. Hex-encoded
///   text (an argument with a space) is decoded, as `ausearch -i` shows it.
/// - **actor**: the login user (enriched `AUID`, else `acct`, else `auid` unless unset),
///   else the user (`UID`, `uid`).
/// - Every field is kept as an extra field, the message's too.
enum AuditdLine {
    /// The record's fields (`type`, `serial`, then as written; a message's inside it after
    /// `msg`'s own), and its time stamp; nil when the line is not an audit record.
    static func record(_ line: String, number: Int) -> Record? {
        let read = line.utf8.withContiguousStorageIfAvailable { b in
            SingleScalarText.holds(b, line.unicodeScalars) ? ByteRecord(b)?.record(number: number) : nil
        }
        if let read = read ?? nil { return read }
        return recordByCharacters(line, number: number)
    }

    /// `record`, walking the line's characters: for any line.
    static func recordByCharacters(_ line: String, number: Int) -> Record? {
        guard line.hasPrefix("type="), let stamp = line.firstRange(of: " msg=audit(") else { return nil }
        let afterStamp = line[stamp.upperBound...]
        guard let close = afterStamp.firstIndex(of: ")") else { return nil }
        let inside = afterStamp[..<close].split(separator: ":", maxSplits: 1)
        guard inside.count == 2, inside[0].allSatisfy({ $0.isASCIIDigit || $0 == "." }), inside[1].allSatisfy(\.isASCIIDigit) else { return nil }
        let place = SourcePlace(line: number, column: 1)
        var fields: [Record.Field] = [
            .init(name: "type", value: .string(String(line[line.index(line.startIndex, offsetBy: 5)..<stamp.lowerBound])), place: place),
            .init(name: "audit_time", value: .string(String(inside[0])), place: place),
            .init(name: "serial", value: .string(String(inside[1])), place: place),
        ]
        var rest = afterStamp[afterStamp.index(after: close)...]
        if rest.first == ":" { rest = rest.dropFirst() }
        // An enriched log's names follow a group separator (0x1D).
        let parts = rest.split(separator: "\u{1D}", maxSplits: 1, omittingEmptySubsequences: false)
        guard var raw = pairs(parts[0]) else { return nil }
        if let i = raw.firstIndex(where: { $0.key == "msg" }), let inner = pairs(Substring(raw[i].value)), !inner.isEmpty {
            raw.remove(at: i)
            raw += inner
        }
        var enriched: [(key: String, value: String)] = []
        if parts.count == 2 {
            guard let more = pairs(parts[1]) else { return nil }
            enriched = more
        }
        fields += (raw + enriched).map { .init(name: $0.key, value: .string($0.value), place: place) }
        return Record(fields: fields, line: number)
    }

    /// `key=value` words; a value in `"…"` or `'…'` (the quotes left out), or bare.
    /// A bare value of a field auditd writes as text (`a0`, `proctitle`, `name`, `cwd`) is
    /// hex when the text held a space, a quote or a control character: decoded, as
    /// `ausearch -i` shows it (its controls are neutralised downstream, like any text).
    static func pairs(_ text: Substring) -> [(key: String, value: String)]? {
        if let read = pairsFromBytes(text) { return read }
        return pairsByCharacters(text)
    }

    /// `pairs`, walking the text's characters: for any text.
    static func pairsByCharacters(_ text: Substring) -> [(key: String, value: String)]? {
        var out: [(key: String, value: String)] = []
        var rest = text.drop { $0 == " " }
        while !rest.isEmpty {
            guard let eq = rest.firstIndex(of: "="), !rest[..<eq].contains(" ") else { return nil }
            let key = String(rest[..<eq])
            rest = rest[rest.index(after: eq)...]
            var value: Substring
            if let q = rest.first, q == "\"" || q == "'" {
                let body = rest.dropFirst()
                guard let end = body.firstIndex(of: q) else { return nil }
                value = body[..<end]
                rest = body[body.index(after: end)...]
            } else {
                value = rest.prefix { $0 != " " }
                rest = rest.dropFirst(value.count)
                if isTextField(key), let decoded = hexText(value) {
                    out.append((key, decoded))
                    rest = rest.drop { $0 == " " }
                    continue
                }
            }
            out.append((key, String(value)))
            rest = rest.drop { $0 == " " }
        }
        return out
    }

    /// The record's title: its type, then what it says (see the type's doc).
    static func title(_ record: Record) -> String {
        title { record.field($0)?.value.string }
    }

    /// `title` of the record whose first field of each name `field` gives.
    static func title(_ field: (String) -> String?) -> String {
        let type = field("type") ?? "audit"
        let said = summary(field)
        return said.isEmpty ? type : type + " " + said
    }

    private static func summary(_ field: (String) -> String?) -> String {
        func v(_ name: String) -> String? {
            guard let s = field(name), !s.isEmpty, s != "?", s != "(null)" else { return nil }
            return s
        }
        switch v("type") ?? "" {
        case "SYSCALL":
            let call = v("SYSCALL") ?? v("syscall").map { "syscall " + $0 } ?? "syscall"
            let who = [v("comm"), v("exe").map { "(" + $0 + ")" }].compactMap { $0 }.joined(separator: " ")
            return [call, who.isEmpty ? nil : "by " + who, v("success").map { "success=" + $0 }, v("key").map { "key=" + $0 }]
                .compactMap { $0 }.joined(separator: " ")
        case "EXECVE":
            let argc = Int(v("argc") ?? "") ?? 0
            // A negative count (a hostile line) shows none.
            let args = (0..<max(0, min(argc, 64))).compactMap { v("a\($0)") }
            return args.joined(separator: " ")
        case "PROCTITLE":
            return v("proctitle") ?? ""
        case "CWD":
            return v("cwd") ?? ""
        case "PATH":
            return [v("name"), (v("nametype") ?? v("objtype")).map { "(" + $0 + ")" }].compactMap { $0 }.joined(separator: " ")
        default:
            let said = [v("op") ?? v("cmd").map { "cmd=" + $0 }, v("acct").map { "acct=" + $0 }, v("addr").map { "addr=" + $0 },
                        v("res").map { "res=" + $0 }].compactMap { $0 }
            return said.joined(separator: " ")
        }
    }

    /// Fields auditd writes as text, quoted, or as hex when quoting would not do.
    static func isTextField(_ key: String) -> Bool {
        ["proctitle", "name", "cwd", "comm", "exe", "cmd", "acct"].contains(key)
            || (key.first == "a" && key.count > 1 && key.dropFirst().allSatisfy(\.isASCIIDigit))
    }

    /// Hex bytes as text (a command line's NULs between its arguments as spaces); nil when not hex.
    static func hexText(_ hex: Substring) -> String? {
        var text = String(hex)
        return text.withUTF8 { hexText(bytes: $0) }
    }

    /// `hexText` of the text's UTF-8 bytes (hex digits are one byte a character).
    static func hexText(bytes hex: UnsafeBufferPointer<UInt8>) -> String? {
        guard isHex(hex) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(hex.count / 2)
        var i = 0
        while i < hex.count {
            let b = hexDigit(hex[i])! << 4 | hexDigit(hex[i + 1])!
            bytes.append(b == 0 ? 0x20 : b)
            i += 2
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The login user, else the user: enriched names first; `unset` (4294967295) is no one.
    static func actor(_ record: Record) -> String? {
        actor { record.field($0)?.value.string }
    }

    /// `actor` of the record whose first field of each name `field` gives.
    static func actor(_ field: (String) -> String?) -> String? {
        func v(_ name: String) -> String? {
            guard let s = field(name), !s.isEmpty, s != "?", s != "unset", s != "4294967295" else { return nil }
            return s
        }
        return v("AUID") ?? v("acct") ?? v("auid") ?? v("UID") ?? v("uid")
    }

    static func map(_ record: Record, file: String, options: ReadOptions, into out: inout RecordReading) {
        guard let stamp = record.field("audit_time")?.value.string, let time = EpochUnit.s.time(stamp) else {
            out.problems.append(Problem(file: file, place: record.place, path: "", message: "msg=audit(…) is not epoch seconds"))
            return
        }
        let made = EventTitle.from(title(record))
        let extras = record.fields.filter { out.whole && $0.name != "audit_time" && $0.name != "type" }
            .map { ExtraField(name: $0.name, json: $0.value.compactText) }
        out.draft = .read(time: time, written: stamp, actor: actor(record), kind: record.field("type")?.value.string,
                          title: made.title, text: made.text, extraFields: extras, place: record.place)
    }

    /// Reads the log a line at a time (see `RecordReader`); a line of single scalars is
    /// skimmed and listed from its bytes (`ByteRecord`).
    static func reader(_ bytes: FileBytes, file: String, options: ReadOptions) -> RecordReader {
        var reader = RecordReader.textLines(bytes, file: file, refusal: "not an audit record (type=… msg=audit(SECONDS:SERIAL): …)",
                                            listing: listing(bytes),
                                            parse: { record($0, number: $1) },
                                            map: { map($0, file: file, options: options, into: &$1) })
        reader.note = "audit(…) stamps in epoch seconds"
        reader.skimMaking = skim(bytes)
        return reader
    }
}

extension InputFormat {
    /// The Linux audit log (`AuditdLine`).
    static let auditd = InputFormat.records(
        name: "auditd", title: "Linux audit log",
        declines: { sample in
            AuditdLine.record(sample.firstLine, number: 1) != nil ? nil
                : "the first line is not an audit record (type=SYSCALL msg=audit(1364481363.243:24287): …)"
        },
        reader: { bytes, file, options in AuditdLine.reader(bytes, file: file, options: options) })
}
