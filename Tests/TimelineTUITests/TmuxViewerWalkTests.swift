import Foundation
import Testing

/// What a new user walking the real binary on a real terminal (tmux) found, checked there:
/// a day-only event in another zone never cut, a file rewritten in place while followed
/// read whole, `t -10m` across a quiet stretch going back, `e` naming a merge's export
/// after its first file.
@Suite(.serialized, .enabled(if: TmuxSession.shouldRun), .tags(.tmux))
struct TmuxViewerWalkTests {
    @Test func tokyoShowsDayOnlyEventsWholeUnderTheirZonesHeading() throws {
        let t = try TmuxSession("\(TmuxSession.binary) --tz Asia/Tokyo \(ViewerFixture.fixturePath)")
        var screen = try t.waitFor("1/10")
        #expect(screen.contains(" ── Friday 3 November 2017 (day in America/New_York)"), "\(screen)")
        #expect(screen.contains(" ── Wednesday 29 November 2017 (day in America/New_York)"), "\(screen)")
        let cells = screen.split(separator: "\n").filter { $0.contains("time unknown") }
        #expect(cells.count == 3 && cells.allSatisfy { !$0.contains("time unknown …") && !$0.contains("(day in") }, "\(screen)")
        try t.send("r")
        screen = try t.waitFor("~T+27 days")
        #expect(screen.contains("~T+1 day "), "\(screen)")
        try t.send("q")
    }

    @Test func aFollowedFileRewrittenInPlaceToTheSameSizeIsReadWhole() throws {
        let t = try TmuxSession(TmuxSession.shell)
        let file = t.folder.appendingPathComponent("live.jsonl")
        let text = """
            {"title": "Live", "timezone": "UTC"}
            {"id": "a", "time": "2024-07-01T10:00:00Z", "title": "disk full"}
            {"id": "b", "time": "2024-07-01T10:10:00Z", "title": "looking"}

            """
        try text.write(to: file, atomically: false, encoding: .utf8)
        try t.type("\(TmuxSession.binary) --follow live.jsonl")
        try t.send("Enter")
        try t.waitFor("following")
        // `>` in a shell: the same inode, truncated, written again as long as before.
        let h = try #require(FileHandle(forWritingAtPath: file.path))
        try h.truncate(atOffset: 0)
        h.write(Data(text.replacingOccurrences(of: "looking", with: "LOOKING").utf8))
        try h.close()
        let screen = try t.waitFor("The file was written again from its start: read whole, 2 events.")
        #expect(screen.contains("LOOKING") && !screen.contains("looking"), "\(screen)")
        #expect(screen.contains("following"))
        try t.send("q")
    }

    /// `--skip-bad`: standard error lists the bad file's problems behind the screen; the
    /// status line says a file was skipped, and the problems are there once the viewer quits.
    @Test func skipBadSaysOnTheStatusLineWhatWasSkipped() throws {
        let t = try TmuxSession(TmuxSession.shell)
        try #"{"title": "x", "events": [{"id": "a", "time": "2017-13-02T10:00Z", "title": "bad month"}]}"#
            .write(to: t.folder.appendingPathComponent("broken.json"), atomically: true, encoding: .utf8)
        try t.type("\(TmuxSession.binary) --skip-bad \(ViewerFixture.fixturePath) broken.json")
        try t.send("Enter")
        let screen = try t.waitFor("Skipped broken.json: 1 problem (listed once you quit).")
        #expect(screen.contains("10 events"))
        try t.send("q")
        try t.waitFor("broken.json:1:47: events[0].time: month 13 does not exist")
    }

    @Test func backTenMinutesAcrossAQuietStretchAndAMergesExportName() throws {
        let t = try TmuxSession(TmuxSession.shell)
        try #"""
        {"title": "Newsroom", "timezone": "America/New_York", "events": [
          {"id": "n1", "time": "2017-11-02T19:10-04:00", "actor": "desk", "title": "Desk notices the account is back"}
        ]}
        """#.write(to: t.folder.appendingPathComponent("newsroom.json"), atomically: true, encoding: .utf8)
        try t.type("\(TmuxSession.binary) \(ViewerFixture.fixturePath) newsroom.json")
        try t.send("Enter")
        try t.waitFor("1/11")
        try t.send("j", "j", "t")
        // `--`: text starting with `-` is not an option of send-keys.
        try t.tmux(["send-keys", "-t", "0", "-l", "--", "-10m"])
        try t.send("Enter")
        let screen = try t.waitFor("No event from 2017-11-02 18:49 to the selection: the last one before it.")
        #expect(screen.contains(" 2/11 "), "\(screen)")
        try t.send("e")
        try t.waitFor("export to: 2017-11-03.txt")
        try t.send("Escape", "q")
    }
}
