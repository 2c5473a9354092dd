import Foundation
import TestSupport
import Testing

/// Issue 13 on the real binary in tmux: filter expressions, go to a time, bookmarks,
/// follow, copy.
@Suite(.serialized, .enabled(if: TmuxSession.shouldRun), .tags(.tmux))
struct TmuxNavigationTests {

    @Test func filterExpressionsShowTwoThenThreeEvents() throws {
        let t = try TmuxSession(TmuxSession.viewer)
        try t.waitFor("1/10")
        try t.send("f")
        try t.type("kind:statement -actor:twittergov")
        try t.send("Enter")
        var screen = try t.waitFor("2 of 10 events match")
        #expect(screen.contains(" 1/2 "))
        #expect(screen.contains("18:35:43.905") && screen.contains("20:05:07.247"))
        #expect(!screen.contains("20:05:51.550"))
        try t.send("f", "C-u")
        try t.type("(kind:reaction OR kind:report) after:2017-11-03")
        try t.send("Enter")
        screen = try t.waitFor("3 of 10 events match")
        #expect(screen.contains("06:51:51.120"))
        try t.send("f", "C-u")
        try t.type("(kind:report")
        try t.send("Enter")
        screen = try t.waitFor("^ “(” is not closed")
        #expect(screen.contains("filter: (kind:report"))
        try t.send("Escape", "q")
    }

    @Test func tGoesToTrumpsReaction() throws {
        let t = try TmuxSession(TmuxSession.viewer)
        try t.waitFor("1/10")
        try t.send("t")
        try t.waitFor("go to (")
        try t.type("2017-11-03 06:00")
        try t.send("Enter")
        let screen = try t.waitFor("First event at or after 2017-11-03 06:00.")
        #expect(screen.contains(" 7/10 "))
        #expect(screen.contains("▸06:51:51.120 @realDonaldTrump"))
        try t.send("q")
    }

    @Test func twoBookmarksSurviveARestart() throws {
        let t = try TmuxSession(TmuxSession.shell)
        try t.type("cp \(ViewerFixture.fixturePath) t.json && \(TmuxSession.binary) t.json")
        try t.send("Enter")
        try t.waitFor("1/10")
        try t.send("j", "M")
        try t.waitFor("Bookmarked (1)")
        try t.send("5", "j", "M")
        try t.waitFor("Bookmarked (2)")
        try t.send("q")
        try t.waitUntilGone("Bookmarked (2)")
        let saved = try String(contentsOf: t.folder.appendingPathComponent("t.json.marks.json"), encoding: .utf8)
        #expect(saved == "{\n  \"bookmarks\": [\n    \"deactivation\",\n    \"trump-rogue-employee\"\n  ]\n}\n")
        try t.type("\(TmuxSession.binary) t.json")
        try t.send("Enter")
        let screen = try t.waitFor("2 bookmarks restored")
        #expect(screen.contains("◆ ~18:48"))
        #expect(screen.contains("◆ 06:51:51.120"))
        try t.send("u")
        try t.waitFor("Bookmark 1 of 2.")
        try t.send("q")
    }

    @Test func yFillsATmuxBufferWithTheNeutralisedLine() throws {
        // A title holding an escape sequence: it must reach the clipboard neutralised.
        let json = #"{"title": "t", "timezone": "UTC", "events": [{"id": "a", "time": "2024-07-01T10:00:00Z", "actor": "SRE", "kind": "alert", "title": "bad \u001b]0;pwned\u0007 title"}]}"#
        let t = try TmuxSession(TmuxSession.shell)
        try t.tmux(["set-option", "-g", "set-clipboard", "on"])
        try Data(json.utf8).write(to: t.folder.appendingPathComponent("e.json"))
        try t.type("\(TmuxSession.binary) e.json")
        try t.send("Enter")
        try t.waitFor("1/1")
        try t.send("y")
        try t.waitFor("Copied the line")
        let buffer = try t.tmux(["show-buffer"])
        #expect(buffer == "10:00:00       SRE — bad ^[]0;pwned^G title", "\(buffer.debugDescription)")
        #expect(!buffer.contains("\u{1B}"))
        try t.send("Enter", "y")
        try t.waitFor("Copied the detail")
        #expect(try t.tmux(["show-buffer"]).contains("SRE"))
        try t.send("q")
    }

    @Test func rReloadsTheFileKeepingTheFilter() throws {
        let t = try TmuxSession(TmuxSession.shell)
        let file = t.folder.appendingPathComponent("t.json")
        try FileManager.default.copyItem(atPath: ViewerFixture.fixturePath, toPath: file.path)
        try t.type("\(TmuxSession.binary) t.json")
        try t.send("Enter")
        try t.waitFor("1/10")
        try t.send("f")
        try t.type("kind:statement")
        try t.send("Enter")
        try t.waitFor("5 of 10 events match")
        var doc = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        var events = try #require(doc["events"] as? [[String: Any]])
        events.append(["id": "later", "time": "2017-12-01T12:00:00Z", "kind": "statement", "title": "A later statement"])
        doc["events"] = events
        try JSONSerialization.data(withJSONObject: doc).write(to: file)
        try t.send("R")
        let screen = try t.waitFor("Reloaded: 11 events (were 10).")
        #expect(screen.contains(" 1/6 "))
        #expect(screen.contains("A later statement"))
        try t.send("q")
    }

