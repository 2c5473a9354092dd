/// One RFC 5424 syslog line, as rsyslog and syslog-ng write them with the protocol's
/// own template: `<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47
/// [exampleSDID@32473 iut="3"] An application event`. Every header field is defined by
/// the RFC, so the severity (`PRI` mod 8) is the kind and `APP-NAME` the actor; `-` is
/// no value.
struct SyslogLine {
    var written: String
    var time: WrittenTime
    var severity: String
    var host: String?
    var app: String?
    var procID: String?
    var msgID: String?
    var structuredData: String?
    var message: Substring

    /// Whether `line` is an RFC 5424 header whose TIMESTAMP is the NILVALUE `-` (the RFC's
    /// "no time": the sender had no clock): a record of its own that cannot be placed.
    static func hasNoTime(_ line: String) -> Bool {
        var s = Substring(line)
        guard s.first == "<", let close = s.firstIndex(of: ">") else { return false }
        let pri = s[s.index(after: s.startIndex)..<close]
        guard (1...3).contains(pri.count), pri.allSatisfy(\.isASCIIDigit), let p = Int(pri), p <= 191 else { return false }
        s = s[s.index(after: close)...]
        return s.hasPrefix("1 - ")
    }

    /// The line read as RFC 5424, or nil when it is not one (no `<PRI>1 `, a header field
    /// missing, or a timestamp that is not RFC 3339).
    init?(_ line: String) {
        var s = Substring(line)
        guard s.first == "<", let close = s.firstIndex(of: ">") else { return nil }
        let pri = s[s.index(after: s.startIndex)..<close]
        guard (1...3).contains(pri.count), pri.allSatisfy(\.isASCIIDigit), let p = Int(pri), p <= 191 else { return nil }
        s = s[s.index(after: close)...]
        guard s.hasPrefix("1 ") else { return nil }
        s = s.dropFirst(2)
        func word() -> Substring? {
            guard !s.isEmpty else { return nil }
            let end = s.firstIndex(of: " ") ?? s.endIndex
            let w = s[..<end]
            s = end < s.endIndex ? s[s.index(after: end)...] : s[end...]
            return w.isEmpty ? nil : w
        }
        func value(_ w: Substring) -> String? { w == "-" ? nil : String(w) }
        guard let stamp = word(), stamp != "-", case .success(let w) = WrittenTime.parse(String(stamp)), w.clock != nil,
              let host = word(), let app = word(), let proc = word(), let msgID = word()
        else { return nil }
        // STRUCTURED-DATA: `-` or one or more `[id param="value"…]`, values may hold `\]`.
        var sd: Substring
        if s.hasPrefix("-") {
            sd = s.prefix(1)
            s = s.dropFirst()
        } else if s.hasPrefix("[") {
            var i = s.startIndex
            while i < s.endIndex, s[i] == "[" {
                var j = s.index(after: i)
                var quoted = false, escaped = false, closed = false
                while j < s.endIndex {
                    let c = s[j]
                    j = s.index(after: j)
                    if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { quoted.toggle() }
                    else if c == "]" && !quoted { closed = true; break }
                }
                guard closed else { return nil }
                i = j
            }
            sd = s[..<i]
            s = s[i...]
        } else {
            return nil
        }
        if s.first == " " { s = s.dropFirst() }
        if s.hasPrefix("\u{FEFF}") { s = s.dropFirst() }
        written = String(stamp)
        time = w
        severity = JSONLogReader.priorityNames[p % 8]
        self.host = value(host)
        self.app = value(app)
        procID = value(proc)
        self.msgID = value(msgID)
        structuredData = sd == "-" ? nil : String(sd)
        message = s
    }

    /// The fields kept beside the message.
    var extraFields: [ExtraField] {
        [("host", host), ("procid", procID), ("msgid", msgID), ("structured_data", structuredData)].compactMap { name, v in
            v.map { ExtraField(name: name, json: JSONValue.quoted($0)) }
        }
    }
}
