import Foundation
import Testing
import TimelineModel
@testable import timeline_tui

/// `R` and `F` on several merged files, through `update` and the runtime's `EffectRunner`
/// reading the real files (`TimelineFiles.readAgain`): every file read again, what the
/// user set carried over, duplicates checked again, a bad file named.
@Suite struct MergedReloadTests {
    typealias F = ViewerFixture

    struct Files {
        let folder: URL
        var ops: String { folder.appendingPathComponent("ops.jsonl").path }
        var pager: String { folder.appendingPathComponent("pager.jsonl").path }
        let files: TimelineFiles
        let runner: EffectRunner

        init(skipBad: Bool = false) throws {
            folder = try CLIProcess.temporaryFolder()
            let (ops, pager) = (folder.appendingPathComponent("ops.jsonl").path, folder.appendingPathComponent("pager.jsonl").path)
            try Data(("""
                {"title": "Deploy", "timezone": "UTC"}
                {"id": "deploy", "time": "2024-07-01T10:00:00Z", "kind": "deploy", "title": "Deploy 42 started"}
                {"id": "rollback", "time": "2024-07-01T10:20:00Z", "kind": "mitigation", "title": "Rollback"}

                """).utf8).write(to: URL(fileURLWithPath: ops))
            try Data(("""
                {"title": "Pager", "timezone": "UTC"}
                {"id": "page", "time": "2024-07-01T10:10:00Z", "kind": "page", "title": "Page sent to on-call"}

                """).utf8).write(to: URL(fileURLWithPath: pager))
            files = TimelineFiles([ops, pager], input: try InputArguments.parse([]),
                                  merge: try MergeArguments.parse(skipBad ? ["--skip-bad"] : []))
            let files = self.files
            runner = EffectRunner(exports: ExportService(bytes: { _, _ in [] }),
                                  file: WatchedFile(paths: [ops, pager], options: ReadOptions()) { files.readAgain() })
        }

        func state() throws -> ViewState {
            ViewState(timeline: try files.load(), sourceName: files.name, local: Zone(identifier: "UTC")!, width: 100, measure: .screen)
        }

        func append(_ text: String, to path: String) throws {
            let h = try #require(FileHandle(forWritingAtPath: path))
            h.seekToEndOfFile()
            h.write(Data(text.utf8))
            try h.close()
        }

        /// What came of `effect`, done by the runtime away from the loop.
        func answer(_ effect: Effect?, for s: ViewState) throws -> Message {
            let effect = try #require(effect)
            #expect(runner.start(effect, for: s) == nil, "read away from the loop")
            let deadline = Date().addingTimeInterval(20)
            while Date() < deadline {
                if let answer = runner.finished().first { return answer }
                Thread.sleep(forTimeInterval: 0.01)
            }
            throw CancellationError()
        }
    }

    @Test func rReadsEveryFileAgainKeepingWhatTheUserSet() throws {
        let f = try Files()
        var s = try f.state()
        #expect(s.events.map(\.id) == ["deploy", "page", "rollback"])
        s = F.press(s, "f", "-kind:deploy", "Enter", "j", "M", "m", "r", "l", "/", "roll", "Enter")
        #expect(s.selectedEvent?.id == "rollback" && s.lanes != nil)
        // The pager gets a new page; it also says the rollback, as the deploy log did.
        try f.append("""
            {"id": "failover", "time": "2024-07-01T10:15:00Z", "kind": "page", "title": "DB failover"}
            {"id": "pager-rollback", "time": "2024-07-01T10:20:00Z", "kind": "mitigation", "title": "ROLLBACK"}

            """, to: f.pager)
        s = F.press(s, "R")
        #expect(s.effect == .reload)
        s = F.send(s, try f.answer(s.effect, for: s))
        #expect(s.events.map(\.id) == ["deploy", "page", "failover", "rollback"], "the same rollback shown once")
        #expect(s.shownEvents.map(\.id) == ["page", "failover", "rollback"], "the filter kept")
        #expect(s.selectedEvent?.id == "rollback")
        #expect(s.bookmarkedIds == ["rollback"])
        #expect(s.mark.map { s.events[$0].id } == "rollback" && s.relative)
        #expect(s.lanes != nil, "still the lane view")
        #expect(s.search == "roll")
        #expect(s.message?.hasPrefix("Reloaded: 4 events (were 3)") == true)
        #expect(F.screen(s).contains("+10 min") || F.screen(s).contains("T−"), "relative times shown")
    }

