import Foundation
import Testing
@testable import TimelineModel

/// JSON Lines logs as the usual logging libraries write them, from lnav's test data
/// (bunyan, pino, zap via Caddy, log4j2, journald, ECS, Rust's tracing, a GitHub
/// archive) and Plaso's (Azure): times checked against the source in UTC and in another
/// zone, the unit of a numeric time taken only from a library's documented shape and
/// named in "Read as", and a log with no known time field refused with its fields listed.
@Suite struct LogWriterTests {
    typealias F = FormatFixtures

    func load(_ text: String, name: String = "app.jsonl", _ options: ReadOptions = ReadOptions()) throws(LoadFailure) -> Timeline {
        try TimelineLoader.load(bytes: Array(text.utf8), name: name, options: options)
    }

    func problems(_ text: String, name: String = "app.jsonl") -> [String] {
        do throws(LoadFailure) { _ = try load(text, name: name); return [] } catch { return error.problems.map(\.description) }
    }

    @Test func bunyanLevelsAreNamedAndItsServiceIsTheActor() throws {
        let t = try F.load("jsonl-log/logfile_bunyan.0")
        #expect(t.inputFormat == "JSON Lines log (bunyan)")
        #expect(t.events.count == 10)
        let utc = F.exportLines(t, zone: "UTC")
        let paris = F.exportLines(t, zone: "Europe/Paris")
        // "time":"2023-03-24T14:26:16.243Z", "level":30 (info), "name":"renovate".
        #expect(F.shown("Dependency extraction complete", in: utc)! == ("Friday 24 March 2023", "14:26:16.243"))
        #expect(F.shown("Dependency extraction complete", in: paris)! == ("Friday 24 March 2023", "15:26:16.243"))
        #expect(F.shown("Release 2.8.7 is pending status checks", in: utc)! == ("Friday 24 March 2023", "14:26:17.493"))
        #expect(F.shown("Release 2.10.0 is pending status checks", in: paris)! == ("Friday 24 March 2023", "15:26:18.330"))
        let done = try #require(t.events.first { $0.title == "Dependency extraction complete" })
        #expect(done.kind == "info")
        #expect(done.actor == "renovate")
        #expect(t.events.filter { $0.kind == "debug" }.count == 9)
    }

    @Test func pinoTimeIsReadAsMillisecondsAndTheHeaderSaysSo() throws {
        let t = try F.load("jsonl-log/logfile_pino.0")
        #expect(t.inputFormat == "JSON Lines log (pino: time in epoch milliseconds)")
        // "time":1745532517537 is 2025-04-24T22:08:37.537Z; the OpenTelemetry service.name is the actor.
        let e = try #require(t.events.first)
        #expect(e.time.instant == Instant(seconds: 1_745_532_517, nanoseconds: 537_000_000))
        #expect(e.actor == "payment")
        #expect(e.kind == "info")
        #expect(F.shown("Charge request received.", in: F.exportLines(t, zone: "UTC"))! == ("Thursday 24 April 2025", "22:08:37.537"))
        #expect(F.shown("Charge request received.", in: F.exportLines(t, zone: "Asia/Tokyo"))! == ("Friday 25 April 2025", "07:08:37.537"))
        let header = String(decoding: TextExporter(timeline: t, zone: nil, options: .init(details: false, width: nil)).export(), as: UTF8.self)
        #expect(header.contains("Read as:    JSON Lines log (pino: time in epoch milliseconds)"))
    }

