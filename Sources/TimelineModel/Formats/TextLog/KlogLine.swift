extension BSDSyslogLine {
    /// A line of klog/glog, the text log of Kubernetes' components (kubelet, kube-apiserver,
    /// kube-controller-manager…) and of Google's C++ and Go programs:
    /// `E0517 15:04:22.619632 1952452992 logging_unittest.cc:253] Log every 3, iteration 19`
    /// (severity `I`, `W`, `E`, `F`; month and day; the time to the µs; the thread id; the
    /// source file and line; `]`). Like BSD syslog it writes no year and no zone, so it
    /// is read as such a line (`--assume-year`, `LogYears`; `--assume-zone`): the
    /// severity is the kind, the source file and line and the thread extra fields.
    init?(klog line: String) {
        // Two bytes looked at before any is copied: it is asked of every line that is not BSD syslog.
        var head = line.utf8.makeIterator()
        guard let letter = head.next(), let severity = Self.klogSeverities[letter], let digit = head.next(), digit &- 0x30 <= 9
        else { return nil }
        let u = Array(line.utf8.prefix(48))
        guard u.count >= 22 else { return nil }
        func number(_ at: Int, _ count: Int) -> Int? {
            var v = 0
            for i in at..<(at + count) {
                guard i < u.count, u[i] &- 0x30 <= 9 else { return nil }
                v = v * 10 + Int(u[i] - 0x30)
            }
            return v
        }
        guard let month = number(1, 2), let day = number(3, 2), (1...12).contains(month), (1...31).contains(day),
              u[5] == 0x20, let h = number(6, 2), u[8] == 0x3A, let mi = number(9, 2), u[11] == 0x3A, let sec = number(12, 2),
              h < 24, mi < 60, sec < 61
        else { return nil }
        var at = 14
        var nanos = 0
        var digits = 0
        if at < u.count, u[at] == 0x2E {
            at += 1
            while at < u.count, u[at] &- 0x30 <= 9, digits < 9 {
                nanos = nanos * 10 + Int(u[at] - 0x30)
                digits += 1
                at += 1
            }
            guard digits > 0 else { return nil }
            for _ in digits..<9 { nanos *= 10 }
        }
        // The thread id (padded with spaces), then `file:line]`.
        let s = Substring(line)
        let afterTime = s.dropFirst(at)
        guard afterTime.first == " " else { return nil }
        let thread = afterTime.drop(while: { $0 == " " }).prefix(while: { $0.isASCIIDigit })
        guard !thread.isEmpty, thread.endIndex < s.endIndex, s[thread.endIndex] == " " else { return nil }
        let source = s[s.index(after: thread.endIndex)...].prefix(while: { $0 != " " && $0 != "]" })
        guard source.contains(":"), source.endIndex < s.endIndex, s[source.endIndex] == "]" else { return nil }
        self.written = String(s[s.index(after: s.startIndex)..<afterTime.startIndex])
        self.month = month
        self.day = day
        self.year = nil
        self.clock = WrittenTime.Clock(hour: h, minute: mi, second: sec, hasSeconds: true, nanoseconds: nanos, fractionDigits: digits)
        self.offsetSeconds = nil
        self.abbreviation = nil
        self.severity = severity
        self.host = nil
        self.tag = nil
        self.pid = String(thread)
        self.message = s[s.index(after: source.endIndex)...].drop(while: { $0 == " " })
        self.source = String(source)
        self.writer = "klog"
    }

    /// klog's severity letters.
    static let klogSeverities: [UInt8: String] = [0x49: "info", 0x57: "warning", 0x45: "error", 0x46: "fatal"]

    /// A line of a log that writes no year, or not all of it: BSD syslog's, klog's, or
    /// Spark's two-digit years (`Log4jShortYearLine`).
    static func dateless(_ line: String) -> BSDSyslogLine? {
        BSDSyslogLine(line) ?? BSDSyslogLine(klog: line)
            ?? (line.utf8.first.map { $0 &- 0x30 <= 9 } == true ? BSDSyslogLine(log4jShortYear: line) : nil)
    }
}
