import Foundation
import Testing
@testable import TimelineModel

/// psort's `json` output (`psort.py -o json`): Plaso's own end-to-end file and one built
/// exactly as `plaso/output/json_out.py` writes (see Tests/Fixtures/formats/SOURCES.md),
/// opened by detection and exported in UTC and in another zone.
@Suite struct PlasoJSONReadingTests {
    typealias F = FormatFixtures

    @Test func plasosOwnFileReadsLikeItsJSONLineTwin() throws {
        let t = try F.load("plaso/json.log")
        #expect(t.inputFormat == "Plaso json")
        #expect(t.events.count == 20)
        let utc = F.exportLines(t, zone: "UTC")
        let ny = F.exportLines(t, zone: "America/New_York")
        #expect(utc.contains("Read as:    Plaso json"))
        for (title, utcDay, utcTime, nyDay, nyTime) in [
            ("INFO No new content in ímynd.dd.", "Sunday 22 January 2012", "07:52:33", "Sunday 22 January 2012", "02:52:33"),
            ("Cron ran: touch /var/run/crond.somecheck for user: root pid: 31051", "Sunday 22 January 2012", "07:53:01", "Sunday 22 January 2012", "02:53:01"),
            ("testing leap year in parsing", "Wednesday 29 February 2012", "01:15:43", "Tuesday 28 February 2012", "20:15:43"),
            // date_time PosixTimeInNanoseconds 1783014477955519754: every ns digit, not
            // `timestamp`'s rounded 1783014477955520 µs.
            ("Type: file Owner identifier: 1000", "Thursday 2 July 2026", "17:47:57.955519754", "Thursday 2 July 2026", "13:47:57.955519754"),
        ] {
            let u = try #require(F.shown(title, in: utc), "\(title)")
            #expect(u.day == utcDay && u.time == utcTime, "\(title) in UTC")
            let n = try #require(F.shown(title, in: ny))
            #expect(n.day == nyDay && n.time == nyTime, "\(title) in New York")
        }
        // The member's name is the id; timestamp_desc the kind; TimeElements to the second.
        let first = try #require(t.events.first { $0.id == "event_0" })
        #expect(first.title == "[client, pid: 30840] INFO No new content in ímynd.dd.")
        #expect(first.kind == "Content Modification Time")
        #expect(first.precision == .second)
        #expect(first.actor == nil)
        #expect(first.extraFields.map(\.name).contains("pathspec"))
        #expect(!first.extraFields.map(\.name).contains("date_time"))
        // The same events as psort's json_line output of the same run.
        let twin = try F.load("plaso/json_line.log")
        #expect(t.events.map(\.sortInstant).sorted() == twin.events.map(\.sortInstant).sorted())
        #expect(t.events.map(\.title).sorted() == twin.events.map(\.title).sorted())
    }

