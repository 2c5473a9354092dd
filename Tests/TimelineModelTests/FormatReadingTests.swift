import Foundation
import Testing
@testable import TimelineModel

/// Real files from Timesketch's and Plaso's own test data, opened by detection and
/// exported: each checked row's time as the source wrote it, in UTC and in another zone.
@Suite struct FormatReadingTests {
    typealias F = FormatFixtures

    /// `rows`: (title, UTC day heading, UTC time, other day heading, other time).
    func check(_ name: String, format: InputFormat, count: Int, zone: String,
               _ rows: [(String, String, String, String, String)], options: ReadOptions = ReadOptions()) throws {
        let t = try F.load(name, options)
        #expect(t.inputFormat == format.title)
        #expect(t.events.count == count)
        let utc = F.exportLines(t, zone: "UTC")
        let other = F.exportLines(t, zone: zone)
        #expect(utc.contains("Read as:    \(format.title)"))
        for (title, utcDay, utcTime, otherDay, otherTime) in rows {
            let u = try #require(F.shown(title, in: utc), "\(name): \(title)")
            #expect(u.day == utcDay && u.time == utcTime, "\(name): \(title) in UTC")
            let o = try #require(F.shown(title, in: other))
            #expect(o.day == otherDay && o.time == otherTime, "\(name): \(title) in \(zone)")
        }
    }

    @Test func timesketchCSV() throws {
        // "2015-07-24T19:01:01+00:00" … "2015-07-24T19:01:03+00:00"
        try check("timesketch/sigma_events.csv", format: .timesketchCSV, count: 4, zone: "Europe/Paris", [
            ("A message", "Friday 24 July 2015", "19:01:01", "Friday 24 July 2015", "21:01:01"),
            ("Another message", "Friday 24 July 2015", "19:01:02", "Friday 24 July 2015", "21:01:02"),
            ("Install: zmap:amd64 (1.1.0-1) [Commandline: apt-get install zmap]", "Friday 24 July 2015", "19:01:03", "Friday 24 July 2015", "21:01:03"),
        ])
        // "2012-03-14T04:17:38+00:00", "2022-07-24T19:01:01+0000", "2015-07-25 02:01:01+00:00"
        try check("timesketch/validate_timestamp_conversion.csv", format: .timesketchCSV, count: 3, zone: "America/New_York", [
            ("Checking timestamp conversion", "Wednesday 14 March 2012", "04:17:38", "Wednesday 14 March 2012", "00:17:38"),
            ("Make sure message is same", "Saturday 25 July 2015", "02:01:01", "Friday 24 July 2015", "22:01:01"),
        ])
        let t = try F.load("timesketch/validate_timestamp_conversion.csv")
        #expect(t.events.map(\.time.instant?.seconds) == [1_331_698_658, 1_437_789_661, 1_658_689_261])
    }

    @Test func timesketchKeepsEveryDigitWrittenAndNoMore() throws {
        let t = try F.load("timesketch/validate_time_precision.csv")
        // "2024-07-24T10:57:02.877297Z": to the µs; "2015-07-24T19:01:01+00:00": to the second.
        let lines = F.exportLines(t, zone: "Asia/Tokyo")
        #expect(F.shown("total precision in datetime", in: lines)! == ("Wednesday 24 July 2024", "19:57:02.877297"))
        #expect(F.shown("precision in timestamp", in: lines)! == ("Saturday 25 July 2015", "04:01:01"))
        #expect(t.events.map(\.precision) == [.second, .exact])
        // The other columns are kept as extra fields; timestamp_desc is the kind.
        #expect(t.events[1].extraFields.map(\.name) == ["timestamp", "data_type"])
        #expect(t.events[1].kind == "Write time")
        #expect(t.events[1].actor == nil)
        #expect(t.events[1].id == "validate_time_precision:2")
    }