    @Test func aBadFileIsNamedAndWhatWasShownStays() throws {
        let f = try Files()
        var s = F.press(try f.state(), "j")
        try f.append("{\"id\": \"broken\", \"time\": \"yesterday\", \"title\": \"x\"}\n", to: f.pager)
        s = F.press(s, "R")
        let answer = try f.answer(s.effect, for: s)
        guard case .reloadFailed(let reason) = answer else { Issue.record("\(answer)"); return }
        #expect(reason.hasPrefix(f.pager + ":3:"), "the bad file and place: \(reason)")
        #expect(reason.hasSuffix("1 of 2 files)"))
        s = F.send(s, answer)
        #expect(s.events.count == 3 && s.selectedEvent?.id == "page" && !s.reloading)
        #expect(s.message?.hasPrefix("Not reloaded: \(f.pager):3:") == true)
        // With --skip-bad, the others are read and the bad one named.
        let g = try Files(skipBad: true)
        var t = try g.state()
        try g.append("not json\n", to: g.pager)
        try g.append("{\"id\": \"later\", \"time\": \"2024-07-01T11:00:00Z\", \"title\": \"Later\"}\n", to: g.ops)
        t = F.press(t, "R")
        t = F.send(t, try g.answer(t.effect, for: t))
        #expect(t.events.map(\.id) == ["deploy", "rollback", "later"])
        #expect(t.message?.contains("skipped \(g.pager) (\(g.pager):3:") == true, "\(t.message ?? "")")
    }

    @Test func fFollowsEveryFileMergingNewEventsInOrder() throws {
        let f = try Files()
        var s = F.press(try f.state(), "F")
        #expect(s.following && s.message?.hasPrefix("Following the 2 files") == true)
        // The first look finds nothing new: what F said stays.
        s = F.send(s, try f.answer(s.effect, for: s))
        #expect(s.events.count == 3 && s.message?.hasPrefix("Following the 2 files") == true)
        try f.append("{\"id\": \"ack\", \"time\": \"2024-07-01T10:12:00Z\", \"kind\": \"page\", \"title\": \"Acknowledged\"}\n", to: f.pager)
        try f.append("{\"id\": \"done\", \"time\": \"2024-07-01T10:30:00Z\", \"kind\": \"resolved\", \"title\": \"Resolved\"}\n", to: f.ops)
        // The runtime's file watch says one changed: all are read again.
        s = F.send(s, .fileChanged(path: f.pager, removed: false))
        guard case .follow? = s.effect else { Issue.record("a change asks for a look at the files"); return }
        s = F.send(s, try f.answer(s.effect, for: s))
        #expect(s.events.map(\.id) == ["deploy", "page", "ack", "rollback", "done"])
        #expect(s.selectedEvent?.id == "done", "the selection follows the end")
        #expect(s.following && s.message == "Following: 2 new events (5 in all).")
    }

    @Test func nothingToReloadOrFollowIsSaidAtOnce() throws {
        var s = try F.state()
        s.readsFiles = false
        let r = F.press(s, "R")
        #expect(r.effect == nil && !r.reloading && r.message == "Not reloaded: fixtures/2017-11-03.json is not a file that can be read again.")
        let t = F.press(s, "F")
        #expect(t.effect == nil && !t.following && t.message == "Nothing to follow: fixtures/2017-11-03.json is not a file that can grow.")
    }
}
