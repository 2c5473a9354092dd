import Foundation
import Testing
@testable import TimelineModel

/// Zeek's logs, as JSON (`LogAscii::use_json=T`) and as its own TSV, open without
/// `--map`: `ts` is epoch seconds with the digits Zeek wrote, the title is made from the
/// line's fields (Zeek writes no message), the kind is the log's name and the actor the
/// originating host. Files from Zeek's documentation and its own tests (SOURCES.md).
@Suite struct ZeekLogReadingTests {
    func export(_ t: Timeline, zone: String? = nil) -> String { FormatFixtures.text(t, zone: zone) }

    @Test func aConnLogShowsEachConnectionsTwoEnds() throws {
        let t = try FormatFixtures.load("zeek/json/conn.log")
        #expect(t.inputFormat == "JSON Lines log (Zeek: ts in epoch seconds)")
        #expect(t.warnings.isEmpty)
        #expect(t.events.map(\.title) == ["192.168.4.76:36844 → 192.168.4.1:53 udp dns SF",
                                          "192.168.4.76:46378 → 31.3.245.133:80 tcp http SF"])
        #expect(t.events.map { $0.kind ?? "" } == ["conn", "conn"])
        #expect(t.events.map { $0.actor ?? "" } == ["192.168.4.76", "192.168.4.76"])
        // The µs Zeek wrote, in UTC and in New York (tcpdump's 14:39:59.305988 of the same trace).
        #expect(export(t).contains("Friday 5 June 2020\n  14:39:59.305988  192.168.4.76 — 192.168.4.76:36844 → 192.168.4.1:53 udp dns SF\n"))
        #expect(export(t, zone: "America/New_York").contains("  10:39:59.430166  192.168.4.76 — 192.168.4.76:46378 → 31.3.245.133:80"))
        // Every field is kept: `uid` ties the line to the same connection in other logs.
        #expect(t.events[0].extraFields.contains(ExtraField(name: "uid", json: #""CMdzit1AMNsmfAIiQc""#)))
        #expect(t.events[0].extraFields.contains(ExtraField(name: "duration", json: "0.06685185432434082")))
    }

    @Test func dnsHttpAndFilesLogsSayWhatWasAskedAndSent() throws {
        let dns = try FormatFixtures.load("zeek/json/dns.log")
        #expect(dns.events.map(\.title) == ["testmyids.com A NOERROR → 31.3.245.133", "testmyids.com AAAA NOERROR"])
        #expect(dns.events.map { $0.kind ?? "" } == ["dns", "dns"])
        let http = try FormatFixtures.load("zeek/json/http.log")
        #expect(http.events.map(\.title) == ["GET testmyids.com / 200 OK"])
        #expect(export(http, zone: "Europe/Paris").contains("  16:39:59.512593  192.168.4.76 — GET testmyids.com / 200 OK\n"))
        // files.log names no host of its own; `ts` written with 3 digits keeps 3.
        let files = try FormatFixtures.load("zeek/json/files.log")
        #expect(files.events.map(\.title) == ["HTTP text/plain"])
        #expect(files.events.map(\.actor) == [nil])
        #expect(export(files).contains("  14:39:59.604   HTTP text/plain\n"))
        // A log with neither a connection nor a uid is Zeek's by its file's name.
        let filter = try FormatFixtures.load("zeek/json/packet_filter.log")
        #expect(filter.inputFormat == "JSON Lines log (Zeek: ts in epoch seconds)")
        #expect(filter.events.map(\.title) == ["ip or not ip"])
        #expect(filter.events.map(\.kind) == ["packet_filter"])
    }

    /// One stream of every log (`_path` on each line, as Zeek's JSON streaming and
    /// Corelight write), `ts` as ISO 8601 (`JSON::TS_ISO8601`) or whole milliseconds
    /// (`JSON::TS_MILLIS`).
    @Test func pathOnEachLineAndOtherTimestampStyles() throws {
        let stream = try TimelineLoader.load(bytes: Array("""
            {"_path":"conn","_write_ts":"2020-06-05T14:40:00.000000Z","ts":"2020-06-05T14:39:59.305988Z","uid":"CMdzit1AMNsmfAIiQc","id.orig_h":"2001:db8::4c","id.orig_p":36844,"id.resp_h":"2001:db8::1","id.resp_p":53,"proto":"udp"}
            {"_path":"notice","ts":"2020-06-05T14:40:01.5Z","note":"Scan::Port_Scan","msg":"192.168.4.76 scanned at least 15 unique ports of host 192.168.4.1 in 0m2s","src":"192.168.4.76"}
            {"_path":"weird","ts":"2020-06-05T14:40:02Z","name":"dns_unmatched_reply","id.orig_h":"192.168.4.76","id.orig_p":36844,"id.resp_h":"192.168.4.1","id.resp_p":53}

            """.utf8), name: "zeek.json")
        #expect(stream.inputFormat == "JSON Lines log (Zeek)")
        #expect(stream.events.map(\.title) == ["[2001:db8::4c]:36844 → [2001:db8::1]:53 udp",
                                               "Scan::Port_Scan: 192.168.4.76 scanned at least 15 unique ports of host 192.168.4.1 in 0m2s",
                                               "dns_unmatched_reply"])
        #expect(stream.events.map { $0.kind ?? "" } == ["conn", "notice", "weird"])
        #expect(stream.events.map { $0.actor ?? "" } == ["2001:db8::4c", "192.168.4.76", "192.168.4.76"])
        // `_path` is the kind; the other fields stay.
        #expect(!stream.events[0].extraFields.contains { $0.name == "_path" })
        #expect(stream.events[0].extraFields.contains { $0.name == "_write_ts" })
        #expect(export(stream).contains("  14:40:01.5     192.168.4.76 — Scan::Port_Scan: "))

        let millis = try TimelineLoader.load(bytes: Array("""
            {"ts":1591367999305,"uid":"CMdzit1AMNsmfAIiQc","id.orig_h":"192.168.4.76","id.orig_p":36844,"id.resp_h":"192.168.4.1","id.resp_p":53,"proto":"udp","trans_id":19671,"query":"testmyids.com","qtype_name":"A","rcode_name":"NOERROR","answers":["31.3.245.133"]}

            """.utf8), name: "dns.log")
        #expect(millis.inputFormat == "JSON Lines log (Zeek: ts in epoch milliseconds)")
        #expect(export(millis).contains("  14:39:59.305   192.168.4.76 — testmyids.com A NOERROR → 31.3.245.133\n"))
    }

    /// A zap log that happens to be named like a Zeek log is still zap's: its `msg` is
    /// its title.
    @Test func aZapLogNamedLikeAZeekLogStaysZap() throws {
        let t = try TimelineLoader.load(bytes: Array("""
            {"level":"info","ts":1591367999.305988,"msg":"resolver started"}

            """.utf8), name: "dns.log")
        #expect(t.inputFormat == "JSON Lines log (zap: ts in epoch seconds)")
        #expect(t.events.map(\.title) == ["resolver started"])
    }

    @Test func zeeksTSVIsReadAsItsJSONWouldBe() throws {
        let t = try FormatFixtures.load("zeek/tsv/http.log")
        #expect(t.inputFormat == "Zeek TSV log (ts typed time: epoch seconds)")
        #expect(t.warnings.isEmpty)
        #expect(t.events.map(\.title) == ["OPTIONS www.google.com * 405 Method Not Allowed",
                                          "OPTIONS www.google.com HTTP/1.1 400 Bad Request",
                                          "400 Bad Request", "400 Bad Request",
                                          "GET www.google.com / 200 OK", "GET www.google.com / 200 OK"])
        #expect(Set(t.events.map { $0.kind ?? "" }) == ["http"])
        // 1354328870.191989: 1 December 2012 02:27:50.191989 UTC, 30 November 21:27 in New York.
        #expect(export(t).contains("Saturday 1 December 2012\n  02:27:50.191989  128.2.6.136 — OPTIONS www.google.com * 405"))
        #expect(export(t, zone: "America/New_York").contains("Friday 30 November 2012\n  21:27:50.191989  128.2.6.136 — OPTIONS"))
        #expect(export(t, zone: "Asia/Tokyo").contains("  11:27:58.470424  128.2.6.136 — GET www.google.com / 200 OK"))
        // Typed as the header says, unset values (`-`) left out as in Zeek's JSON, an
        // empty set an empty list; ids from the lines (the header takes 8).
        let first = t.events[0]
        #expect(first.id == "http:9")
        #expect(first.extraFields.contains(ExtraField(name: "status_code", json: "405")))
        #expect(first.extraFields.contains(ExtraField(name: "tags", json: "[]")))
        #expect(first.extraFields.contains(ExtraField(name: "uri", json: #""*""#)))
        #expect(!first.extraFields.contains { $0.name == "referrer" })
        #expect(!t.events[2].extraFields.contains { $0.name == "method" })
    }

    @Test func zeeksTSVEscapesSetsAndProblems() throws {
        func tsv(_ lines: [String], fields: String = "ts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tname\taddl",
                 types: String = "time\tstring\taddr\tport\taddr\tport\tstring\tstring") -> [UInt8] {
            Array((["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-", "#path\tweird",
                    "#fields\t" + fields, "#types\t" + types] + lines + ["#close\t2020-06-05-14-48-32", ""]).joined(separator: "\n").utf8)
        }
        let t = try TimelineLoader.load(bytes: tsv([
            "1591367999.305988\tC1\t192.168.4.76\t36844\t192.168.4.1\t53\tbad_\\x09name\tcaf\\xc3\\xa9 \\\\ \\x1b[31m",
        ]), name: "weird.log")
        // `\x09` is a tab inside the value, `\xc3\xa9` é, `\\` one backslash; the escape
        // character is shown, never sent to a terminal.
        #expect(t.events.map(\.title) == ["bad_ name café \\ \u{1B}[31m"])
        #expect(!export(t).contains("\u{1B}"))

        func problems(_ bytes: [UInt8], _ name: String = "weird.log") -> [String] {
            do throws(LoadFailure) {
                _ = try TimelineLoader.load(bytes: bytes, name: name)
                return []
            } catch {
                return error.problems.map(\.description)
            }
        }
        #expect(problems(tsv(["1591367999.305988\tC1\t192.168.4.76"])) == [
            "weird.log:8:1: this line has 3 values but #fields names 8",
        ])
        #expect(problems(Array("#separator \\x09\n#path\tloaded_scripts\n#fields\tname\n#types\tstring\n/a.zeek\n".utf8), "loaded_scripts.log") == [
            "loaded_scripts.log:1:1: #fields has no ts: this Zeek log (loaded_scripts) has no times to put on a timeline",
        ])
        #expect(problems(tsv(["1591367999.305988\tC1\t192.168.4.76\t1\t192.168.4.1\t2\tx\t-", "#fields\tts\tother", "1\t2"])) == [
            "weird.log:9:1: a second Zeek header with other #fields; read each log on its own",
        ])
    }

    /// A Statuspage incident, a journald log, a Zeek JSON log, a Zeek TSV log and our
    /// fixture as one timeline: saved as JSON, JSON Lines and both Timesketch formats and
    /// read back, it gives the same text export byte for byte.
    @Test(arguments: [ExportFormat.json, .jsonl, .timesketchJSONL, .timesketchCSV])
    func aMergeOfFiveFormatsComesBackTheSame(format: ExportFormat) throws {
        let inputs = try [("2017-11-03", TimelineLoader.load(path: JSONRoundTripTests.fixture)),
                          ("emma-incident", FormatFixtures.load("statuspage/emma-incident.json")),
                          ("logfile_journald", FormatFixtures.load("jsonl-log/logfile_journald.json")),
                          ("conn", FormatFixtures.load("zeek/json/conn.log")),
                          ("http", FormatFixtures.load("zeek/tsv/http.log"))]
        let merged = TimelineMerge.merge(inputs.map { MergeInput(label: $0.0, timeline: $0.1) })
        #expect(merged.events.count == 24)
        let bytes = format.bytes(ExportView(timeline: merged))
        let back = try TimelineLoader.load(bytes: bytes, name: "merged." + format.name)
        #expect(back.warnings.isEmpty)
        #expect(JSONRoundTripTests.textExport(back) == JSONRoundTripTests.textExport(merged))
        #expect(JSONRoundTripTests.textExport(merged).contains("[conn] 192.168.4.76 — 192.168.4.76:36844 → 192.168.4.1:53 udp dns SF"))
    }
}
