import Testing
@testable import TimelineModel

/// BSD syslog (RFC 3164) from Plaso's test data: no zone and no year on the line, so
/// refused with both ways out, and read with `--assume-zone` and `--assume-year` by
/// Plaso's own year rule, giving the instants psort wrote for the same file.
@Suite struct BSDSyslogReadingTests {
    typealias F = FormatFixtures

    static func options(year: Int?, zone: String = "UTC") -> ReadOptions {
        var time = TimeReading(assumedZone: Zone(identifier: zone))
        time.assumedYear = year
        return ReadOptions(time: time)
    }

    @Test func refusedWithoutAYearOrAZoneWithTheWayOut() {
        let noYear = F.problems("text-log/syslog", Self.options(year: nil))
        #expect(noYear.first == F.path("text-log/syslog") + #":1:1: time "Jan 22 07:52:33" has no year (BSD syslog writes none); add --assume-year with the year of the log's first line (for example --assume-year 2012)"#)
        var time = TimeReading()
        time.assumedYear = 2012
        let noZone = F.problems("text-log/syslog", ReadOptions(time: time))
        #expect(noZone.first == F.path("text-log/syslog") + #":1:1: time "Jan 22 07:52:33" has no zone; add --assume-zone UTC (or the zone the writer used)"#)
    }

    @Test func readLikePsortReadsIt() throws {
        let t = try F.load("text-log/syslog", Self.options(year: 2012))
        #expect(t.inputFormat == "text log")
        let utc = F.exportLines(t, zone: "UTC")
        let paris = F.exportLines(t, zone: "Europe/Paris")
        // psort's dynamic.log for the same file: 2012-01-22T07:52:33, 2012-12-18T17:54:32,
        // 2013-03-23T23:01:18, 2013-11-18T01:15:20 (a month back: same year),
        // 2013-12-31T17:54:32, 2014-02-06T15:16:30 (the year turned), 2014-11-18T08:31:20.
        for (title, day, time, parisDay, parisTime) in [
            ("INFO No new content in ímynd.dd.", "Sunday 22 January 2012", "07:52:33", "Sunday 22 January 2012", "08:52:33"),
            ("No true exit can exist", "Tuesday 18 December 2012", "17:54:32", "Tuesday 18 December 2012", "18:54:32"),
            ("has a fractional value", "Saturday 23 March 2013", "23:01:18.123", "Sunday 24 March 2013", "00:01:18.123"),
            ("multi-line message that screws up", "Monday 18 November 2013", "01:15:20", "Monday 18 November 2013", "02:15:20"),
            ("Another one just like this", "Tuesday 31 December 2013", "17:54:32", "Tuesday 31 December 2013", "18:54:32"),
            ("single character day", "Thursday 6 February 2014", "15:16:30", "Thursday 6 February 2014", "16:16:30"),
            ("[998.390602] sda2", "Tuesday 18 November 2014", "08:31:20", "Tuesday 18 November 2014", "09:31:20"),
        ] {
            let u = try #require(F.shown(title, in: utc), "\(title)")
            #expect(u.day == day && u.time == time, "\(title)")
            let p = try #require(F.shown(title, in: paris))
            #expect(p.day == parisDay && p.time == parisTime, "\(title) in Paris")
        }
        // The TAG is the actor, the host and pid extra fields; a continuation line is text.
        let first = t.events[0]
        #expect(first.actor == "client")
        #expect(first.extraFields.map(\.name) == ["host", "pid"])
        #expect(first.precision == .second)
        let multi = try #require(t.events.first { $0.title.contains("multi-line") })
        #expect(multi.text == "This is a multi-line message that screws up\n\tmany syslog parsers.")
        // `Nov 18 08:30:20 kernel: …` has no host: kernel is the tag.
        let kernel = try #require(t.events.first { $0.title.hasPrefix("[997.390602]") })
        #expect(kernel.actor == "kernel" && kernel.extraFields.isEmpty)
        // A word after the host that is not a tag stays in the message.
        #expect(t.events.contains { $0.title == "Job `cron.daily' terminated" && $0.actor == nil })
    }

    @Test func macOSSyslogInItsZone() throws {
        let t = try F.load("text-log/syslog_osx", Self.options(year: 2013, zone: "America/Los_Angeles"))
        let utc = F.exportLines(t, zone: "UTC")
        // 19:26:39 PDT (UTC−07:00 from 10 March 2013) is 02:26:39 UTC the next day.
        #expect(F.shown("prePCIWake", in: utc)! == ("Tuesday 12 March 2013", "02:26:39"))
        #expect(t.events[1].actor == "sockerfilterfw")
        #expect(t.events[1].title == "<Info>: launchd Allow TCP LISTEN (in:0 out:2)")
    }

    @Test func aLineWithItsYearAndAPriorityNeedsNoAssumedYear() throws {
        let text = "<30>Mar  6 2021 04:07:28 web-1 nginx[812]: upstream timed out\nMar  7 2021 00:00:01 web-1 cron[9]: rotate\n"
        let t = try TimelineLoader.load(bytes: Array(text.utf8), name: "s.log", options: Self.options(year: nil))
        #expect(t.events.map(\.kind) == ["info", nil])
        #expect(t.events.map(\.actor) == ["nginx", "cron"])
        #expect(F.shown("upstream timed out", in: F.exportLines(t, zone: "UTC"))! == ("Saturday 6 March 2021", "04:07:28"))
    }

    /// A followed log without years is read again whole (its years come from the lines
    /// before), not by its new lines alone.
    @Test func aLogWithoutYearsIsReadAgainWholeWhenFollowed() throws {
        let path = F.path("text-log/syslog")
        let options = Self.options(year: 2012)
        let t = try TimelineLoader.load(path: path, options: options)
        #expect(FileTail(path: path, timeline: t, options: options) == nil)
        let cri = F.path("text-log/cri.log")
        #expect(FileTail(path: cri, timeline: try TimelineLoader.load(path: cri)) != nil)
    }

    @Test func aDayThatDoesNotExistInTheYearIsRefused() {
        let text = "Feb 29 01:15:43 host app: leap\n"
        do throws(LoadFailure) {
            _ = try TimelineLoader.load(bytes: Array(text.utf8), name: "s.log", options: Self.options(year: 2013))
            Issue.record("accepted")
        } catch {
            #expect(error.problems.map(\.description) == [#"s.log:1:1: time "Feb 29 01:15:43" does not exist in 2013"#])
        }
    }
}
