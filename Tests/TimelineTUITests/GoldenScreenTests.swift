import Testing
import TimelineModel
@testable import timeline_tui

/// Whole screens pinned as text in `Golden/` (run with UPDATE_GOLDEN=1 to rewrite them
/// after a deliberate change, then read the diff).
@Suite struct GoldenScreenTests {
    static let sizes = [(80, 24), (40, 12)]

    @Test(arguments: sizes) func fixtureList(width: Int, height: Int) throws {
        let s = try ViewerFixture.state(width: width, height: height)
        try ViewerFixture.expectGolden("list-\(width)x\(height)", ViewerFixture.screen(s))
    }

    @Test(arguments: sizes) func detailPane(width: Int, height: Int) throws {
        // The second @TwitterGov statement, its detail open.
        let s = ViewerFixture.press(try ViewerFixture.state(width: width, height: height), "jjjjj", "Enter")
        try ViewerFixture.expectGolden("detail-\(width)x\(height)", ViewerFixture.screen(s))
    }

    @Test(arguments: sizes) func help(width: Int, height: Int) throws {
        let s = ViewerFixture.press(try ViewerFixture.state(width: width, height: height), "?")
        try ViewerFixture.expectGolden("help-\(width)x\(height)", ViewerFixture.screen(s))
    }

    @Test(arguments: sizes) func searchWithNoHits(width: Int, height: Int) throws {
        let s = ViewerFixture.press(try ViewerFixture.state(width: width, height: height), "/", "zebra", "Enter")
        try ViewerFixture.expectGolden("search-no-hits-\(width)x\(height)", ViewerFixture.screen(s))
    }

    @Test(arguments: sizes) func emptyTimeline(width: Int, height: Int) throws {
        let t = Timeline(title: "Nothing happened", timezone: "Europe/Paris", events: [])
        let s = ViewState(timeline: t, sourceName: "empty.json", local: .utc, width: width, height: height)
        try ViewerFixture.expectGolden("empty-\(width)x\(height)", ViewerFixture.screen(s))
    }

    @Test func tinyWindow() throws {
        let s = try ViewerFixture.state(width: 20, height: 6)
        try ViewerFixture.expectGolden("tiny-20x6", ViewerFixture.screen(s))
    }
}