    @Test func aJSONLinesLineAppendedInFollowModeShowsWithinASecond() throws {
        let t = try TmuxSession(TmuxSession.shell)
        let file = t.folder.appendingPathComponent("live.jsonl")
        try Data(("{\"title\": \"Live\", \"timezone\": \"UTC\"}\n"
            + "{\"id\": \"a\", \"time\": \"2024-07-01T10:00:00Z\", \"kind\": \"alert\", \"title\": \"first alert\"}\n").utf8).write(to: file)
        try t.type("\(TmuxSession.binary) --follow live.jsonl")
        try t.send("Enter")
        try t.waitFor("first alert")
        let handle = try FileHandle(forWritingTo: file)
        handle.seekToEndOfFile()
        // Half a line first: not an error, nothing shown until it is whole.
        handle.write(Data("{\"id\": \"b\", \"time\": \"2024-07-01T10:05:00Z\", ".utf8))
        Thread.sleep(forTimeInterval: 0.7)
        #expect(try !t.capture().contains("problem"))
        let written = Date()
        handle.write(Data("\"kind\": \"mitigation\", \"title\": \"rolled back\"}\n".utf8))
        try handle.close()
        let screen = try t.waitFor("rolled back", timeout: 3)
        #expect(Date().timeIntervalSince(written) < 1.0, "shown within a second")
        #expect(screen.contains("▸10:05:00"), "the selection follows the end")
        try t.send("q")
    }

    /// Issue 11 with issue 13's keys: a live incident in two files, read again with R
    /// (lanes and filter kept) and then followed together with --follow.
    @Test func severalFilesAreReadAgainWithRAndFollowedTogether() throws {
        let t = try TmuxSession(TmuxSession.shell, width: 100)
        let ops = t.folder.appendingPathComponent("ops.jsonl")
        let pager = t.folder.appendingPathComponent("pager.jsonl")
        try Data(("{\"title\": \"Deploy\", \"timezone\": \"UTC\"}\n"
            + "{\"id\": \"deploy\", \"time\": \"2024-07-01T10:00:00Z\", \"kind\": \"deploy\", \"title\": \"Deploy 42 started\"}\n").utf8).write(to: ops)
        try Data(("{\"title\": \"Pager\", \"timezone\": \"UTC\"}\n"
            + "{\"id\": \"page\", \"time\": \"2024-07-01T10:10:00Z\", \"kind\": \"page\", \"title\": \"Page sent\"}\n").utf8).write(to: pager)
        func append(_ line: String, to file: URL) throws {
            let handle = try FileHandle(forWritingTo: file)
            handle.seekToEndOfFile()
            handle.write(Data((line + "\n").utf8))
            try handle.close()
        }
        try t.type("\(TmuxSession.binary) ops.jsonl pager.jsonl")
        try t.send("Enter")
        try t.waitFor("Page sent")
        try t.send("f")
        try t.type("NOT kind:deploy")
        try t.send("Enter", "l")
        try t.waitFor("files:")
        try append("{\"id\": \"rollback\", \"time\": \"2024-07-01T10:20:00Z\", \"kind\": \"mitigation\", \"title\": \"Rollback done\"}", to: ops)
        try t.send("R")
        var screen = try t.waitFor("Reloaded: 3 events (were 2).")
        #expect(screen.contains("Rollback done") && !screen.contains("Deploy 42"), "the filter kept")
        #expect(screen.contains("files:"), "still the lanes")
        try append("{\"id\": \"broken\", \"time\": \"soon\", \"title\": \"x\"}", to: pager)
        try t.send("R")
        screen = try t.waitFor("Not reloaded: pager.jsonl:3:")
        #expect(screen.contains("Rollback done"), "what was shown stays")
        try t.send("q")
        // --follow takes both; a line appended to either shows within a second or so.
        let u = try TmuxSession(TmuxSession.shell, width: 100, name: "severalFilesFollowed")
        try FileManager.default.copyItem(at: ops, to: u.folder.appendingPathComponent("ops.jsonl"))
        try Data(("{\"title\": \"Pager\", \"timezone\": \"UTC\"}\n"
            + "{\"id\": \"page\", \"time\": \"2024-07-01T10:10:00Z\", \"kind\": \"page\", \"title\": \"Page sent\"}\n").utf8)
            .write(to: u.folder.appendingPathComponent("pager.jsonl"))
        try u.type("\(TmuxSession.binary) --follow ops.jsonl pager.jsonl")
        try u.send("Enter")
        try u.waitFor("Following the 2 files")
        try append("{\"id\": \"ack\", \"time\": \"2024-07-01T10:30:00Z\", \"kind\": \"page\", \"title\": \"Acknowledged\"}",
                   to: u.folder.appendingPathComponent("pager.jsonl"))
        screen = try u.waitFor("Acknowledged", timeout: 3)
        #expect(screen.contains("▸10:30:00"), "the selection follows the end")
        try u.send("q")
    }
}
