import Testing
import TimelineModel
@testable import timeline_tui

/// On screen, a later file's day is a day in its own zone: the list puts it under a
/// heading that says so (`(day in UTC)`) when the screen shows another zone, and says
/// nothing when it shows that one; the detail pane and the go-to-time prompt agree.
@Suite struct MergedDateZoneViewerTests {
    /// Notes in Los Angeles time first (the merge's zone), then a UTC timeline whose
    /// analysis is known only to the day.
    static func state(zone: String? = nil) throws -> ViewState {
        let la = try DuplicatesFoldingTests.file("la", zone: "America/Los_Angeles", #"""
            {"id": "lock", "time": "2018-10-21T16:07-07:00", "title": "Deploys locked"}
            """#)
        let utc = try DuplicatesFoldingTests.file("utc", zone: "UTC", #"""
            {"id": "page", "time": "2018-10-21T22:54Z", "title": "Paged"},
            {"id": "rca", "time": "2018-10-30", "title": "Analysis published"}
            """#)
        let merged = TimelineMerge.merge([la, utc])
        return ViewState(timeline: merged, sourceName: "la.json, utc.json", zones: zone.map { [Zone(identifier: $0)!] } ?? [],
                         local: Zone(identifier: "Asia/Tokyo")!, width: 80, height: 24, measure: .screen)
    }

    @Test func theListSaysWhoseDayItIsOnlyWhereTheZoneDiffers() throws {
        let s = try Self.state()
        let screen = ViewerFixture.screen(s)
        #expect(screen.contains("Tuesday 30 October 2018 (day in UTC)"))
        #expect(!screen.contains("day in America/Los_Angeles"))
        let row = try #require(screen.split(separator: "\n").first { $0.contains("Analysis published") })
        #expect(row.contains("time unknown") && !row.contains("(day in"))
        let inUTC = ViewerFixture.screen(try Self.state(zone: "UTC"))
        #expect(inUTC.contains("Tuesday 30 October 2018") && !inUTC.contains("(day in UTC)"))
    }

    @Test func theDetailPaneSaysTheSameAsTheExport() throws {
        var s = try Self.state()
        s = ViewerFixture.press(s, "G", "Enter")
        let screen = ViewerFixture.screen(s)
        #expect(screen.contains("time unknown (day in UTC)"))
        let export = TextExporter(timeline: s.timeline, zone: nil, options: .init(details: false, width: nil)).text()
        #expect(export.contains("time unknown (day in UTC)"))
    }
}