    @Test func dateTimeClassesGiveTheirDigitsZonesAndNoTime() throws {
        let t = try F.load("plaso/json_built.log")
        #expect(t.events.map(\.id) == ["event_2", "event_3", "event_0"])
        let utc = F.exportLines(t, zone: "UTC")
        let tokyo = F.exportLines(t, zone: "Asia/Tokyo")
        // Filetime 132065485311234567 (100 ns since 1601): 7 digits, not the rounded µs.
        #expect(F.shown("SAM Type: file", in: utc)! == ("Tuesday 2 July 2019", "13:42:11.1234567"))
        #expect(F.shown("SAM Type: file", in: tokyo)! == ("Tuesday 2 July 2019", "22:42:11.1234567"))
        // Systemtime: to the millisecond.
        #expect(F.shown("GoogleUpdate.exe", in: utc)! == ("Saturday 24 August 2013", "06:12:54.512"))
        #expect(F.shown("GoogleUpdate.exe", in: tokyo)! == ("Saturday 24 August 2013", "15:12:54.512"))
        // time_zone_offset 60: written 08:52:33 at +01:00, the instant 07:52:33 UTC.
        #expect(F.shown("No change in", in: utc)! == ("Sunday 22 January 2012", "07:52:33"))
        #expect(F.shown("No change in", in: tokyo)! == ("Sunday 22 January 2012", "16:52:33"))
        guard case .instant(let i, let form) = t.events[0].time else { Issue.record("not an instant"); return }
        #expect(i.seconds == 1_327_218_753 && form.offsetSeconds == 3600 && form.fractionDigits == 0)
        // The event tag's labels are the tags.
        #expect(t.events[1].tags == ["persistence", "browser_search"])
        // NotSet with timestamp 0: left out with a warning at its date_time, never 1970.
        #expect(t.warnings.map(\.description) == [
            F.path("plaso/json_built.log") + ":2:136: event_1.date_time: Plaso wrote no time for this event (NotSet); it is left out",
        ])
        #expect(!utc.contains { $0.contains("1970") })
    }

    @Test func detectedByItsFirstEventAndNotTakenForOthers() throws {
        let sample = FileSample(try F.bytes("plaso/json.log"))
        #expect(PlasoJSONReader.declines(sample) == nil)
        #expect(PlasoJSONReader.declines(FileSample(try F.bytes("plaso/json_line.log"))) == "the first field is not \"event_0\"")
        #expect(PlasoJSONReader.declines(FileSample(try F.bytes("plaso/dynamic.log"))) == "does not start with '{'")
        #expect(PlasoJSONReader.declines(FileSample(try F.bytes("statuspage/emma-incidents.json"))) == "the first field is not \"event_0\"")
        #expect(PlasoJSONReader.declines(FileSample(Array(#"{"event_0": {"title": "x"}}"#.utf8)))
                == #"its first event has no "__container_type__" or "date_time""#)
        #expect(try F.load("plaso/json_line.log").inputFormat == "Plaso json_line")
    }

    /// The same events pretty-printed (`jq .`, Python's `json.dump(indent=2)`): one event
    /// over many lines, read the same, problems placed on their own line.
    @Test func aPrettyPrintedDocumentReadsTheSame() throws {
        let text = """
            {
              "event_0": {
                "__container_type__": "event",
                "date_time": {"__class_name__": "PosixTimeInMilliseconds", "__type__": "DateTimeValues", "timestamp": 1562074931123},
                "message": "WAF rule deployed",
                "timestamp": 1562074931123000,
                "timestamp_desc": "Creation Time"
              },
              "event_1": {
                "__container_type__": "event",
                "date_time": {"__class_name__": "NotSet", "__type__": "DateTimeValues", "string": "Not set"},
                "message": "never",
                "timestamp": 0,
                "timestamp_desc": "Not a time"
              }
            }

            """
        let t = try TimelineLoader.load(bytes: Array(text.utf8), name: "pretty.json")
        #expect(t.inputFormat == "Plaso json")
        #expect(t.events.map(\.id) == ["event_0"])
        #expect(F.shown("WAF rule deployed", in: F.exportLines(t, zone: "Europe/Paris"))! == ("Tuesday 2 July 2019", "15:42:11.123"))
        #expect(t.warnings.map(\.description) == ["pretty.json:11:18: event_1.date_time: Plaso wrote no time for this event (NotSet); it is left out"])
    }

    @Test func aBrokenDocumentIsRefusedWithItsPlace() {
        func problems(_ text: String, format: InputFormat? = nil) -> [String] {
            do throws(LoadFailure) {
                _ = try TimelineLoader.load(bytes: Array(text.utf8), name: "p.json", format: format)
                return []
            } catch {
                return error.problems.map(\.description)
            }
        }
        let event = #"{"__container_type__": "event", "date_time": {"__class_name__": "PosixTime", "timestamp": 1}, "message": "m", "timestamp": 1000000, "timestamp_desc": "t"}"#
        #expect(problems("{\"event_0\": \(event)\n, \"event_1\": \(event)\n") == ["p.json:3:1: the file ends before the object's closing '}'"])
        #expect(problems("{\"event_0\": \(event)\n} trailing") == ["p.json:2:3: more text after the object's closing '}'"])
        #expect(problems("{\"event_0\": \(event)\n, \"event_1\": [1]\n}") == ["p.json:2:14: event_1: expected an event object"])
        #expect(problems("[1, 2]", format: .plasoJSON)
                == [#"p.json:1:1: expected a JSON object whose fields are psort's events ({"event_0": {…}, …})"#])
        #expect(problems("{\"event_0\": {\"__container_type__\": \"event\", \"message\": \"m\"}\n}")
                == ["p.json:1:1: event_0.timestamp: no timestamp in microseconds since 1970"])
    }

    /// A big file is read in two parts at once from a line starting `, "event_`; the
    /// result is the one-thread result. A long extra field makes the file big with few
    /// events (the split is over bytes; the events are what is checked).
    @Test func aBigFileReadInTwoPartsGivesTheSameEvents() throws {
        let count = 6_500
        let padding = String(repeating: "x", count: 480)
        var text = "{"
        for n in 0..<count {
            if n > 0 { text += ", " }
            let s = 1_562_074_931 + (n * 7919) % count
            text += #""event_\#(n)": {"__container_type__": "event", "date_time": {"__class_name__": "PosixTime", "__type__": "DateTimeValues", "timestamp": \#(s)}, "message": "event number \#(n) with some words to make the line longer than it needs to be", "parser": "\#(padding)", "timestamp": \#(s)000000, "timestamp_desc": "Creation Time"}"# + "\n"
        }
        text += "}"
        let bytes = Array(text.utf8)
        #expect(bytes.count >= RecordReader.halvesThreshold)
        let t = try TimelineLoader.load(bytes: bytes, name: "big.json")
        #expect(t.events.count == count)
        #expect(Set(t.events.map(\.id)).count == count)
        let e = try #require(t.events.first { $0.id == "event_\(count - 1)" })
        #expect(e.title == "event number \(count - 1) with some words to make the line longer than it needs to be")
        #expect(e.time.instant?.seconds == Int64(1_562_074_931 + ((count - 1) * 7919) % count))
    }
}

