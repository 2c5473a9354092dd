import Testing
@testable import TimelineModel

/// klog/glog text logs (Kubernetes' components, Google's programs), lnav's glog test file:
/// `E0517 15:04:22.619632 1952452992 logging_unittest.cc:253] Log every 3, iteration 19`.
/// No year and no zone, as BSD syslog: refused without `--assume-year` (naming klog), read
/// with it and `--assume-zone`; the severity letter the kind, the µs kept, the thread and
/// the source file and line extra fields, the message the title.
@Suite struct KlogReadingTests {
    typealias F = FormatFixtures

    @Test func withoutAYearItIsRefusedNamingKlog() {
        let p = F.problems("text-log/logfile_glog.0", ReadOptions(time: TimeReading(assumedZone: .utc)))
        #expect(p.first == F.path("text-log/logfile_glog.0") + #":1:1: time "0517 15:04:22.619632" has no year (klog writes none); add --assume-year with the year of the log's first line (for example --assume-year 2012)"#)
    }

    @Test func withAYearAndAZoneItIsRead() throws {
        var time = TimeReading(assumedZone: .utc)
        time.assumedYear = 2009
        let t = try F.load("text-log/logfile_glog.0", ReadOptions(time: time))
        #expect(t.inputFormat == "text log")
        #expect(t.events.count == 7)
        #expect(t.events.map(\.kind) == ["error", "info", "info", "warning", "info", "info", "error"])
        #expect(t.events[0].title == "Log every 3, iteration 19")
        let lines = F.exportLines(t)
        #expect(F.shown("Log every 3", in: lines)! == ("Sunday 17 May 2009", "15:04:22.619632"))
        #expect(lines.contains { $0.hasSuffix(#"source: "logging_unittest.cc:253""#) })
        #expect(lines.contains { $0.hasSuffix("thread: 1952452992") })
    }
}
