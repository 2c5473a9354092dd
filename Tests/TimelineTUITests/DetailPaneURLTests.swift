import Foundation
import TestSupport
import Testing
import TimelineModel
@testable import timeline_tui

/// A URL in the detail pane is never broken across lines: it runs past the edge with `…`,
/// shows whole when the pane is scrolled sideways (`h` `l`) or the window is wider, and
/// stays whole in the export. A search hit in the pane is marked as in the list.
@Suite struct DetailPaneURLTests {
    static let url = "https://www.washingtonpost.com/news/the-fix/wp/2017/11/03/the-abridged-history-of-twitters-11-minutes-without-realdonaldtrump/"

    /// The deactivation, its detail open and scrolled (`j`) until the Washington Post's URL
    /// is on the pane's second row.
    static func sources(width: Int = 80, height: Int = 24) throws -> ViewState {
        let s = ViewerFixture.press(try ViewerFixture.state(width: width, height: height), "j", "Enter")
        return ViewerFixture.press(s, String(repeating: "j", count: try linesAbove(s)))
    }

    /// How many lines of the pane come before the line above the URL.
    static func linesAbove(_ s: ViewState) throws -> Int {
        let lines = DetailPane.lines(try #require(s.selectedEvent), state: s, width: s.width)
        let i = try #require(lines.firstIndex { $0.text.contains("https://www.washingtonpost.com/") })
        return max(0, i - 1)
    }

    @Test func aLongURLRunsPastTheEdgeWithAnEllipsis() throws {
        let s = try Self.sources()
        let screen = ViewerFixture.screen(s)
        #expect(s.detailTop > 0)
        #expect(screen.contains("\n     https://www.washingtonpost.com/news/the-fix/wp/2017/11/03/the-abridged-hi… \n"))
        #expect(!screen.contains("without-realdonaldtrump/"))
        #expect(screen.contains("· h l sideways "))
        try ViewerFixture.expectGolden("detail-url-80x24", screen)
    }

    @Test func scrolledSidewaysTheURLShowsItsEnd() throws {
        var s = ViewerFixture.press(try Self.sources(), "l")
        var screen = ViewerFixture.screen(s)
        #expect(s.detailLeft == 39)
        #expect(screen.contains("\n …the-fix/wp/2017/11/03/the-abridged-history-of-twitters-11-minutes-without-re… \n"))
        try ViewerFixture.expectGolden("detail-url-sideways-80x24", screen)
        s = ViewerFixture.press(s, "l", "l")
        screen = ViewerFixture.screen(s)
        #expect(s.detailLeft == DetailPane.hiddenColumns(DetailPane.lines(s.selectedEvent!, state: s, width: 80), width: 80))
        #expect(screen.contains("-history-of-twitters-11-minutes-without-realdonaldtrump/ \n"))
        #expect(screen.contains("· from column \(s.detailLeft + 1), h l sideways "))
        // Back to the start, and another event starts unscrolled.
        #expect(ViewerFixture.press(s, "h", "h", "h", "h").detailLeft == 0)
        #expect(ViewerFixture.press(s, "Right").detailLeft == 0)
    }

    @Test func aWiderWindowShowsTheURLWhole() throws {
        let screen = ViewerFixture.screen(try Self.sources(width: 140, height: 30))
        #expect(screen.contains("    " + Self.url + " "))
    }

    @Test func theExportKeepsTheURLWhole() throws {
        let r = try CLIRun.run(["export", CLIProcess.fixture, "--details", "--width", "40"])
        #expect(r.status == 0)
        #expect(r.stdout.split(separator: "\n").contains { $0.hasSuffix(" " + Self.url) })
    }

    @Test func aSearchHitInTheDetailIsMarked() throws {
        let s = ViewerFixture.press(try ViewerFixture.state(), "/", "panache", "Enter", "Enter")
        let frame = render(s, size: Size(width: 80, height: 24))
        let divider = ViewState.headerRows + s.listHeight
        var marked = ""
        for y in (divider + 1)..<(frame.height - 1) {
            for x in 0..<frame.width where frame[x, y].style == Style(.match, [.reverse]) { marked += frame[x, y].text }
        }
        #expect(marked == "panache")
    }
}

/// The same on a real terminal: the URL is cut at the edge, then read to its end with `l`.
@Suite(.serialized, .enabled(if: TmuxSession.shouldRun), .tags(.tmux))
struct DetailPaneURLTmuxTests {
    @Test func theURLScrollsSidewaysOnARealTerminal() throws {
        let t = try TmuxSession(TmuxSession.viewer)
        try t.waitFor("1/10")
        try t.send("j", "Enter")
        try t.waitFor("h l sideways")
        let s = ViewerFixture.press(try ViewerFixture.state(), "j", "Enter")
        try t.type(String(repeating: "j", count: try DetailPaneURLTests.linesAbove(s)))
        var screen = try t.waitFor("     https://www.washingtonpost.com/")
        #expect(screen.contains("     https://www.washingtonpost.com/news/the-fix/wp/2017/11/03/the-abridged-hi…"))
        try t.send("l", "l", "l")
        screen = try t.waitFor("without-realdonaldtrump/")
        #expect(screen.contains("-history-of-twitters-11-minutes-without-realdonaldtrump/"))
        try t.send("q")
    }
}
