import Foundation
import Testing

/// Other tools' files open in the viewer on a real terminal (tmux), with the times of
/// their source, and `--assume-zone` reaches the viewer too.
@Suite(.serialized, .enabled(if: TmuxSession.shouldRun), .tags(.tmux))
struct TmuxReadersTests {
    static func path(_ name: String) -> String {
        ReadersCLITests.formats.appendingPathComponent(name).path
    }

    @Test func plasoDynamicCSVOpensInTheViewer() throws {
        let t = try TmuxSession("\(TmuxSession.binary) --tz UTC \(Self.path("plaso/dynamic.log"))")
        let screen = try t.waitFor("1/20")
        // "2012-01-22T07:52:33+00:00,…,[client  pid: 30840] INFO No change in [/etc/netgroup]. Done"
        #expect(screen.contains("07:52:33"))
        #expect(screen.contains("INFO No change in [/etc/netgroup]"))
        try t.send("q")
    }

    @Test func aZonelessLogOpensWithAssumeZone() throws {
        let t = try TmuxSession("\(TmuxSession.binary) --assume-zone Europe/Berlin --tz UTC \(Self.path("text-log/dpkg.log"))")
        let screen = try t.waitFor("1/4")
        // "2009-02-25 11:45:23 conffile /etc/X11/Xsession keep" in Berlin is 10:45:23 UTC.
        #expect(screen.contains("10:45:23"))
        #expect(screen.contains("conffile /etc/X11/Xsession keep"))
        try t.send("q")
    }

    @Test func aSpreadsheetTimelineOpensInTheViewer() throws {
        let file = Self.path("spreadsheet-csv/firefox-timeline.csv")
        let t = try TmuxSession("\(TmuxSession.binary) --assume-zone UTC --tz Europe/Paris \(file)")
        let screen = try t.waitFor("1/10")
        // "2025-12-02 15:15:40,places.sqlite,…,Google,…" (no zone: UTC assumed) is 16:15:40 in Paris.
        #expect(screen.contains("16:15:40"))
        #expect(screen.contains("places.sqlite"))
        try t.send("q")
    }

    /// A Mattermost bulk export: its channel titles the screen, each post and reply a row at
    /// its ms, and the escape in a message is shown, never sent to the terminal.
    @Test func aMattermostExportOpensInTheViewer() throws {
        let t = try TmuxSession("\(TmuxSession.binary) --tz UTC \(Self.path("mattermost/incident-export.jsonl"))")
        let screen = try t.waitFor("1/6")
        #expect(screen.contains("~inc-2023-11-14 (Acme Ops)"))
        #expect(screen.contains("14:35:51.776"))
        #expect(screen.contains("Rolling back deploy 2023.11.14-3 on checkout-api"))
        try t.send("q")
    }

    @Test func anIISLogAndComposeLogsMergeInTheViewer() throws {
        let iis = Self.path("w3c/logfile_w3c.6")
        let compose = Self.path("text-log/docker-compose-timestamps.log")
        let t = try TmuxSession("\(TmuxSession.binary) --tz UTC \(iis) \(compose)")
        let screen = try t.waitFor("1/23")
        // IIS's "2015-01-13 00:32:17 … GET /robots.txt … 404" in UTC, its client the actor.
        #expect(screen.contains("00:32:17"))
        #expect(screen.contains("GET /robots.txt → 404"))
        #expect(screen.contains("157.55.39.146"))
        try t.send("q")
    }

    @Test func aUSSpreadsheetOpensWithDateOrder() throws {
        let file = Self.path("spreadsheet-csv/us-dates.csv")
        let t = try TmuxSession("\(TmuxSession.binary) --assume-zone America/New_York --date-order mdy \(file)")
        let screen = try t.waitFor("1/3")
        // "11/02/2017,6:48 PM": 2 November, in the sheet's zone.
        #expect(screen.contains("Thursday 2 November 2017"))
        #expect(screen.contains("18:48"))
        try t.send("q")
    }
}
