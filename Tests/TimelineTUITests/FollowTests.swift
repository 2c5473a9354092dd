import Foundation
import Testing
import TimelineModel
@testable import timeline_tui

/// `F` through `update`: reading again on each change, the selection on the end until a
/// key moves it, truncation said, a half-written file waited for.
@Suite struct FollowTests {
    typealias F = ViewerFixture

    @Test func followingReadsAgainAndStaysOnTheEndUntilAKeyMoves() throws {
        let s = F.press(try F.state(), "F")
        #expect(s.following && s.followsEnd)
        guard case .follow(let job)? = s.effect else { Issue.record("F reads the file's new lines"); return }
        #expect(job.bytesRead == (try Data(contentsOf: URL(fileURLWithPath: F.fixturePath))).count)
        #expect(s.selectedEvent?.id == "duysak-interview")
        // A change while the first look runs waits for it, then asks again.
        let changed = F.send(s, .fileChanged(path: "t.json", removed: false))
        #expect(changed.effect == nil && changed.followAgain)
        let next = F.send(changed, .followed(job, bytesRead: job.bytesRead, .nothing))
        guard case .follow? = next.effect else { Issue.record("the change asked for once the look is done"); return }
        let fresh = ViewState(timeline: try ReloadTests.changed(), sourceName: s.sourceName, zones: [s.zone], measure: s.measure)
        // The fixture is a JSON document: it is read again whole.
        let grown = F.send(s, .followed(job, bytesRead: nil, .reread(fresh)))
        #expect(grown.selectedEvent?.id == "later", "the selection follows the end")
        #expect(grown.following)
        // A key that moves leaves the end; new events no longer move the selection.
        let moved = F.press(s, "k")
        #expect(!moved.followsEnd)
        // The header says it while it lasts, and how to get back to the end.
        #expect(String(F.screen(s).split(separator: "\n")[1]).trimmingCharacters(in: .whitespaces).hasSuffix("· 10 events · following"))
        #expect(F.screen(moved).contains("· following (G: back to the end)"))
        #expect(!F.screen(F.press(s, "F")).split(separator: "\n")[1].contains("following"))
        #expect(F.send(moved, .followed(job, bytesRead: nil, .reread(fresh))).selectedEvent?.id == "nyt-contractor")
        #expect(F.press(moved, "G").followsEnd)
        #expect(!F.press(s, "F").following)
    }

