import Foundation
import Testing
import TimelineModel
@testable import timeline_tui

/// Bookmarks through `update`, their sidecar file, and `export --bookmarked`.
@Suite struct BookmarkTests {
    typealias F = ViewerFixture

    func withFile(_ s: ViewState, _ path: String = "/tmp/x.json.marks.json") -> ViewState {
        var s = s
        s.restoreBookmarks([], from: path)
        return s
    }

    @Test func mSetsAndClearsAnyNumberAndAsksToKeepThem() throws {
        let s0 = withFile(try F.state())
        let two = F.press(s0, "j", "M", "5j", "M")
        #expect(two.bookmarkedIds == ["deactivation", "trump-rogue-employee"])
        #expect(two.effect == .saveBookmarks(path: "/tmp/x.json.marks.json", ids: ["deactivation", "trump-rogue-employee"]))
        #expect(two.mark == nil, "the T+0 mark is independent")
        let screen = F.screen(two)
        #expect(screen.contains("◆ ~18:48"))
        #expect(screen.contains("◆▸06:51:51.120"))
        try F.expectGolden("bookmarks-80x24", screen)
        let cleared = F.press(two, "M")
        #expect(cleared.bookmarkedIds == ["deactivation"])
        #expect(cleared.effect == .saveBookmarks(path: "/tmp/x.json.marks.json", ids: ["deactivation"]))
        // With the T+0 mark on a bookmark too, both stay.
        let both = F.press(two, "m")
        #expect(both.mark == 6 && both.bookmarkedIds.count == 2)
    }

    @Test func uAndUVisitThemAndWrap() throws {
        let s = F.press(withFile(try F.state()), "j", "M", "5j", "M", "g")
        let u1 = F.press(s, "u")
        #expect(u1.selectedEvent?.id == "deactivation")
        #expect(u1.message == "Bookmark 1 of 2.")
        #expect(F.press(u1, "u").selectedEvent?.id == "trump-rogue-employee")
        let wrapped = F.press(u1, "u", "u")
        #expect(wrapped.selectedEvent?.id == "deactivation")
        #expect(wrapped.message == "Bookmark 1 of 2 (wrapped).")
        #expect(F.press(s, "U").selectedEvent?.id == "trump-rogue-employee")
        let listed = F.press(s, "'")
        #expect(listed.message == "2 bookmarks (u / U visit): ~18:48 The account is deactivated by a worker on their last day; it stays down 11 minutes · 06:51:51.120 Trump: taken down “by a rogue employee”")
        #expect(F.press(try F.state(), "u").message == "No bookmarks: M sets one.")
    }

    @Test func aSaveThatFailsIsSaidAndTheBookmarksStay() throws {
        let s = F.press(withFile(try F.state()), "M")
        let failed = F.send(s, .bookmarksNotSaved(reason: "cannot write '/ro/x.json.marks.json': Permission denied"))
        #expect(failed.message == "Bookmarks not saved: cannot write '/ro/x.json.marks.json': Permission denied. They stay while the viewer is open.")
        #expect(failed.bookmarkedIds == ["last-tweet-before"])
        // No file to keep them next to (standard input): said at once.
        let stdin = F.press(try F.state(), "M")
        #expect(stdin.effect == nil)
        #expect(stdin.message?.contains("Not kept after the viewer closes") == true)
    }

    @Test func theSidecarRoundTripsAndABrokenOneIsLeftAlone() throws {
        let folder = try CLIProcess.temporaryFolder()
        let path = folder.appendingPathComponent("t.json").path
        try FileManager.default.copyItem(atPath: ViewerFixture.fixturePath, toPath: path)
        let file = BookmarkFile(for: path)
        try file.write(["restored", "quote\"d"])
        #expect(try file.read().get() == ["restored", "quote\"d"])
        var s = try F.state()
        ViewCommand.restoreBookmarks(of: path, into: &s)
        #expect(s.bookmarkedIds == ["restored"])
        #expect(s.message == "1 bookmark of \(file.path) names no event of this file.")
        try Data("{not json".utf8).write(to: URL(fileURLWithPath: file.path))
        var broken = try F.state()
        ViewCommand.restoreBookmarks(of: path, into: &broken)
        #expect(broken.bookmarksFile == nil)
        #expect(broken.message?.hasPrefix("Bookmarks not restored: \(file.path) is not a bookmarks file") == true)
        #expect(F.press(broken, "M").effect == nil, "a broken sidecar is never written over")
    }

    @Test func exportBookmarkedKeepsOnlyThem() throws {
        let folder = try CLIProcess.temporaryFolder()
        let path = folder.appendingPathComponent("t.json").path
        try FileManager.default.copyItem(atPath: ViewerFixture.fixturePath, toPath: path)
        let none = try CLIRun.run(["export", path, "--bookmarked"])
        #expect(none.status == 1)
        #expect(none.stderr.contains("t.json.marks.json does not exist"))
        try BookmarkFile(for: path).write(["restored", "trump-rogue-employee", "nyt-contractor"])
        let r = try CLIRun.run(["export", path, "--bookmarked", "--width", "0", "--filter", "-kind:report"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Events:     2 of 10\n"))
        #expect(r.stdout.contains("Filter:     -kind:report; bookmarked (\(path).marks.json)\n"))
        #expect(ExportOptionsCLITests.actors(r.stdout) == ["Twitter", "@realDonaldTrump"])
    }
}
