import Testing
import TimelineModel
@testable import timeline_tui

/// When the day's heading has scrolled off, the top row of the list says which day is shown.
@Suite struct StickyDayHeadingTests {
    typealias F = ViewerFixture

    @Test func theTopRowNamesTheDayWhenItsHeadingScrolledOff() throws {
        let s0 = try F.state(width: 60, height: 12)
        #expect(s0.stickyDayHeading == nil, "at the top, the heading is the list's own first row")
        let s = F.press(s0, "5j")
        #expect(s.listTop > 0)
        #expect(s.stickyDayHeading == "Thursday 2 November 2017")
        let rows = F.screen(s).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows[2].hasPrefix(" ── Thursday 2 November 2017"))
        try F.expectGolden("sticky-day-60x12", F.screen(s))
        // Further down the next day's heading is on screen: it names the day itself.
        let friday = F.press(s, "G")
        #expect(F.screen(friday).contains("── Wednesday 29 November 2017"))
    }

    @Test func theLaneViewNamesTheDayToo() throws {
        let s = F.press(try F.state(width: 80, height: 10), "6j", "l")
        #expect(s.lanes != nil && s.stickyDayHeading == "Thursday 2 November 2017")
        let rows = F.screen(s).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows[2].hasPrefix(" ── Thursday 2 November 2017"), "\(rows[2])")
        #expect(F.screen(s).contains("▸06:51:51.120"), "the selection still drawn")
    }

    @Test func theSelectedEventIsNeverUnderTheStickyHeading() throws {
        var s = try F.state(width: 60, height: 10)
        for key in Array(repeating: "j", count: 10) + Array(repeating: "k", count: 10) + ["G", "C-u", "C-u", "k", "k"] {
            s = F.press(s, key)
            #expect(F.screen(s).contains("▸"), "after \(key) at \(s.selected): the selection is drawn")
        }
    }
}
