import Foundation
import Testing
@testable import TimelineModel

/// JSON Lines logs and text logs, from Plaso's test data (Docker, GCP, CRI, dpkg) and
/// small files written here: time, title, kind and actor from the usual fields, `--map`,
/// epoch units never guessed, zoneless times refused with the way out.
@Suite struct LogReadingTests {
    typealias F = FormatFixtures

    func load(_ text: String, name: String = "app.jsonl", _ options: ReadOptions = ReadOptions()) throws(LoadFailure) -> Timeline {
        try TimelineLoader.load(bytes: Array(text.utf8), name: name, options: options)
    }

    func problems(_ text: String, name: String = "app.jsonl", _ options: ReadOptions = ReadOptions()) -> [String] {
        do throws(LoadFailure) { _ = try load(text, name: name, options); return [] } catch { return error.problems.map(\.description) }
    }

    @Test func dockerJSONLogNeedsAZoneForItsFirstLineAndKeepsItsDigits() throws {
        #expect(F.problems("jsonl-log/container-json.log") == [
            F.path("jsonl-log/container-json.log") + ":1:118: time \"2016-01-07T16:49:10.0\" has no zone; add --assume-zone UTC (or the zone the writer used)",
        ])
        let t = try F.load("jsonl-log/container-json.log", ReadOptions(time: TimeReading(assumedZone: .utc)))
        #expect(t.inputFormat == "JSON Lines log")
        #expect(t.events.count == 10)
        let utc = F.exportLines(t, zone: "UTC")
        let ny = F.exportLines(t, zone: "America/New_York")
        // "2016-01-07T16:49:10.2Z", ".23Z", ".237Z": as many digits as written.
        let times = utc.filter { $0.hasPrefix("  16:49:10") }.map { $0.dropFirst(2).prefix { $0 != " " } }
        #expect(Array(times.prefix(4)) == ["16:49:10.0", "16:49:10.2", "16:49:10.23", "16:49:10.237"])
        #expect(ny.contains { $0.hasPrefix("  11:49:10.237 ") })
        #expect(ny.contains("Thursday 7 January 2016"))
        // The log's OSC title sequence and BEL reach the export neutralised.
        #expect(utc.contains { $0.contains("^[]0;root@e7d0b7ea5ccf: /home/plaso^Groot@e7d0b7ea5ccf") })
        #expect(t.events[0].extraFields.map(\.name) == ["stream"])
    }

    @Test func gcpAuditLogWithMappedNestedTitleAndActor() throws {
        let map = try FieldMap.parse("title=protoPayload.methodName,actor=protoPayload.authenticationInfo.principalEmail").get()
        let t = try F.load("jsonl-log/gcp_logging.jsonl", ReadOptions(map: map))
        #expect(t.events.count == 11)
        // Line 1: "timestamp": "2021-10-19T02:57:47.339377Z", severity NOTICE.
        let first = try #require(t.events.first { $0.id == "gcp_logging:1" })
        #expect(first.title == "beta.compute.networks.insert")
        #expect(first.actor == "fakeemailxyz@gmail.com")
        #expect(first.kind == "NOTICE")
        #expect(first.time.instant == Instant(seconds: 1_634_612_267, nanoseconds: 339_377_000))
        // Line 2 "2021-10-19T02:57:39.354769Z" sorts first; line 5 has nanoseconds
        // ("02:43:48.064377809Z"); line 11 "2024-12-03T17:58:44.882119699Z" is an ERROR.
        let paris = F.exportLines(t, zone: "Europe/Paris")
        let utc = F.exportLines(t, zone: "UTC")
        #expect(F.shown("beta.compute.networks.insert", in: paris)! == ("Tuesday 19 October 2021", "04:57:39.354769"))
        #expect(F.shown("beta.compute.networks.insert", in: utc)! == ("Tuesday 19 October 2021", "02:57:39.354769"))
        #expect(F.shown("google.iam.admin.v1.CreateServiceAccount", in: utc)! == ("Tuesday 19 October 2021", "02:43:48.064377809"))
        #expect(F.shown("google.iam.admin.v1.CreateServiceAccount", in: paris)! == ("Tuesday 19 October 2021", "04:43:48.064377809"))
        #expect(t.events.last?.kind == "ERROR")
        // Without --map the first line's AuditLog payload names the schema: each audit
        // line's methodName is its title and its principal its actor, as mapped above;
        // line 9 is Cloud Logging's textPayload; line 8 (a jsonPayload without a message)
        // says it has no title, none is invented.
        let plain = try F.load("jsonl-log/gcp_logging.jsonl")
        #expect(plain.inputFormat == "JSON Lines log (Google Cloud audit log)")
        #expect(plain.events.first { $0.id == "gcp_logging:9" }?.title == "This is a text payload")
        #expect(plain.events.filter { $0.title == "(no title)" }.map(\.id) == ["gcp_logging:8"])
        #expect(plain.warnings.count == 1)
        for e in t.events where e.id != "gcp_logging:8" && e.id != "gcp_logging:9" {
            let same = try #require(plain.events.first { $0.id == e.id })
            #expect(same.title == e.title && same.actor == e.actor && same.kind == e.kind && same.time == e.time)
        }
        #expect(F.shown("beta.compute.networks.insert", in: F.exportLines(plain, zone: "UTC"))! == ("Tuesday 19 October 2021", "02:57:39.354769"))
    }

    @Test func usualFieldsGiveTimeTitleKindAndActor() throws {
        let t = try load("""
            {"@timestamp":"2019-07-02T13:42:11.5Z","message":"WAF rule deployed\\nsecond line","level":"warn","host":"edge-17","req":"a1"}
            {"__REALTIME_TIMESTAMP":"1562074932123456","MESSAGE":"journald line","PRIORITY":"3","SYSLOG_IDENTIFIER":"sshd"}
            {"ts_ms":1562074933250,"msg":"","service":"api"}
            """)
        #expect(t.events.map(\.title) == ["WAF rule deployed", "journald line", "(no title)"])
        #expect(t.events[0].text == "WAF rule deployed\nsecond line")
        #expect(t.events.map(\.kind) == ["warn", "err", nil])
        #expect(t.events.map(\.actor) == ["edge-17", "sshd", "api"])
        #expect(t.events.map(\.id) == ["app:1", "app:2", "app:3"])
        #expect(t.events[1].time.instant == Instant(seconds: 1_562_074_932, nanoseconds: 123_456_000))
        #expect(t.events[2].time.instant == Instant(seconds: 1_562_074_933, nanoseconds: 250_000_000))
        #expect(t.events[0].extraFields.map(\.name) == ["req"])
        #expect(t.warnings.map(\.description) == ["app.jsonl:3:30: msg: empty message; shown as (no title)"])
    }

    @Test func anEpochNumberWithoutAUnitIsRefusedWithTheWayOut() throws {
        let line = #"{"ts":1562074931,"msg":"hi"}"#
        #expect(problems(line) == ["app.jsonl:1:7: ts 1562074931 is a number with no unit; say which with --map time=ts:s (or ms, us, ns)"])
        let map = try FieldMap.parse("time=ts:s,id=msg").get()
        let t = try load(line, ReadOptions(map: map))
        #expect(t.events[0].time.instant == Instant(seconds: 1_562_074_931))
        #expect(t.events[0].id == "hi")
        #expect(t.events[0].precision == .second)
    }

    @Test func mapIsCheckedWhenRead() {
        #expect(FieldMap.parse("time=ts:hours") == .failure(.init(message: "--map time=FIELD:UNIT takes a unit of s, ms, us or ns, not \"hours\"")))
        #expect(FieldMap.parse("when=ts") == .failure(.init(message: "--map knows time, title, actor, kind, id, not \"when\"")))
        #expect(FieldMap.parse("time") == .failure(.init(message: "--map takes ROLE=FIELD pairs separated by commas (time=ts:ms,title=msg), not \"time\"")))
    }

    @Test func repeatedMappedIdsAreRefused() {
        let text = """
            {"time":"2019-07-02T13:42:11Z","msg":"a","req":"r1"}
            {"time":"2019-07-02T13:42:12Z","msg":"b","req":"r1"}
            """
        let map = try! FieldMap.parse("id=req").get()
        #expect(problems(text, ReadOptions(map: map)) == ["app.jsonl:2:48: req: duplicate id \"r1\" (first used at line 1, column 48)"])
    }

    @Test func criTextLogKeepsNanoseconds() throws {
        let t = try F.load("text-log/cri.log")
        #expect(t.inputFormat == "text log")
        #expect(t.events.count == 17)
        // "2016-10-06T00:17:09.669794202Z stdout P log content 1"
        let utc = F.exportLines(t, zone: "UTC")
        let tokyo = F.exportLines(t, zone: "Asia/Tokyo")
        #expect(F.shown("stdout P log content 1", in: utc)! == ("Thursday 6 October 2016", "00:17:09.669794202"))
        #expect(F.shown("stdout P log content 1", in: tokyo)! == ("Thursday 6 October 2016", "09:17:09.669794202"))
        // "2024-04-16T06:21:30.49495227Z": eight digits, no ninth made up.
        #expect(F.shown("Health service listening on 0.0.0.0:81", in: utc)! == ("Tuesday 16 April 2024", "06:21:30.49495227"))
        #expect(F.shown("Starting server...", in: tokyo)! == ("Tuesday 16 April 2024", "15:21:30.494902976"))
        #expect(t.events.allSatisfy { $0.actor == nil })
    }

    @Test func dpkgLogIsRefusedWithoutAZoneAndReadWithOne() throws {
        let problems = F.problems("text-log/dpkg.log")
        #expect(problems.count == 4)
        #expect(problems[0] == F.path("text-log/dpkg.log") + ":1:1: time \"2009-02-25 11:45:23\" has no zone; add --assume-zone UTC (or the zone the writer used)")
        let berlin = Zone(identifier: "Europe/Berlin")!
        let t = try F.load("text-log/dpkg.log", ReadOptions(time: TimeReading(assumedZone: berlin)))
        let utc = F.exportLines(t, zone: "UTC")
        // Winter (CET, +01:00) and summer (CEST, +02:00) both right.
        #expect(F.shown("conffile /etc/X11/Xsession keep", in: utc)! == ("Wednesday 25 February 2009", "10:45:23"))
        #expect(F.shown("install base-passwd:amd64 <none> 3.5.33", in: utc)! == ("Saturday 6 August 2016", "15:35:39"))
        #expect(F.shown("status half-installed base-passwd:amd64 3.5.33", in: utc)! == ("Tuesday 9 August 2016", "02:57:14"))
        // Shown in the zone it was written in by default offset: Berlin local time again.
        #expect(F.shown("status half-installed", in: F.exportLines(t, zone: "Europe/Berlin"))! == ("Tuesday 9 August 2016", "04:57:14"))
    }

    @Test func rfc5424SyslogGivesSeverityAppAndMessage() throws {
        // rsyslog's RSYSLOG_SyslogProtocol23Format, from Plaso's test data.
        let t = try F.load("text-log/syslog_rsyslog_SyslogProtocol23Format")
        #expect(t.inputFormat == "text log")
        #expect(t.events.count == 9)
        // "<15>1 2021-03-06T04:07:38.251122+00:00 hostname log_tag - 123 -  this is debug"
        let debug = try #require(t.events.first)
        #expect((debug.title, debug.kind, debug.actor) == ("this is debug", "debug", "log_tag"))
        #expect(debug.extraFields == [ExtraField(name: "host", json: "\"hostname\""), ExtraField(name: "msgid", json: "\"123\"")])
        // A line without a header continues the message before it.
        #expect(t.events[1].text == "this is info\nwith another line")
        // "<10>1 …251352+00:00 hostname log_tag - - -  this is critical": PRI 10 is crit.
        #expect(t.events.first { $0.title == "this is critical" }?.kind == "crit")
        let utc = F.exportLines(t, zone: "UTC")
        let madrid = F.exportLines(t, zone: "Europe/Madrid")
        let chicago = F.exportLines(t, zone: "America/Chicago")
        #expect(F.shown("this is debug", in: utc)! == ("Saturday 6 March 2021", "04:07:38.251122"))
        #expect(F.shown("this is debug", in: madrid)! == ("Saturday 6 March 2021", "05:07:38.251122"))
        // "<78>1 2021-03-06T04:07:38.269077+00:00 hostname cron 18898 - -  (CRON) INFO (Skipping @reboot jobs …)"
        #expect(F.shown("(CRON) INFO (Skipping @reboot jobs", in: chicago)! == ("Friday 5 March 2021", "22:07:38.269077"))
        let cron = try #require(t.events.last)
        #expect((cron.kind, cron.actor) == ("info", "cron"))
        // The RFC's own example, with structured data and a BOM before the message.
        let rfc = try load("<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 iut=\"3\" eventSource=\"Application\" eventID=\"1011\"] \u{FEFF}An application event log entry...", name: "rfc.log")
        let e = try #require(rfc.events.first)
        #expect((e.title, e.kind, e.actor) == ("An application event log entry...", "notice", "evntslog"))
        #expect(e.extraFields.map(\.name) == ["host", "msgid", "structured_data"])
        #expect(e.time.instant == Instant(seconds: 1_065_910_455, nanoseconds: 3_000_000))
    }

    @Test func anRFC5424LineWithNoTimeIsLeftOutWithAWarningNotAddedToTheLineBefore() throws {
        // RFC 5424 §6.2.3: a sender without a clock writes the NILVALUE "-" as TIMESTAMP.
        let t = try load("""
            <34>1 2003-10-11T22:14:15.003Z mymachine.example.com su - ID47 - 'su root' failed for lonvick on /dev/pts/8
            <165>1 - mymachine.example.com clockless - - - a line from a sender with no clock
            <13>1 2003-10-11T22:14:16Z mymachine.example.com app - - - next
            """, name: "nil.log")
        #expect(t.events.map(\.title) == ["'su root' failed for lonvick on /dev/pts/8", "next"])
        #expect(t.events[0].text == nil)
        #expect(t.warnings.map(\.description) == ["nil.log:2:1: an RFC 5424 line with no time (its TIMESTAMP is -); left out"])
    }

    @Test func textLogLinesWithoutATimeContinueTheEvent() throws {
        let t = try load("""
            2019-07-02T13:42:11Z edge-17 WAF rule deployed
              rule 942100 (SQL injection)
              scope: all edges

            2019-07-02 13:45:00+02:00    second    event
            """, name: "waf.log")
        #expect(t.events.count == 2)
        let waf = try #require(t.events.first { $0.id == "waf:1" })
        #expect(waf.title == "edge-17 WAF rule deployed")
        #expect(waf.text == "edge-17 WAF rule deployed\n  rule 942100 (SQL injection)\n  scope: all edges")
        #expect(t.events.first { $0.id == "waf:5" }?.title == "second event")
    }

    @Test func longTitlesAreCutAt200CharactersWithTheFullTextKept() throws {
        let long = String(repeating: "é", count: 250)
        let t = try load("2019-07-02T13:42:11Z \(long)", name: "x.log")
        #expect(t.events[0].title.count == 200 && t.events[0].title.hasSuffix("…"))
        #expect(t.events[0].text == long)
    }
}
