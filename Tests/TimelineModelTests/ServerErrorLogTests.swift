import Foundation
import Testing
@testable import TimelineModel

/// Web servers' error logs, whose times are the server's local time with no zone: nginx
/// (`2024/03/14 10:30:00 [error] 1234#1234: *5 …`) and Apache httpd 2.4 and 2.2
/// (`[Fri Sep 09 10:42:29.902022 2011] [core:error] …`, which starts with `[` and must not
/// be taken for JSON). Refused without `--assume-zone`, read with it; the level is the
/// kind, Apache's client the actor. Lines in the shape of each server's documentation.
@Suite struct ServerErrorLogTests {
    func options(_ zone: String) -> ReadOptions {
        var o = ReadOptions()
        o.time.assumedZone = Zone(identifier: zone)
        return o
    }

    func export(_ t: Timeline, zone: String? = nil) -> String { FormatFixtures.text(t, zone: zone) }

    @Test func nginxErrorLog() throws {
        #expect(FormatFixtures.problems("text-log/nginx-error.log") == [
            "\(FormatFixtures.path("text-log/nginx-error.log")):1:1: time \"2024/03/14 10:30:00\" has no zone; add --assume-zone UTC (or the zone the writer used)",
            "\(FormatFixtures.path("text-log/nginx-error.log")):2:1: time \"2024/03/14 10:30:01\" has no zone; add --assume-zone UTC (or the zone the writer used)",
        ])
        let t = try FormatFixtures.load("text-log/nginx-error.log", options("Europe/Paris"))
        #expect(t.inputFormat == "text log")
        #expect(t.events.map(\.kind) == ["error", "warn"])
        #expect(t.events.map(\.actor) == [nil, nil])
        #expect(t.events[0].title.hasPrefix("connect() failed (111: Connection refused) while connecting to upstream"))
        #expect(t.events[0].extraFields == [ExtraField(name: "pid", json: #""1234#1234""#), ExtraField(name: "connection", json: "5")])
        // 10:30 in Paris (CET) is 09:30 UTC.
        #expect(export(t).contains("Thursday 14 March 2024\n  10:30:00       connect() failed"))
        #expect(export(t, zone: "UTC").contains("  09:30:00       connect() failed"))
    }

    @Test func apacheErrorLogsAreNotJSON() throws {
        let path = FormatFixtures.path("text-log/apache-error.log")
        #expect(FormatFixtures.problems("text-log/apache-error.log").first
                == "\(path):1:1: time \"Fri Sep 09 10:42:29.902022 2011\" has no zone; add --assume-zone UTC (or the zone the writer used)")
        let t = try FormatFixtures.load("text-log/apache-error.log", options("America/Los_Angeles"))
        #expect(t.events.map(\.title) == ["File does not exist: /usr/local/apache2/htdocs/favicon.ico",
                                          "AH01909: www.example.com:443:0 server certificate does NOT include an ID which matches the server name"])
        #expect(t.events.map(\.kind) == ["error", "warn"])
        #expect(t.events.map(\.actor) == ["72.15.99.187", nil])
        #expect(t.events[0].extraFields.map(\.name) == ["module", "pid", "client"])
        // The µs Apache wrote; 10:42 in Los Angeles (PDT) is 17:42 UTC.
        #expect(export(t).contains("Friday 9 September 2011\n  10:42:29.902022  72.15.99.187 — File does not exist"))
        #expect(export(t, zone: "UTC").contains("  17:42:29.902022  72.15.99.187 — File does not exist"))
        let old = try FormatFixtures.load("text-log/apache22-error.log", options("UTC"))
        #expect(old.events.map(\.kind) == ["error"])
        #expect(old.events.map(\.actor) == ["127.0.0.1"])
        #expect(export(old).contains("  14:32:52       127.0.0.1 — client denied by server configuration: /export/home/live/ap/htdocs/test"))
    }
}