    @Test func aNumberWithoutTheLibrarysWholeShapeIsStillRefused() {
        // No pid and hostname: not pino's shape, so the unit is not assumed.
        #expect(problems(#"{"level":30,"time":1531171074631,"msg":"hi"}"#)
                == ["app.jsonl:1:20: time 1531171074631 is a number with no unit; say which with --map time=time:s (or ms, us, ns)"])
        // pino's shape but ten digits (pino.stdTimeFunctions.unixTime): seconds or not, not assumed.
        #expect(problems(#"{"level":30,"time":1531171074,"pid":1,"hostname":"h","msg":"hi"}"#)
                == ["app.jsonl:1:20: time 1531171074 is a number with no unit; say which with --map time=time:s (or ms, us, ns)"])
        // zap's ts without a fraction is not zap's production encoder.
        #expect(problems(#"{"level":"info","ts":1761019822,"msg":"hi"}"#)
                == ["app.jsonl:1:22: ts 1761019822 is a number with no unit; say which with --map time=ts:s (or ms, us, ns)"])
    }

    @Test func aDurationFieldIsNeverTakenForTheTime() {
        // lnav's Cloudflare log: no time field we know, but "OriginResponseDurationMs": 0
        // (and other …Ms durations) must not become a time in 1970.
        let refused = F.problems("jsonl-log/logfile_cloudflare.json")
        #expect(refused.contains { $0.contains("not JSON Lines log: no time field") && $0.contains("ClientIP, ClientRequestHost") })
        #expect(problems(#"{"duration_ms":12,"msg":"x"}"#).contains { $0.contains("not JSON Lines log: no time field") })
        // journald's monotonic clock counts from boot, not from 1970.
        #expect(JSONLogReader.unit(ofField: "__MONOTONIC_TIMESTAMP") == nil)
        #expect(JSONLogReader.unit(ofField: "timeUnixNano") == .ns)
        #expect(JSONLogReader.unit(ofField: "ts_ms") == .ms)
        #expect(JSONLogReader.unit(ofField: "request_time_s") == nil)
    }

    @Test func caddyZapTimesAreSecondsWithTheDigitsWritten() throws {
        let t = try F.load("jsonl-log/caddy.log")
        #expect(t.inputFormat == "JSON Lines log (zap: ts in epoch seconds)")
        #expect(t.events.count == 39)
        let utc = F.exportLines(t, zone: "UTC")
        let ny = F.exportLines(t, zone: "America/New_York")
        // Line 1: "ts":1761019822.3152757 — seven digits kept, none added.
        #expect(F.shown("maxprocs: Leaving GOMAXPROCS=12", in: utc)! == ("Tuesday 21 October 2025", "04:10:22.3152757"))
        #expect(F.shown("maxprocs: Leaving GOMAXPROCS=12", in: ny)! == ("Tuesday 21 October 2025", "00:10:22.3152757"))
        // Line 4: "ts":1761019822.31575.
        #expect(F.shown("adapted config to JSON", in: utc)! == ("Tuesday 21 October 2025", "04:10:22.31575"))
        // The last line: "ts":1761019957.9247544.
        let last = try #require(t.events.last)
        #expect(last.time.instant == Instant(seconds: 1_761_019_957, nanoseconds: 924_754_400))
        #expect(last.title == "handled request")
        #expect(last.kind == "info")
    }

    @Test func log4j2InstantIsExactToTheNanosecond() throws {
        let t = try F.load("jsonl-log/logfile_json_subsec.json")
        #expect(t.inputFormat == "JSON Lines log (log4j2: instant in epoch seconds and nanoseconds)")
        // {"epochSecond": 1663977609,"nanoOfSecond": 484000000}; {1663977619, 222000123}.
        let utc = F.exportLines(t, zone: "UTC")
        let berlin = F.exportLines(t, zone: "Europe/Berlin")
        #expect(F.shown("Hello, World!", in: utc)! == ("Saturday 24 September 2022", "00:00:09.484000000"))
        #expect(F.shown("Hello, World!", in: berlin)! == ("Saturday 24 September 2022", "02:00:09.484000000"))
        #expect(F.shown("Goodbye, World!", in: berlin)! == ("Saturday 24 September 2022", "02:00:19.222000123"))
        // log4j2's compact JsonLayout writes timeMillis: the name states the unit.
        let millis = try load(#"{"timeMillis":1596433071010,"thread":"main","level":"INFO","loggerName":"kafka","message":"2017-11-09,237.18"}"#)
        #expect(millis.events[0].time.instant == Instant(seconds: 1_596_433_071, nanoseconds: 10_000_000))
        #expect(millis.events[0].kind == "INFO")
        #expect(millis.events[0].title == "2017-11-09,237.18")
    }

    @Test func journaldPriorityAndIdentifier() throws {
        let t = try F.load("jsonl-log/logfile_journald.json")
        // "__REALTIME_TIMESTAMP" : "1534860261221373" (µs), "PRIORITY" : "1", "SYSLOG_IDENTIFIER" : "python".
        let e = try #require(t.events.first { $0.title == "GPS Reference longitude: 7.358143333" })
        #expect(e.kind == "alert")
        #expect(e.actor == "python")
        #expect(F.shown("GPS Reference longitude", in: F.exportLines(t, zone: "UTC"))! == ("Tuesday 21 August 2018", "14:04:21.221373"))
        #expect(F.shown("GPS Reference latitude", in: F.exportLines(t, zone: "America/Los_Angeles"))! == ("Tuesday 21 August 2018", "07:04:21.221373"))
    }

    @Test func journaldBinaryMessageIsDecoded() throws {
        // journalctl -o json writes a MESSAGE that is not UTF-8 as an array of bytes.
        let t = try load(#"{"__REALTIME_TIMESTAMP":"1534860261221373","PRIORITY":"6","SYSLOG_IDENTIFIER":"kernel","MESSAGE":[27,91,51,49,109,111,107,27,91,48,109,32,255]}"#)
        #expect(t.warnings.isEmpty)
        #expect(t.events[0].title == "\u{1B}[31mok\u{1B}[0m \u{FFFD}")
        #expect(F.exportLines(t, zone: "UTC").contains { $0.contains("^[[31mok^[[0m \u{FFFD}") })
    }

    @Test func ecsLevelAndRustTracingMessage() throws {
        let ecs = try F.load("jsonl-log/logfile_ecs_log.json")
        #expect(ecs.events.map(\.kind) == ["debug", "info", "warning", "error", "critical"])
        #expect(F.shown("this is a info message num=74", in: F.exportLines(ecs, zone: "UTC"))! == ("Monday 13 January 2025", "09:58:13.632"))
        #expect(F.shown("this is a debug message num=39", in: F.exportLines(ecs, zone: "Asia/Kolkata"))! == ("Monday 13 January 2025", "15:28:13.631"))
        let tracing = try F.load("jsonl-log/logfile_rust_tracing.0")
        #expect(tracing.warnings.isEmpty)
        #expect(tracing.events.first?.title == "preparing to shave yaks")
        #expect(F.shown("preparing to shave yaks", in: F.exportLines(tracing, zone: "UTC"))! == ("Tuesday 28 October 2025", "19:15:10.821315"))
    }

    @Test func aLogWithoutAKnownTimeFieldIsRefusedWithItsFieldsAndReadWithMap() throws {
        let file = F.path("jsonl-log/gharchive_log.jsonl")
        let refused = F.problems("jsonl-log/gharchive_log.jsonl")
        // Not our own format's "missing required field" on every line: the list of readers.
        #expect(refused.first?.hasPrefix(file + ": is not in a format timeline-tui reads") == true)
        #expect(refused.contains(file + ": not JSON Lines log: no time field (time, timestamp, @timestamp, ts, datetime, date…) on the first line, whose fields are id, type, actor, repo, payload, public, created_at, org (--map time=FIELD names one)"))
        #expect(!refused.contains { $0.contains("missing required field") })
        // --map time=… alone says it is a JSON Lines log.
        let map = try FieldMap.parse("time=created_at,title=type").get()
        let t = try F.load("jsonl-log/gharchive_log.jsonl", ReadOptions(map: map))
        #expect(t.events.count == 5)
        // Every line's own "created_at" is "2024-01-01T15:00:00Z"; ties keep the file's order.
        #expect(t.events.map(\.title) == ["MemberEvent", "PushEvent", "ForkEvent", "PullRequestEvent", "PushEvent"])
        let utc = F.exportLines(t, zone: "UTC")
        #expect(F.shown("PushEvent", in: utc)! == ("Monday 1 January 2024", "15:00:00"))
        #expect(F.shown("PullRequestEvent", in: utc)! == ("Monday 1 January 2024", "15:00:00"))
        #expect(F.shown("ForkEvent", in: F.exportLines(t, zone: "America/Sao_Paulo"))! == ("Monday 1 January 2024", "12:00:00"))
        #expect(F.shown("MemberEvent", in: F.exportLines(t, zone: "Asia/Tokyo"))! == ("Tuesday 2 January 2024", "00:00:00"))
    }

    @Test func timeFieldNamesInAnotherCaseAreFound() throws {
        // Azure writes "timeStamp": "2021-10-14T22:17:11+00:00".
        let t = try F.load("jsonl-log/azure_application_gateway_access.json")
        #expect(t.events.count == 2)
        #expect(F.shown("(no title)", in: F.exportLines(t, zone: "UTC"))! == ("Thursday 14 October 2021", "22:17:11"))
        #expect(F.shown("(no title)", in: F.exportLines(t, zone: "Australia/Sydney"))! == ("Friday 15 October 2021", "09:17:11"))
    }

    @Test func gelfAndClefAreReadAsTheirSpecificationsSay() throws {
        // The GELF 1.1 specification's example: timestamp in seconds, level a syslog severity.
        let gelf = try load(#"{"version":"1.1","host":"example.org","short_message":"A short message that helps you identify what is going on","full_message":"Backtrace here\n\nmore stuff","timestamp":1385053862.3072,"level":1,"_user_id":9001}"#)
        #expect(gelf.inputFormat == "JSON Lines log (GELF: timestamp in epoch seconds)")
        let g = gelf.events[0]
        #expect(g.time.instant == Instant(seconds: 1_385_053_862, nanoseconds: 307_200_000))
        #expect(g.title == "A short message that helps you identify what is going on")
        #expect((g.actor, g.kind) == ("example.org", "alert"))
        // Serilog's compact format: @t, @mt (the template, filled in, when no @m), no @l
        // means Information.
        let clef = try load("""
            {"@t":"2016-06-07T03:44:57.8532799Z","@mt":"Hello, {User}","User":"nblumhardt"}
            {"@t":"2016-06-07T03:44:58.1Z","@m":"Disk full","@l":"Error"}
            """)
        #expect(clef.inputFormat == "JSON Lines log (Serilog CLEF)")
        #expect(clef.events.map(\.title) == [#"Hello, "nblumhardt""#, "Disk full"])
        #expect(clef.events.map(\.kind) == ["Information", "Error"])
        #expect(F.shown(#"Hello, "nblumhardt""#, in: F.exportLines(clef, zone: "UTC"))! == ("Tuesday 7 June 2016", "03:44:57.8532799"))
    }
}
