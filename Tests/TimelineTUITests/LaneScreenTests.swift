import Foundation
import Testing
import TimelineModel
@testable import timeline_tui

/// The lane view (`l`) and a merged timeline's sources, pinned as whole screens in
/// `Golden/` (UPDATE_GOLDEN=1 rewrites them).
@Suite struct LaneScreenTests {
    static let sizes = [(80, 24), (120, 40)]

    /// The fixture merged with a second file of the same night (a newsroom's notes).
    static func merged(width: Int, height: Int, newsroomFirst: Bool = false) throws -> ViewState {
        let json = #"""
        {"title": "Newsroom", "timezone": "America/New_York", "events": [
          {"id": "n1", "time": "2017-11-02T19:10-04:00", "actor": "desk", "title": "Desk notices the account is back"},
          {"id": "n2", "time": "2017-11-03T02:00:28.893Z", "actor": "@TwitterGov", "title": "@TwitterGov: it was done by a customer-support employee on their last day"}
        ]}
        """#
        let other = try TimelineLoader.load(bytes: Array(json.utf8), name: "newsroom.json")
        var inputs = [MergeInput(label: "2017-11-03", timeline: try ViewerFixture.timeline()),
                      MergeInput(label: "newsroom", timeline: other)]
        if newsroomFirst { inputs.reverse() }
        let t = TimelineMerge.merge(inputs)
        return ViewState(timeline: t, sourceName: inputs.map { $0.label + ".json" }.joined(separator: ", "), local: Zone(identifier: "Asia/Tokyo")!,
                         width: width, height: height, measure: .screen)
    }

    @Test(arguments: sizes) func lanesByActor(width: Int, height: Int) throws {
        let s = ViewerFixture.press(try ViewerFixture.state(width: width, height: height), "l")
        try ViewerFixture.expectGolden("lanes-actor-\(width)x\(height)", ViewerFixture.screen(s))
    }

    @Test(arguments: sizes) func lanesWithFilterSearchZoneAndRelativeTimes(width: Int, height: Int) throws {
        let s = ViewerFixture.press(try ViewerFixture.state(width: width, height: height), "l", "f", "kind:statement", "Enter",
                                    "/", "tax", "Enter", "z", "r")
        try ViewerFixture.expectGolden("lanes-narrowed-\(width)x\(height)", ViewerFixture.screen(s))
    }

    @Test(arguments: sizes) func mergedListAndLanesBySource(width: Int, height: Int) throws {
        let s = try Self.merged(width: width, height: height)
        try ViewerFixture.expectGolden("merged-list-\(width)x\(height)", ViewerFixture.screen(s))
        let lanes = ViewerFixture.press(s, "l")
        try ViewerFixture.expectGolden("merged-lanes-\(width)x\(height)", ViewerFixture.screen(lanes))
        let byActor = ViewerFixture.press(lanes, "L")
        #expect(byActor.lanes == .actor)
        // The @TwitterGov statement is in both files: one event, both files.
        #expect(s.events.count == 11)
        let filtered = ViewerFixture.press(s, "f", "source:newsroom", "Enter")
        #expect(filtered.shownEvents.map(\.origins) == [["newsroom"], ["2017-11-03", "newsroom"]])
    }

    /// `timeline-tui newsroom.json 2017-11-03.json`: the newsroom's lane comes first, as
    /// on the command line, though the fixture's events come first in time; the statement
    /// both files hold is marked in both lanes.
    @Test(arguments: sizes) func lanesByFileFollowTheCommandLine(width: Int, height: Int) throws {
        let s = ViewerFixture.press(try Self.merged(width: width, height: height, newsroomFirst: true), "l")
        try ViewerFixture.expectGolden("merged-lanes-newsroom-first-\(width)x\(height)", ViewerFixture.screen(s))
        let lines = ViewerFixture.screen(s).split(separator: "\n").map(String.init)
        let names = lines[1]
        #expect(try #require(names.range(of: "newsroom")).lowerBound < (try #require(names.range(of: "2017-11-")).lowerBound))
        // The newsroom's copy is kept (the first file's): no kind, `·` in each lane.
        let both = try #require(lines.first { $0.contains("it was done by") })
        #expect(both.prefix(36).filter { $0 == "·" }.count == 2)
    }

    /// Four files of four formats (the fixture, a Statuspage export, a Caddy log, a pager
    /// export): more actors than fit. At the end of the list, the lanes of the events on
    /// screen take the columns (the Caddy lines have no actor: `(none)`), not the first
    /// actors of the fixture, empty there.
    @Test(arguments: sizes) func lanesThatDoNotFitGiveWayToThoseOnScreen(width: Int, height: Int) throws {
        let root = ViewerFixture.root.appendingPathComponent("Tests/Fixtures")
        let inputs = [MergeInput(label: "2017-11-03", timeline: try ViewerFixture.timeline())] + (try [
            ("discord", "formats/statuspage/discord-incidents.json"), ("caddy", "formats/jsonl-log/caddy.log"),
            ("pager", "incidents/github-2018-10-21/pager.json"),
        ].map { MergeInput(label: $0.0, timeline: try TimelineLoader.load(path: root.appendingPathComponent($0.1).path)) })
        let t = TimelineMerge.merge(inputs)
        let s = ViewState(timeline: t, sourceName: "four files", local: Zone(identifier: "Asia/Tokyo")!,
                          width: width, height: height, measure: .screen)
        let end = ViewerFixture.press(s, "l", "L", "G")
        let screen = ViewerFixture.screen(end)
        try ViewerFixture.expectGolden("lanes-four-files-end-\(width)x\(height)", screen)
        let lines = screen.split(separator: "\n").map(String.init)
        #expect(lines[1].contains("(none)") && lines[1].contains("more lane"))
        #expect(!screen.contains("[(none)]"))
        // Back at the top, the fixture's actors again.
        let top = ViewerFixture.screen(ViewerFixture.press(end, "g")).split(separator: "\n").map(String.init)
        #expect(top[1].contains("@realDon") && !top[1].contains("(none)"))
    }

    @Test func theOutageIsABarFromTheDeactivationToTheRestoration() throws {
        let s = ViewerFixture.press(try ViewerFixture.state(width: 80, height: 24), "l")
        let lines = ViewerFixture.screen(s).split(separator: "\n").map(String.init)
        let down = try #require(lines.firstIndex { $0.contains("The account is deactiva") })
        let back = try #require(lines.firstIndex { $0.contains("The account is restored") })
        #expect(back == down + 1)
        let column = try #require(Array(lines[down]).firstIndex(of: "┬"))
        #expect(Array(lines[back])[column] == "│")
        // Narrower: the lanes that do not fit are counted in the header.
        let narrow = ViewerFixture.screen(ViewerFixture.press(try ViewerFixture.state(width: 60, height: 20), "l"))
        #expect(narrow.contains("more lanes"))
    }
}
