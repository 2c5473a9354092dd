import Foundation
import Testing
@testable import TimelineModel

/// Apache and nginx access logs (Common and Combined Log Format), lnav's test files: each
/// line a request at the second in the offset it writes, titled `GET /x → 200`, its client
/// the actor, its status class the kind; a line that is not one is refused with its place.
@Suite struct AccessLogReadingTests {
    func export(_ t: Timeline, zone: String? = nil) -> String { FormatFixtures.text(t, zone: zone) }

    @Test func combinedLogLinesAreRequests() throws {
        let t = try FormatFixtures.load("access-log/logfile_access_log.0")
        #expect(t.inputFormat == "web server access log")
        #expect(t.events.map(\.title) == ["GET /vmw/cgi/tramp → 200", "GET /vmw/vSphere/default/vmkboot.gz → 404",
                                          "GET /vmw/vSphere/default/vmkernel.gz → 200"])
        #expect(t.events.map(\.kind) == ["2xx", "4xx", "2xx"])
        #expect(t.events.map(\.actor) == ["192.168.202.254", "192.168.202.254", "192.168.202.254"])
        #expect(t.events.map(\.precision) == [.second, .second, .second])
        #expect(export(t).contains("Monday 20 July 2009\n  22:59:26       192.168.202.254 — GET /vmw/cgi/tramp → 200\n"))
        // The request as written, the bytes and the user agent stay; `-` (nothing) is left out.
        let extras = t.events[1].extraFields
        #expect(extras.contains(ExtraField(name: "request", json: #""GET /vmw/vSphere/default/vmkboot.gz HTTP/1.0""#)))
        #expect(extras.contains(ExtraField(name: "http_user_agent", json: #""gPXE/0.9.7""#)))
        #expect(!extras.contains { $0.name == "http_referer" || $0.name == "remote_user" })
    }

    /// `+0330` (Tehran) is the file's one offset: its home zone, times shown as written.
    @Test func theOffsetWrittenIsTheHomeZone() throws {
        let t = try FormatFixtures.load("access-log/logfile_shop_access_log.0")
        #expect(t.events.count == 20)
        #expect(t.timezone == "UTC+03:30")
        #expect(export(t).contains("Tuesday 22 January 2019\n"))
        #expect(export(t).contains("  03:56:16       31.56.96.51 — GET /image/60844/productModel/200x200 → 200\n"))
        #expect(export(t, zone: "UTC").contains("Tuesday 22 January 2019\n  00:26:14       54.36.149.41 — GET /filter/"))
        // nginx's extra `"$http_x_forwarded_for"` after the user agent is kept, by position.
        #expect(t.events[0].extraFields.contains { $0.name == "http_user_agent" })
    }

    /// Plaso's test log: `vhost_combined` lines (the server first), raw quotes inside a
    /// request, a user agent cut short, `-` bytes, and offsets that vary (home zone UTC).
    @Test func plasosLogWithEveryOddity() throws {
        let t = try FormatFixtures.load("access-log/apache_access.log")
        #expect(t.events.count == 15)
        #expect(t.zoneNote == "offsets vary: +00:00, +02:00; home zone UTC")
        #expect(t.events.contains { $0.title == "GET /aaaa.xxxx/SomeText?action=edit&template=<script>alert(\"text\")</script> → 404" })
        let vhost = try #require(t.events.first { $0.extraFields.contains(ExtraField(name: "server", json: #""plaso.log2timeline.net:443""#)) })
        #expect(vhost.actor == "10.1.1.2")
        #expect(t.events.contains { $0.actor == "192.168.0.64" && $0.extraFields.contains(ExtraField(name: "remote_user", json: #""pyllyukko@EXAMPLE.COM""#)) })
        #expect(export(t).contains("  17:31:20       192.168.0.2 — GET /wp-content/themes/darkmode/evil.php?cmd=uname+-a → 200\n"))
    }

    @Test func aClientThatSentNoRequest() throws {
        let t = try FormatFixtures.load("access-log/logfile_access_log.1")
        #expect(t.events.map(\.title) == ["(no request) → 400"])
        #expect(t.events.map(\.kind) == ["4xx"])
    }

    @Test func aLineMissingItsFieldsIsRefusedWithItsPlace() {
        #expect(FormatFixtures.problems("access-log/logfile_bad_access_log.0") == [
            FormatFixtures.path("access-log/logfile_bad_access_log.0")
                + #":2:1: not an access log line (client, ident, user, [time], "request", status, bytes)"#,
        ])
    }

    @Test func namedWithInputFormatAndMergedWithTheFixture() throws {
        var options = ReadOptions()
        options.format = .accessLog
        let t = try FormatFixtures.load("access-log/logfile_access_log.0", options)
        let fixture = try TimelineLoader.load(path: FixtureLoadingTests.fixturePath)
        let merged = TimelineMerge.merge([MergeInput(label: "incident", timeline: fixture), MergeInput(label: "web", timeline: t)])
        #expect(merged.events.count == fixture.events.count + 3)
        #expect(merged.events.prefix(3).map { $0.origins.first } == ["web", "web", "web"])
        #expect(export(merged).contains("  18:59:26       [web] 192.168.202.254 — GET /vmw/cgi/tramp → 200\n"))
    }

    /// Terminal escapes in a request never reach the screen or an export raw.
    @Test func controlCharactersInARequestAreNeutralised() throws {
        let line = "10.0.0.1 - - [02/Nov/2017:22:48:00 +0000] \"GET /\u{1B}]0;owned\u{07} HTTP/1.1\" 200 5 \"-\" \"curl\"\n"
        let t = try TimelineLoader.load(bytes: Array(line.utf8), name: "access.log")
        #expect(!export(t).contains("\u{1B}"))
        #expect(!export(t).contains("\u{07}"))
    }
}