/// Timesketch's `centos_sshd_events.jsonl`: Plaso's json_line of a CentOS `/var/log/secure`,
/// whose syslog lines carry no zone. Plaso kept `"is_local_time": true` with the elements
/// `[2022, 10, 7, 11, 39, 3]` and, told no zone, wrote them as UTC (`timestamp`
/// 1665142743000000 is 11:39:03 UTC): the zone was never known, so it is not guessed here.
@Suite struct PlasoLocalTimeTests {
    typealias F = FormatFixtures

    @Test func aLocalTimePlasoTookAsUTCIsRefusedWithoutAZone() {
        let problems = F.problems("plaso/centos_sshd_events.jsonl")
        #expect(problems.count == 5)
        #expect(problems.first?.contains("centos_sshd_events.jsonl:1:189: date_time: \"2022-10-07T11:39:03\" is a local time with no zone") == true)
        #expect(problems.first?.hasSuffix("add --assume-zone UTC (or the zone the writer used)") == true)
    }

    @Test func theZoneGivenPlacesIt() throws {
        let utc = try F.load("plaso/centos_sshd_events.jsonl", ReadOptions(time: TimeReading(assumedZone: .utc)))
        #expect(F.shown("port 50352 ssh2", in: F.exportLines(utc))! == ("Friday 7 October 2022", "11:39:03"))
        let ny = try F.load("plaso/centos_sshd_events.jsonl", ReadOptions(time: TimeReading(assumedZone: Zone(identifier: "America/New_York"))))
        // 11:39:03 EDT is 15:39:03 UTC; line 5 ([…, 11, 39, 4]) a second later.
        #expect(F.shown("port 50352 ssh2", in: F.exportLines(ny, zone: "UTC"))! == ("Friday 7 October 2022", "15:39:03"))
        #expect(F.shown("port 50354 ssh2", in: F.exportLines(ny, zone: "UTC"))! == ("Friday 7 October 2022", "15:39:04"))
        #expect(F.shown("port 50352 ssh2", in: F.exportLines(ny, zone: "America/New_York"))! == ("Friday 7 October 2022", "11:39:03"))
        #expect(ny.events.first?.precision == .second)
    }
}