    @Test func truncationIsSaidAndAHalfWrittenFileWaited() throws {
        let s = F.press(try F.state(), "F")
        let small = try TimelineLoader.load(bytes: Array(#"{"title": "t", "events": [{"id": "a", "time": "2017-11-03", "title": "x"}]}"#.utf8), name: "t.json")
        let t = F.send(s, .followed(job(s), bytesRead: nil, .reread(ViewState(timeline: small, sourceName: "t.json", measure: s.measure))))
        #expect(t.events.count == 10)
        #expect(t.message?.hasPrefix("The file was truncated (1 event, were 10): kept what was read; R rereads.") == true)
        let half = F.send(s, .reloadFailed(reason: "t.jsonl:12:40: unexpected end of line"))
        #expect(half.events.count == 10 && half.message == s.message)
        let cut = F.send(s, .followed(job(s), bytesRead: 5, .truncated(size: 5)))
        #expect(cut.events.count == 10)
        #expect(cut.message?.hasPrefix("The file was truncated (5 bytes, were ") == true)
    }

    /// A file written again from its start is read whole and said so; following goes on.
    @Test func aRewrittenFileIsReadWhole() throws {
        let s = F.press(try F.state(), "F")
        let fresh = ViewState(timeline: try ReloadTests.changed(), sourceName: s.sourceName, zones: [s.zone], measure: s.measure)
        let t = F.send(s, .followed(job(s), bytesRead: nil, .rewritten(fresh)))
        #expect(t.events.map(\.id) == fresh.events.map(\.id))
        #expect(t.following && t.selectedEvent?.id == "later")
        #expect(t.message == "The file was written again from its start: read whole, \(fresh.events.count) events.")
    }

    /// Through the runtime: a followed JSON Lines file rewritten in place to the same size
    /// (a title changed, as long as before) is read whole, not left as it was.
    @Test func theRuntimeReadsAFileRewrittenToTheSameSizeWhole() throws {
        let folder = try CLIProcess.temporaryFolder()
        let path = folder.appendingPathComponent("live.jsonl").path
        let text = """
            {"title": "Live", "timezone": "UTC"}
            {"id": "a", "time": "2024-07-01T10:00:00Z", "title": "disk full"}
            {"id": "b", "time": "2024-07-01T10:10:00Z", "title": "looking"}

            """
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let file = WatchedFile(path: path, options: ReadOptions()) { .success(try! TimelineLoader.load(path: path)) }
        let runner = EffectRunner(exports: ExportService(bytes: { _, _ in [] }), file: file)
        var s = ViewState(timeline: try TimelineLoader.load(path: path), sourceName: path, local: Zone(identifier: "UTC")!, measure: .screen)
        // As the loop does at start: the file as loaded, so a rewrite before `F` is seen.
        runner.loaded(s.timeline)
        s = F.press(s, "F")
        guard case .follow(let job)? = s.effect else { Issue.record("F asks for the new lines"); return }
        let h = try #require(FileHandle(forWritingAtPath: path))
        try h.truncate(atOffset: 0)
        h.write(Data(text.replacingOccurrences(of: "looking", with: "LOOKING").utf8))
        try h.close()
        #expect(runner.start(.follow(job), for: s) == nil)
        var answers: [Message] = []
        let deadline = Date().addingTimeInterval(10)
        while answers.isEmpty && Date() < deadline {
            answers = runner.finished()
            Thread.sleep(forTimeInterval: 0.01)
        }
        s = F.send(s, try #require(answers.first))
        #expect(s.events.map(\.title) == ["disk full", "LOOKING"])
        #expect(s.message == "The file was written again from its start: read whole, 2 events.")
        #expect(s.following)
    }

    func job(_ s: ViewState) -> FollowJob {
        if case .follow(let job)? = s.effect { return job }
        return FollowJob(bytesRead: nil, filterTyped: "", filter: .everything, search: "")
    }

    /// A JSON Lines file followed through `update` and the runtime's `EffectRunner`: only
    /// the new lines are read, and what the user set stays on its events.
    @Test func appendedLinesArriveInPlaceKeepingFilterBookmarksAndSearch() throws {
        let folder = try CLIProcess.temporaryFolder()
        let path = folder.appendingPathComponent("live.jsonl").path
        try Data(("""
            {"title": "Live", "timezone": "UTC"}
            {"id": "a", "time": "2024-07-01T10:00:00Z", "kind": "alert", "title": "disk full"}
            {"id": "b", "time": "2024-07-01T10:10:00Z", "kind": "note", "title": "looking"}
            {"id": "c", "time": "2024-07-01T10:20:00Z", "kind": "alert", "title": "disk full again"}
            {"id": "d", "time": "2024-07-01T10:30:00Z", "kind": "note", "title": "cleaned up"}

            """).utf8).write(to: URL(fileURLWithPath: path))
        let file = WatchedFile(path: path, options: ReadOptions()) { .success(try! TimelineLoader.load(path: path)) }
        let runner = EffectRunner(exports: ExportService(bytes: { _, _ in [] }), file: file)
        var s = ViewState(timeline: try TimelineLoader.load(path: path), sourceName: path, local: Zone(identifier: "UTC")!, measure: .screen)
        s = F.press(s, "jj", "M", "f", "kind:alert", "Enter", "/", "disk", "Enter", "F")
        #expect(s.shownEvents.map(\.id) == ["a", "c"])
        guard case .follow(let job)? = s.effect else { Issue.record("F asks for the new lines"); return }
        let h = try #require(FileHandle(forWritingAtPath: path))
        h.seekToEndOfFile()
        h.write(Data(("""
            {"id": "e", "time": "2024-07-01T10:05:00Z", "kind": "alert", "title": "disk full, earlier"}
            {"id": "f", "time": "2024-07-01T10:40:00Z", "kind": "alert", "title": "quiet"}
            {"id": "g", "time": "2024-07-01T10:50:00Z", "kind": "alert", "title": "half writ
            """).utf8))
        try h.close()
        #expect(runner.start(.follow(job), for: s) == nil, "read away from the loop")
        var answers: [Message] = []
        let deadline = Date().addingTimeInterval(10)
        while answers.isEmpty && Date() < deadline {
            answers = runner.finished()
            Thread.sleep(forTimeInterval: 0.01)
        }
        let answer = try #require(answers.first)
        s = F.send(s, answer)
        #expect(s.events.map(\.id) == ["a", "e", "b", "c", "d", "f"], "the earlier one in order; the half line waits")
        #expect(s.shownEvents.map(\.id) == ["a", "e", "c", "f"])
        #expect(s.bookmarkedIds == ["c"], "the bookmark stays on its event")
        #expect(s.selectedEvent?.id == "f", "the selection follows the end")
        #expect(s.matches.map { s.shownEvents[$0].id } == ["a", "e", "c"])
        #expect(s.message == "Following: 2 new events (6 in all).")
        #expect(F.screen(s).contains("disk full, earlier"))
    }

    /// Runs `job` through a runner of `path` and gives back the state its answer makes.
    func followed(_ s: ViewState, path: String) throws -> ViewState {
        let file = WatchedFile(path: path, options: ReadOptions()) { .success(try! TimelineLoader.load(path: path)) }
        let runner = EffectRunner(exports: ExportService(bytes: { _, _ in [] }), file: file)
        #expect(runner.start(.follow(job(s)), for: s) == nil)
        var answers: [Message] = []
        let deadline = Date().addingTimeInterval(10)
        while answers.isEmpty && Date() < deadline {
            answers = runner.finished()
            Thread.sleep(forTimeInterval: 0.01)
        }
        return F.send(s, try #require(answers.first))
    }

    /// A page of PagerDuty entries appended that repeats two already shown: the one new
    /// entry arrives, the status line says the repeats as the whole file does.
    @Test func aRepeatedServiceRecordAppendedIsShownOnceAndSaid() throws {
        let folder = try CLIProcess.temporaryFolder()
        let path = folder.appendingPathComponent("pages.jsonl").path
        let fixture = F.root.appendingPathComponent("Tests/Fixtures/formats/services/pagerduty-log-entries.json")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: fixture)) as? [String: Any])
        var entry = try #require((parsed["log_entries"] as? [[String: Any]])?.last)
        let lines = try ["P1", "P2", "P3", "P4"].map { id -> String in
            entry["id"] = id
            return String(decoding: try JSONSerialization.data(withJSONObject: entry, options: .sortedKeys), as: UTF8.self)
        }
        try Data((lines[0...2].joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        var s = ViewState(timeline: try TimelineLoader.load(path: path), sourceName: path, local: Zone(identifier: "UTC")!, measure: .screen)
        s = F.press(s, "F")
        let h = try #require(FileHandle(forWritingAtPath: path))
        h.seekToEndOfFile()
        h.write(Data((lines[1...3].joined(separator: "\n") + "\n").utf8))
        try h.close()
        s = try followed(s, path: path)
        #expect(s.events.map(\.id) == ["P1", "P2", "P3", "P4"])
        #expect(s.message?.hasPrefix("Following: 1 new event (4 in all). 2 warnings: entry P2 repeats the one at line 2, column ") == true)
    }

    /// A text log's stack trace appended after its line: read whole, the trace in the
    /// event's text as the whole file has it.
    @Test func aTextLogsAppendedStackTraceJoinsItsEvent() throws {
        let folder = try CLIProcess.temporaryFolder()
        let path = folder.appendingPathComponent("app.log").path
        try Data("=== started ===\n2024-07-01T10:00:00Z boot\n2024-07-01T10:00:05Z worker failed\n".utf8).write(to: URL(fileURLWithPath: path))
        var s = ViewState(timeline: try TimelineLoader.load(path: path), sourceName: path, local: Zone(identifier: "UTC")!, measure: .screen)
        s = F.press(s, "F")
        let h = try #require(FileHandle(forWritingAtPath: path))
        h.seekToEndOfFile()
        h.write(Data("java.lang.IllegalStateException: closed\n\tat Worker.step(Worker.java:17)\n".utf8))
        try h.close()
        s = try followed(s, path: path)
        #expect(s.events.map(\.title) == ["boot", "worker failed"])
        #expect(s.events.last?.text == "worker failed\njava.lang.IllegalStateException: closed\n\tat Worker.step(Worker.java:17)")
        #expect(s.following)
    }
}
