import Testing
import TimelineModel
@testable import timeline_tui
@testable import TimelineModel

/// Several files open with every file's events shown at once, while the same happening
/// in two files is found in the background: the header says `folding duplicates…` until
/// the answer comes, which takes the timeline's place keeping what the user set.
@Suite struct DuplicatesFoldingTests {
    /// A file in our format from its events' JSON.
    static func file(_ name: String, zone: String, _ events: String) throws -> MergeInput {
        let json = #"{"title": "\#(name)", "timezone": "\#(zone)", "events": [\#(events)]}"#
        return MergeInput(label: name, timeline: try TimelineLoader.load(bytes: Array(json.utf8), name: name + ".json"))
    }

    /// Two files sharing a failover (to the second in one, to the minute in the other, written
    /// at another offset) and a day-only event (a day in New York in both: a day in Paris
    /// would be other hours, never the same happening), merged as the viewer merges them.
    static func state() throws -> ViewState {
        let edge = try file("edge", zone: "America/New_York", #"""
            {"id": "deploy", "time": "2020-01-01T10:00:00Z", "actor": "ci", "title": "Edge deploy"},
            {"id": "x", "time": "2020-01-01T10:02:00Z", "actor": "on-call", "title": "Failover started"},
            {"id": "late", "time": "2020-01-01T12:00:00Z", "title": "Edge quiet again"},
            {"id": "day", "time": "2020-01-02", "title": "The day after"}
            """#)
        let core = try file("core", zone: "America/New_York", #"""
            {"id": "deploy", "time": "2020-01-01T11:00:30+01:00", "actor": "ci", "title": "Core deploy"},
            {"id": "y", "time": "2020-01-01T11:02+01:00", "actor": "db", "title": "failover  STARTED"},
            {"id": "z", "time": "2020-01-02", "title": "the day  AFTER"},
            {"id": "w", "time": "2020-01-02T09:00+01:00", "title": "Core report"}
            """#)
        let merged = TimelineMerge.merge([edge, core], foldingLater: true)
        return ViewState(timeline: merged, sourceName: "edge.json, core.json", local: Zone(identifier: "Asia/Tokyo")!,
                         width: 80, height: 24, measure: .screen)
    }

    /// The answer the runtime sends back for `state`'s fold.
    static func folded(_ state: ViewState) throws -> Message {
        try #require(EffectRunner.perform(.foldDuplicates, for: state))
    }

    static func position(_ s: ViewState, id: String, from label: String) -> Int? {
        s.events.indices.first { s.events[$0].id == id && s.events[$0].origins.first == label }
    }

    @Test func theMergedEventsShowFirstAndTheScreenSaysDuplicatesAreBeingFolded() throws {
        let s = try Self.state()
        #expect(s.effect == .foldDuplicates)
        #expect(s.foldingDuplicates && s.events.count == 8)
        try ViewerFixture.expectGolden("merged-folding-80x24", ViewerFixture.screen(s))
        let after = update(s, try Self.folded(s))
        #expect(!after.foldingDuplicates && after.events.count == 6)
        #expect(after.message == "2 events found in another file too now shown once (6 events).")
        try ViewerFixture.expectGolden("merged-folded-80x24", ViewerFixture.screen(after))
        // A second answer (none is sent, but a stale one must not move anything) is dropped.
        #expect(update(after, try Self.folded(s)).events.count == 6)
    }

    @Test func theSelectionBookmarksMarkAndSearchMoveWithTheirEvents() throws {
        var s = try Self.state()
        let answer = try Self.folded(s)
        // The core file's failover, about to be shown once at the edge file's.
        let twin = try #require(Self.position(s, id: "y", from: "core"))
        s.select(twin)
        s.bookmarks = [try #require(Self.position(s, id: "w", from: "core"))]
        s.mark = Self.position(s, id: "late", from: "edge")
        #expect(s.mark != nil)
        s = ViewerFixture.send(s, .key(.character("/")))
        for c in "deploy" { s = ViewerFixture.send(s, .key(.character(c))) }
        s = ViewerFixture.send(s, .key(.enter))
        #expect(s.matches.count == 2)
        s.select(twin)
        let after = ViewerFixture.send(s, answer)
        #expect(after.selectedEvent?.id == "x" && after.selectedEvent?.origins == ["edge", "core"])
        #expect(after.bookmarks.map { after.events[$0].id } == ["w"])
        #expect(after.mark.map { after.events[$0].id } == "late")
        #expect(after.search == "deploy" && after.matches.map { after.events[after.shown[$0]].id } == ["edge:deploy", "core:deploy"])
    }

    @Test func aFilterIsAskedAgainSinceAKeptEventNowHoldsItsTwinsFile() throws {
        var s = try Self.state()
        let answer = try Self.folded(s)
        s = ViewerFixture.press(s, "f")
        for c in "source:core" { s = ViewerFixture.send(s, .key(.character(c))) }
        s = ViewerFixture.send(s, .key(.enter))
        #expect(s.shown.map { s.events[$0].id } == ["core:deploy", "y", "w", "z"])
        let after = ViewerFixture.send(s, answer)
        // The core events shown once at the edge file's are still shown, now the edge's.
        #expect(after.shown.map { after.events[$0].id } == ["core:deploy", "x", "w", "day"])
        #expect(after.shown.map { after.events[$0].origins } == [["core"], ["edge", "core"], ["core"], ["edge", "core"]])
        #expect(after.filterAnswered && after.filter == "source:core")
    }

    /// A big timeline's filter runs in the background: until its answer comes, the list
    /// shows the moved answer and says it is filtering.
    @Test func aBackgroundFilterShowsTheMovedAnswerUntilItsOwnComes() throws {
        var s = try Self.state()
        s.liveSearchLimit = 2
        let answer = try Self.folded(s)
        s = ViewerFixture.press(s, "f")
        for c in "source:core" { s = ViewerFixture.send(s, .key(.character(c))) }
        s = ViewerFixture.send(s, .key(.enter))
        let waiting = update(s, answer)
        guard case .filter(let job)? = waiting.effect else {
            Issue.record("the filter is asked again")
            return
        }
        #expect(job.among == nil && !waiting.filterAnswered)
        var wide = waiting
        wide.width = 120
        #expect(ViewerFixture.screen(wide).contains("4/6 events, filter “source:core” · filtering “source:core”…"))
        let done = ViewerFixture.send(waiting, try #require(EffectRunner.perform(.filter(job), for: waiting)))
        #expect(done.shown.map { done.events[$0].id } == ["core:deploy", "x", "w", "day"] && done.filterAnswered)
    }
}
