extension BSDSyslogLine {
    /// A line of Spark's log (and of other log4j layouts `%d{yy/MM/dd HH:mm:ss} %p %c{1}: %m`,
    /// as Spark's default `log4j-defaults.properties` and YARN write it):
    /// `17/11/02 18:48:00 INFO SparkContext: Running Spark version 2.2.0`. Its year has two
    /// digits, read as 20yy: this layout was first written in 2014 (Spark 1.0) and a year of
    /// the 1900s is out of the question for it, so no warning says it; "Read as" does
    /// (`text log (log4j yy/MM/dd: years read as 20yy)`). Only this exact
    /// layout is read so: the date, one space, the clock to the second, one space, a log4j
    /// level (`INFO`: the kind), spaces, the logger ending in `:` (`SparkContext`: the
    /// actor). No zone is written: `--assume-zone`, as for any log written in local time.
    init?(log4jShortYear line: String) {
        // Three bytes looked at before any is copied: it is asked of every line that is not
        // BSD syslog nor klog (a stack trace's lines too).
        var head = line.utf8.makeIterator()
        guard let a = head.next(), a &- 0x30 <= 9, let b = head.next(), b &- 0x30 <= 9, head.next() == 0x2F else { return nil }
        let u = Array(line.utf8.prefix(20))
        guard u.count == 20 else { return nil }
        func number(_ at: Int) -> Int? {
            guard u[at] &- 0x30 <= 9, u[at + 1] &- 0x30 <= 9 else { return nil }
            return Int(u[at] - 0x30) * 10 + Int(u[at + 1] - 0x30)
        }
        guard let yy = number(0), u[2] == 0x2F, let month = number(3), u[5] == 0x2F, let day = number(6), u[8] == 0x20,
              let h = number(9), u[11] == 0x3A, let mi = number(12), u[14] == 0x3A, let sec = number(15), u[17] == 0x20,
              (1...12).contains(month), (1...31).contains(day), h < 24, mi < 60, sec < 61
        else { return nil }
        let s = Substring(line)
        let afterTime = s.dropFirst(18)
        let level = afterTime.prefix { $0 != " " }
        guard Self.log4jLevels.contains(String(level)), level.endIndex < s.endIndex, s[level.endIndex] == " " else { return nil }
        // `%-5p` pads the level with spaces (`INFO  SparkContext:`).
        let logger = s[level.endIndex...].drop(while: { $0 == " " }).prefix { $0 != " " }
        guard logger.count > 1, logger.hasSuffix(":") else { return nil }
        self.written = String(s.prefix(17))
        self.month = month
        self.day = day
        self.year = 2000 + yy
        self.clock = WrittenTime.Clock(hour: h, minute: mi, second: sec, hasSeconds: true, nanoseconds: 0, fractionDigits: 0)
        self.offsetSeconds = nil
        self.abbreviation = nil
        self.severity = String(level)
        self.host = nil
        self.tag = String(logger.dropLast())
        self.pid = nil
        self.message = s[logger.endIndex...].drop(while: { $0 == " " })
        self.source = nil
        self.writer = "log4j"
    }

    /// What "Read as" says after `text log` for such a log.
    static let log4jShortYearNote = "log4j yy/MM/dd: years read as 20yy"

    /// log4j's levels, as `%p` writes them.
    static let log4jLevels: Set<String> = ["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"]
}
