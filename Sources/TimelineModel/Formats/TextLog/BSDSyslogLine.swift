/// One BSD syslog line (RFC 3164), as syslogd, rsyslog's traditional file format and
/// macOS write them: `Jan 22 07:52:33 myhost client[30840]: INFO No new content`, with an
/// optional `<PRI>` before it and, in some writers, a year after the day
/// (`Mar  6 2021 04:07:28`), or a zone after the time (`Mar  1 12:00:01 CET`, read as
/// `TextLogReader.zoneAfter` reads it). Mostly the time has no zone (`--assume-zone`) and mostly no year
/// (`--assume-year`, see `LogYears`). The TAG (`client`, before `[pid]` and `:`) is the
/// program that wrote the line, like RFC 5424's APP-NAME: the actor. A word after the
/// host that does not end in `:` or `[pid]` is not taken for a tag: it stays in the
/// message.
struct BSDSyslogLine {
    var written: String
    var month: Int
    var day: Int
    /// The year, when the line writes one.
    var year: Int?
    var clock: WrittenTime.Clock
    /// The offset of a zone written after the time (`Mar  1 12:00:01 CET`, `… +0100`), as
    /// `TextLogReader.zoneAfter` reads it.
    var offsetSeconds: Int?
    /// An abbreviation after the time that names several zones (`IST`).
    var abbreviation: String?
    var severity: String?
    var host: String?
    var tag: String?
    var pid: String?
    var message: Substring
    /// klog's source file and line (`kubelet.go:2421`), an extra field.
    var source: String?
    /// What wrote it, for messages: `BSD syslog`, `klog`.
    var writer = "BSD syslog"

    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let severities = ["emergency", "alert", "critical", "error", "warning", "notice", "info", "debug"]

    init?(_ line: String) {
        var s = Substring(line)
        var severity: String?
        if s.first == "<", let close = s.firstIndex(of: ">") {
            let pri = s[s.index(after: s.startIndex)..<close]
            guard (1...3).contains(pri.count), pri.allSatisfy(\.isASCIIDigit), let p = Int(pri), p <= 191 else { return nil }
            severity = Self.severities[p % 8]
            s = s[s.index(after: close)...]
        }
        let start = s.startIndex
        guard s.count >= 15, let m = Self.months.firstIndex(of: String(s.prefix(3))) else { return nil }
        s = s.dropFirst(3)
        guard s.first == " " else { return nil }
        s = s.drop { $0 == " " }
        let dayDigits = s.prefix { $0.isASCIIDigit }
        guard (1...2).contains(dayDigits.count), let d = Int(dayDigits), (1...31).contains(d) else { return nil }
        s = s[dayDigits.endIndex...]
        guard s.first == " " else { return nil }
        s = s.dropFirst()
        var year: Int?
        let yearDigits = s.prefix { $0.isASCIIDigit }
        if yearDigits.count == 4, s.dropFirst(4).first == " " {
            year = Int(yearDigits)
            s = s.dropFirst(5)
        }
        // hh:mm:ss, maybe with a fraction.
        let clockText = s.prefix { $0 != " " }
        let parts = clockText.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 2, parts[1].count == 2, let h = Int(parts[0]), let mi = Int(parts[1]),
              h < 24, mi < 60 else { return nil }
        let secParts = parts[2].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard secParts[0].count == 2, let sec = Int(secParts[0]), sec < 61, secParts[0].allSatisfy(\.isASCIIDigit) else { return nil }
        var nanos = 0
        var digits = 0
        if secParts.count == 2 {
            let f = secParts[1]
            guard (1...9).contains(f.count), f.allSatisfy(\.isASCIIDigit) else { return nil }
            digits = f.count
            nanos = Int(f)! * [1, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1][digits]
        }
        s = s[clockText.endIndex...]
        guard s.first == " " else { return nil }
        var timeEnd = clockText.endIndex
        s = s.dropFirst().drop { $0 == " " }
        if let zone = TextLogReader.zoneAfter(s) {
            offsetSeconds = zone.offset
            abbreviation = zone.offset == nil ? zone.words : nil
            timeEnd = s.index(s.startIndex, offsetBy: zone.words.count)
            s = s[timeEnd...].drop { $0 == " " }
        }
        written = String(line[start..<timeEnd])
        let hostWord = s.prefix { $0 != " " }
        guard !hostWord.isEmpty else { return nil }
        // A local writer may leave the host out: `Nov 18 08:30:20 kernel: …`.
        if hostWord.hasSuffix(":") {
            host = nil
        } else {
            host = String(hostWord)
            s = s[hostWord.endIndex...].drop { $0 == " " }
        }
        // TAG: `name:`, `name[pid]:` or `name[pid]` (macOS: `name[pid] <Level>:`).
        let tagWord = s.prefix { $0 != " " }
        var t = tagWord
        if t.hasSuffix(":") { t = t.dropLast() }
        if t.hasSuffix("]"), let open = t.lastIndex(of: "["), open > t.startIndex,
           t[t.index(after: open)..<t.index(before: t.endIndex)].allSatisfy(\.isASCIIDigit) {
            pid = String(t[t.index(after: open)..<t.index(before: t.endIndex)])
            t = t[..<open]
        }
        if !t.isEmpty, t.count <= 48, tagWord.hasSuffix(":") || pid != nil, !t.contains(":") {
            tag = String(t)
            s = s[tagWord.endIndex...].drop { $0 == " " }
        }
        self.month = m + 1
        self.day = d
        self.year = year
        self.clock = WrittenTime.Clock(hour: h, minute: mi, second: sec, hasSeconds: true, nanoseconds: nanos, fractionDigits: digits)
        self.severity = severity
        message = s
    }

    /// The time with its year (the line's own, else `year`), with the zone it writes; nil when the
    /// day does not exist in that year (`Feb 29` of a common year).
    func time(year fallback: Int) -> WrittenTime? {
        let y = year ?? fallback
        let date = CivilDate(year: y, month: month, day: day)
        guard date.isValid else { return nil }
        return WrittenTime(date: date, clock: clock, offsetSeconds: offsetSeconds)
    }

    /// The extra fields the line defines: the host and the process id, when written.
    var extraFields: [ExtraField] {
        var f: [ExtraField] = []
        if let host { f.append(ExtraField(name: "host", json: JSONValue.quoted(host))) }
        if let pid { f.append(ExtraField(name: writer == "klog" ? "thread" : "pid", json: pid)) }
        if let source { f.append(ExtraField(name: "source", json: JSONValue.quoted(source))) }
        return f
    }
}
