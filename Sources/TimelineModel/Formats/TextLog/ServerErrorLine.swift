/// One line of a web server's error log, whose time has no zone (the server's local time:
/// `--assume-zone`):
///
/// - nginx: `2024/03/14 10:30:00 [error] 1234#1234: *5 connect() failed …`: the level in
///   brackets is the kind; `PID#TID:` and the connection `*N` are kept as extra fields.
/// - Apache httpd 2.4: `[Wed Oct 11 14:32:52.123456 2000] [core:error] [pid 35708:tid
///   4328636416] [client 72.15.99.187:1234] AH00128: File does not exist: …`, and 2.2's
///   `[Wed Oct 11 14:32:52 2000] [error] [client 127.0.0.1] …`: the level is the kind, the
///   module, pid and client are extra fields, the client's address is the actor (who
///   sent the request, as in an access log).
///
/// The message is the rest of the line, as written.
struct ServerErrorLine {
    var written: String
    /// Nil when the date written does not exist (`Thu Feb 30`): a problem, not another format.
    var time: WrittenTime?
    var level: String?
    var client: String?
    var extraFields: [ExtraField]
    var message: Substring

    private init(written: String, time: WrittenTime?, level: String?, client: String?, extraFields: [ExtraField], message: Substring) {
        (self.written, self.time, self.level, self.client, self.extraFields, self.message) = (written, time, level, client, extraFields, message)
    }

    init?(_ line: String) {
        if let nginx = Self.nginx(line) { self = nginx } else if let apache = Self.apache(line) { self = apache } else { return nil }
    }

    /// `2024/03/14 10:30:00 [error] 1234#1234: *5 message`.
    private static func nginx(_ line: String) -> ServerErrorLine? {
        let u = Array(line.utf8.prefix(20))
        guard u.count == 20, u[4] == 0x2F, u[7] == 0x2F, u[10] == 0x20, u[13] == 0x3A, u[16] == 0x3A, u[19] == 0x20,
              let y = Int(String(decoding: u[0..<4], as: UTF8.self)), let mo = Int(String(decoding: u[5..<7], as: UTF8.self)),
              let d = Int(String(decoding: u[8..<10], as: UTF8.self)),
              let clock = clock(Substring(String(decoding: u[11..<19], as: UTF8.self)))
        else { return nil }
        let date = CivilDate(year: y, month: mo, day: d)
        var s = line.dropFirst(20)
        guard s.first == "[", let close = s.firstIndex(of: "]") else { return nil }
        let level = String(s[s.index(after: s.startIndex)..<close])
        guard !level.isEmpty, level.allSatisfy(\.isLetter) else { return nil }
        s = s[s.index(after: close)...].drop { $0 == " " }
        var extras: [ExtraField] = []
        let pidWord = s.prefix { $0 != " " }
        if pidWord.hasSuffix(":"), pidWord.dropLast().split(separator: "#").count == 2,
           pidWord.dropLast().allSatisfy({ $0.isASCIIDigit || $0 == "#" }) {
            extras.append(ExtraField(name: "pid", json: JSONValue.quoted(String(pidWord.dropLast()))))
            s = s[pidWord.endIndex...].drop { $0 == " " }
            let conn = s.prefix { $0 != " " }
            if conn.first == "*", conn.count > 1, conn.dropFirst().allSatisfy(\.isASCIIDigit) {
                extras.append(ExtraField(name: "connection", json: String(conn.dropFirst())))
                s = s[conn.endIndex...].drop { $0 == " " }
            }
        }
        return ServerErrorLine(written: String(line.prefix(19)), time: date.isValid ? WrittenTime(date: date, clock: clock, offsetSeconds: nil) : nil,
                               level: level, client: nil, extraFields: extras, message: s)
    }

    /// `[Wed Oct 11 14:32:52.123456 2000] [core:error] [pid 1:tid 2] [client 1.2.3.4:5] message`.
    private static func apache(_ line: String) -> ServerErrorLine? {
        guard line.hasPrefix("["), let close = line.firstIndex(of: "]") else { return nil }
        let inside = line[line.index(after: line.startIndex)..<close]
        let words = inside.split(separator: " ")
        guard words.count == 5, ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].contains(words[0]),
              let m = BSDSyslogLine.months.firstIndex(of: String(words[1])), let d = Int(words[2]),
              let clock = clock(words[3]), words[4].count == 4, let y = Int(words[4])
        else { return nil }
        let date = CivilDate(year: y, month: m + 1, day: d)
        var s = line[line.index(after: close)...].drop { $0 == " " }
        var level: String?
        var client: String?
        var extras: [ExtraField] = []
        // The bracketed fields that follow: `[module:level]` or `[level]`, `[pid …]`, `[client …]`.
        while s.first == "[", let end = s.firstIndex(of: "]") {
            let field = s[s.index(after: s.startIndex)..<end]
            if field.hasPrefix("pid ") {
                extras.append(ExtraField(name: "pid", json: JSONValue.quoted(String(field.dropFirst(4)))))
            } else if field.hasPrefix("client ") {
                let address = String(field.dropFirst(7))
                extras.append(ExtraField(name: "client", json: JSONValue.quoted(address)))
                client = Self.host(address)
            } else if level == nil, !field.contains(" ") {
                let parts = field.split(separator: ":", maxSplits: 1)
                if parts.count == 2 { extras.append(ExtraField(name: "module", json: JSONValue.quoted(String(parts[0])))) }
                level = parts.last.map(String.init)
            } else {
                break
            }
            s = s[s.index(after: end)...].drop { $0 == " " }
        }
        guard level != nil else { return nil }
        return ServerErrorLine(written: String(inside), time: date.isValid ? WrittenTime(date: date, clock: clock, offsetSeconds: nil) : nil,
                               level: level, client: client, extraFields: extras, message: s)
    }

    /// `hh:mm:ss` with an optional fraction.
    private static func clock(_ text: Substring) -> WrittenTime.Clock? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 2, parts[1].count == 2, let h = Int(parts[0]), let mi = Int(parts[1]), h < 24, mi < 60
        else { return nil }
        let sec = parts[2].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard sec[0].count == 2, sec[0].allSatisfy(\.isASCIIDigit), let s = Int(sec[0]), s < 61 else { return nil }
        var nanos = 0
        var digits = 0
        if sec.count == 2 {
            guard (1...9).contains(sec[1].count), sec[1].allSatisfy(\.isASCIIDigit) else { return nil }
            digits = sec[1].count
            nanos = Int(sec[1])! * [1, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1][digits]
        }
        return WrittenTime.Clock(hour: h, minute: mi, second: s, hasSeconds: true, nanoseconds: nanos, fractionDigits: digits)
    }

    /// The host of `1.2.3.4:5678` or `[2001:db8::1]:443` (an address without a port as is).
    private static func host(_ address: String) -> String {
        if address.hasPrefix("["), let close = address.firstIndex(of: "]") {
            return String(address[address.index(after: address.startIndex)..<close])
        }
        let colons = address.filter { $0 == ":" }.count
        if colons == 1, let colon = address.lastIndex(of: ":") { return String(address[..<colon]) }
        return address
    }
}