    @Test func timesketchJSONL() throws {
        try check("timesketch/sigma_events.jsonl", format: .timesketchJSONL, count: 5, zone: "Australia/Sydney", [
            ("A message", "Friday 24 July 2015", "19:01:01", "Saturday 25 July 2015", "05:01:01"),
            ("Yet more messages", "Friday 24 July 2015", "19:01:03", "Saturday 25 July 2015", "05:01:03"),
            // "datetime":"2022-01-22T23:07:43.502205+00:00"
            ("[11 / 0x000b] Source Name: Microsoft-Windows-Sysmon", "Saturday 22 January 2022", "23:07:43.502205", "Sunday 23 January 2022", "10:07:43.502205"),
        ])
        try check("timesketch/validate_time_precision_jsonl.jsonl", format: .timesketchJSONL, count: 2, zone: "Europe/Paris", [
            ("total precision in datetime jsonl", "Wednesday 24 July 2024", "10:57:02.877297", "Wednesday 24 July 2024", "12:57:02.877297"),
            ("precision in timestamp jsonl", "Friday 24 July 2015", "19:01:01", "Friday 24 July 2015", "21:01:01"),
        ])
    }

    @Test func timesketchTimestampAloneIsMicrosecondsAndA1970ResultIsWarned() throws {
        let t = try F.load("timesketch/csv_timestamp_no_datetime.csv")
        // 1658689261123456 µs = 2022-07-24T19:01:01.123456Z, exact to the µs.
        let lines = F.exportLines(t, zone: "UTC")
        #expect(F.shown("microseconds_timestamp", in: lines)! == ("Sunday 24 July 2022", "19:01:01.123456"))
        #expect(t.warnings.count == 2)
        #expect(t.warnings[0].description.hasSuffix("csv_timestamp_no_datetime.csv:2:1: timestamp: 1658689261 read as microseconds since 1970 (Timesketch's unit) is in 1970; if it counts seconds or milliseconds, convert it or give a datetime"))
    }

