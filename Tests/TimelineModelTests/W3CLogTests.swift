import Testing
@testable import TimelineModel

/// W3C extended logs (IIS, its FTP service and Advanced Logging module, Oracle Web Cache,
/// Incapsula), lnav's test files: read by their `#Fields:`, times in UTC as the format
/// defines them (or at a `#GMT-Offset:`), local ones refused without `--assume-zone`, a
/// time-only log dated by its `#Date:`, and a line with the wrong number of values
/// refused at its line.
@Suite struct W3CLogTests {
    typealias F = FormatFixtures

    @Test func iisLinesAreRequestsInUTC() throws {
        let t = try F.load("w3c/logfile_w3c.0")
        #expect(t.inputFormat == "W3C extended log (date and time in UTC)")
        let e = t.events[0]
        #expect(e.title == "GET /images/picture.jpg → 200")
        #expect(e.kind == "2xx")
        #expect(e.actor == "172.22.255.255")
        let lines = F.exportLines(t, zone: "UTC")
        #expect(lines.contains("Read as:    W3C extended log (date and time in UTC)"))
        #expect(F.shown("picture.jpg", in: lines)! == ("Thursday 2 May 2002", "17:42:15"))
        #expect(lines.contains { $0.contains("cs(User-Agent): \"Mozilla/4.0+(compatible;MSIE+5.5;+Windows+2000+Server)\"") })
        // IIS 8.5, the default fields.
        let iis = try F.load("w3c/logfile_w3c.6")
        #expect(iis.events.map(\.title) == ["GET /robots.txt → 404"])
        #expect(iis.events[0].actor == "157.55.39.146")
    }

    /// IIS's `date time` are UTC by the format: an `--assume-zone` given for every file of a
    /// merge (meant for those that write no zone) leaves them; one naming this file moves
    /// them, and the "Read as" line says so.
    @Test func onlyAZoneNamingThisFileMovesItsUTCTimes() throws {
        var everyFile = ReadOptions()
        everyFile.time.assumedZone = Zone(identifier: "Europe/Paris")
        let t = try F.load("w3c/logfile_w3c.6", everyFile)
        #expect(t.inputFormat == "W3C extended log (date and time in UTC)")
        #expect(F.shown("robots.txt", in: F.exportLines(t, zone: "UTC"))! == ("Tuesday 13 January 2015", "00:32:17"))
        var thisFile = everyFile
        thisFile.time.assumedZoneNamesThisFile = true
        let moved = try F.load("w3c/logfile_w3c.6", thisFile)
        #expect(moved.inputFormat == "W3C extended log (date and time in Europe/Paris, as --assume-zone says for this file)")
        #expect(F.shown("robots.txt", in: F.exportLines(moved, zone: "UTC"))! == ("Monday 12 January 2015", "23:32:17"))
    }

    @Test func aTimeOnlyLogTakesItsDayFromDate() throws {
        let t = try F.load("w3c/logfile_w3c.2")
        let lines = F.exportLines(t, zone: "UTC")
        #expect(F.shown("[2]USER anonymous → 331", in: lines)! == ("Monday 9 October 2000", "16:44:49"))
        #expect(t.events.count == 14)
        // The second block, a day later, is dated by its own #Date:.
        #expect(lines.contains("Tuesday 10 October 2000"))
    }

    @Test func oracleGMTOffsetPlacesItsTimes() throws {
        let t = try F.load("w3c/logfile_w3c.1")
        let lines = F.exportLines(t, zone: "UTC")
        #expect(F.shown("oc_bottomleft.gif", in: lines)! == ("Wednesday 31 October 2001", "08:00:18"))
        #expect(t.events[0].title == "GET /admin/images/oc_bottomleft.gif → 200")
    }

    @Test func localTimesNeedAnAssumedZone() throws {
        let p = F.problems("w3c/logfile_w3c.3")
        #expect(p.first == F.path("w3c/logfile_w3c.3") + #":8:1: date-local time-local "2012-08-15 17:00:00.363" has no zone; add --assume-zone UTC (or the zone the writer used)"#)
        let t = try F.load("w3c/logfile_w3c.3", ReadOptions(time: TimeReading(assumedZone: Zone(identifier: "America/Los_Angeles"))))
        #expect(t.events[0].title == "GET /Products/theProduct → 200")
        #expect(t.events[0].actor == "70.95.0.0")
        let lines = F.exportLines(t, zone: "UTC")
        #expect(F.shown("theProduct", in: lines)! == ("Thursday 16 August 2012", "00:00:00.363"))
    }

    @Test func aLineWithOtherValuesIsRefusedAtItsLine() {
        let p = F.problems("w3c/logfile_w3c.5")
        #expect(p == [F.path("w3c/logfile_w3c.5") + ":2:1: this line has 17 values but #Fields names 6"])
    }
}

/// What a W3C log cannot hold is said at its place: a header without `#Fields:` or
/// without a time, a line's bytes that are not UTF-8, a line whose time is `-`.
@Suite struct W3CLogProblemsTests {
    static func problems(_ text: [UInt8]) -> [String] {
        do throws(LoadFailure) {
            _ = try TimelineLoader.load(bytes: text, name: "u_ex.log", options: ReadOptions())
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test func badHeadersAndLinesAreNamed() throws {
        #expect(Self.problems(Array("#Software: x\n#Version: 1.0\n".utf8))
                == ["u_ex.log:1:1: no #Fields line: the values of the log's lines cannot be named"])
        #expect(Self.problems(Array("#Software: x\n#Fields: c-ip cs-method\n1.2.3.4 GET\n".utf8))
                == ["u_ex.log:2:1: #Fields names no time (time, time-local): this log has no times to put on a timeline"])
        #expect(Self.problems(Array("#Fields: date time c-ip\n- - 1.2.3.4\n".utf8))
                == ["u_ex.log:2:1: no time on this line (its time is -)"])
        let t = try TimelineLoader.load(bytes: Array("#Fields: date time cs-method\n2020-01-01 00:00:00 ".utf8) + [0xFF, 0x0A],
                                        name: "u_ex.log", options: ReadOptions())
        #expect(t.warnings.map(\.description).contains("u_ex.log:2:1: invalid UTF-8 (shown as U+FFFD)"))
    }
}