    @Test func timesketchDatetimeOfSixteenDigitsIsMicrosecondsAsTimesketchReadsIt() throws {
        // Timesketch's own test file: "datetime" holds 1723474994349345, which its importer
        // reads as 2024-08-12T15:03:14.349345+00:00 (utils_test.py).
        let t = try F.load("timesketch/csv_timestamp_as_datetime.csv")
        #expect(t.events.count == 4)
        #expect(t.events.map(\.time.instant) == [
            Instant(seconds: 1_723_213_989, nanoseconds: 468_712_000), Instant(seconds: 1_723_474_994, nanoseconds: 349_345_000),
            Instant(seconds: 1_751_313_029, nanoseconds: 117_113_000), Instant(seconds: 1_751_349_507, nanoseconds: 214_025_000),
        ])
        #expect(F.shown("PageView", in: F.exportLines(t, zone: "UTC"))! == ("Friday 9 August 2024", "14:33:09.468712"))
        #expect(F.shown("PageView", in: F.exportLines(t, zone: "America/Chicago"))! == ("Friday 9 August 2024", "09:33:09.468712"))
        let utc = F.exportLines(t, zone: "UTC")
        #expect(utc.contains("Tuesday 1 July 2025") && utc.contains { $0.hasPrefix("  05:58:27.214025 ") })
        // Any other count of digits is not guessed.
        let csv = "datetime,message,timestamp_desc\n1723474994349,PageView,x\n"
        do throws(LoadFailure) {
            _ = try TimelineLoader.load(bytes: Array(csv.utf8), name: "ts.csv")
            Issue.record("a 13-digit datetime was read")
        } catch {
            #expect(error.problems.map(\.description) == ["ts.csv:2:1: datetime \"1723474994349\" is a number of 13 digits; Timesketch reads a datetime of 16 digits as microseconds since 1970, and no other; write an ISO 8601 time"])
        }
    }

    @Test func timesketchPlaceholderYearsBefore1700AreLeftOutAsTimesketchDoes() throws {
        // Timesketch's own test file: "1601-01-01T00:00:00Z" (Windows' zero) and a real
        // "2227-12-31T23:01:01+00:00"; its importer drops years before 1700.
        let t = try F.load("timesketch/validate_time_out_of_range.csv")
        #expect(t.events.map(\.title) == ["csv event in the distant future"])
        #expect(t.warnings.map(\.description) == [F.path("timesketch/validate_time_out_of_range.csv")
            + ":2:25: datetime: 1601-01-01T00:00:00Z is before 1700, a placeholder rather than a time (1601-01-01 is Windows' zero); left out, as Timesketch's importer does"])
        #expect(F.shown("csv event in the distant future", in: F.exportLines(t, zone: "UTC"))! == ("Monday 31 December 2227", "23:01:01"))
        #expect(F.shown("csv event in the distant future", in: F.exportLines(t, zone: "Asia/Tokyo"))! == ("Tuesday 1 January 2228", "08:01:01"))
    }

    @Test func aTimeWithoutAZoneIsRefusedWithItsPlaceAndTheWayOut() throws {
        let problems = F.problems("timesketch/invalid_datetime.csv")
        #expect(problems.first == F.path("timesketch/invalid_datetime.csv") + ":2:34: datetime \"2017-09-24 19:01:01\" has no zone; add --assume-zone UTC (or the zone the writer used)")
        #expect(problems.count == 4)  // three without a zone, one not a time at all
        #expect(problems.last!.hasSuffix(":5:26: datetime \"1234 19:01:01\" is not a time; expected ISO 8601 such as 2015-07-24T19:01:01+00:00"))
    }

    @Test func plasoDynamicCSV() throws {
        try check("plaso/dynamic.log", format: .plasoCSV, count: 20, zone: "Europe/Paris", [
            ("INFO No change in [/etc/netgroup]. Done", "Sunday 22 January 2012", "07:52:33", "Sunday 22 January 2012", "08:52:33"),
            ("Cron ran: /sbin/status.mycheck) for user: root pid: 31067", "Sunday 22 January 2012", "07:54:01", "Sunday 22 January 2012", "08:54:01"),
            ("Type: file Owner identifier: 1000", "Thursday 2 July 2026", "17:47:57.955519754", "Thursday 2 July 2026", "19:47:57.955519754"),
        ])
        // The same events written with +01:00 are the same instants.
        let a = try F.load("plaso/dynamic.log")
        let b = try F.load("plaso/dynamic_time_zone.log")
        #expect(a.events.map(\.sortInstant) == b.events.map(\.sortInstant))
        #expect(a.events[0].kind == "Content Modification Time")
        #expect(a.events[0].tags.isEmpty)  // "-" is Plaso's empty
    }

    @Test func plasoJSONLine() throws {
        try check("plaso/json_line.log", format: .plasoJSONL, count: 20, zone: "America/New_York", [
            ("INFO No new content in ímynd.dd.", "Sunday 22 January 2012", "07:52:33", "Sunday 22 January 2012", "02:52:33"),
            ("Cron ran: touch /var/run/crond.somecheck for user: root pid: 31051", "Sunday 22 January 2012", "07:53:01", "Sunday 22 January 2012", "02:53:01"),
            // date_time PosixTimeInNanoseconds 1783014478846326030: every ns digit.
            ("Type: file Owner identifier: 1000", "Thursday 2 July 2026", "17:47:57.955519754", "Thursday 2 July 2026", "13:47:57.955519754"),
        ])
        let t = try F.load("plaso/json_line.log")
        // TimeElements is to the second: no µs digits made up from `timestamp`.
        #expect(t.events[0].precision == .second)
    }

    @Test func plasoL2tCSV() throws {
        try check("plaso/l2tcsv.log", format: .plasoL2tCSV, count: 19, zone: "Asia/Tokyo", [
            ("INFO No new content in ímynd.dd.", "Sunday 22 January 2012", "07:52:33", "Sunday 22 January 2012", "16:52:33"),
            ("root — Cron ran: touch /var/run/crond.somecheck for user: root pid: 31068", "Sunday 22 January 2012", "07:54:01", "Sunday 22 January 2012", "16:54:01"),
        ])
        // The CET file: 08:52:33 CET is 07:52:33 UTC.
        let utc = try F.load("plaso/l2tcsv.log")
        let cet = try F.load("plaso/l2tcsv_time_zone.log")
        #expect(utc.events.map(\.sortInstant) == cet.events.map(\.sortInstant))
        #expect(utc.events.count >= 3 && utc.events[2].actor == "root")
    }

    /// psort's `tln` and `l2ttln`: the same 20 events as json_line, at the dates their
    /// descriptions write (the ns of a PosixTimeInNanoseconds kept), titled by the message.
    @Test func plasoTLN() throws {
        try check("plaso/tln.log", format: .plasoTLN, count: 20, zone: "Europe/Paris", [
            ("INFO No change in [/etc/netgroup]. Done", "Sunday 22 January 2012", "07:52:33", "Sunday 22 January 2012", "08:52:33"),
            ("root — Cron ran: touch /var/run/crond.somecheck for user: root pid: 31051", "Sunday 22 January 2012", "07:53:01",
             "Sunday 22 January 2012", "08:53:01"),
            ("Type: file Owner identifier: 1000", "Thursday 2 July 2026", "17:47:57.955519754", "Thursday 2 July 2026", "19:47:57.955519754"),
        ])
        let tln = try F.load("plaso/tln.log")
        let l2ttln = try F.load("plaso/l2ttln.log")
        let jsonLine = try F.load("plaso/json_line.log")
        #expect(l2ttln.inputFormat == "Plaso tln (l2ttln)")
        #expect(tln.events.map(\.sortInstant) == jsonLine.events.map(\.sortInstant))
        #expect(Set(tln.events.map(\.title)) == Set(jsonLine.events.map(\.title)))
        #expect(tln.events[0].kind == "Content Modification Time")
        #expect(l2ttln.events[0].extraFields.map(\.name) == ["source", "host", "tz", "notes"])
        // A description not psort's is the title whole, at Time to the second; a short line is refused at its place.
        let own = "Time|Source|Host|User|Description\n1327218753|REG|pc1|bob|Run key added\n"
        let failure = #expect(throws: LoadFailure.self) {
            try TimelineLoader.load(bytes: Array((own + "1327218754|REG|pc1\n").utf8), name: "t.log")
        }
        #expect(failure?.problems.map(\.description) == ["t.log:3:1: expected 5 values separated by | (Time|Source|Host|User|Description)"])
        let t = try TimelineLoader.load(bytes: Array(own.utf8), name: "t.log")
        #expect(t.events.map(\.title) == ["Run key added"])
        #expect(t.events[0].kind == "REG" && t.events[0].actor == "bob" && t.events[0].precision == .second)
        #expect(FormatFixtures.text(t, zone: "UTC").contains("  07:52:33       bob — Run key added\n"))
        // Without a header (Carvey's tools), named: the first line is an event.
        let bare = "1327218753|REG|pc1|bob|Run key added\n1327218760|FILE|pc1|-|report.docx opened\n"
        let named = try TimelineLoader.load(bytes: Array(bare.utf8), name: "bare.tln", format: .plasoTLN)
        #expect(named.events.map(\.title) == ["Run key added", "report.docx opened"])
        // Seven values a line: l2ttln, however long its first line.
        let long = "1327218753|REG|pc1|bob|" + String(repeating: "a long description ", count: 20) + "|UTC|File: NTUSER.DAT\n"
        let seven = try TimelineLoader.load(bytes: Array(long.utf8), name: "bare.tln", format: .plasoTLN)
        #expect(seven.inputFormat == "Plaso tln (l2ttln)")
        #expect(seven.events.first?.extraFields.last == ExtraField(name: "notes", json: #""File: NTUSER.DAT""#))
    }
}
