import Testing
import TimelineModel
@testable import timeline_tui

/// A big timeline's search index through `update`: asked for after the first screen,
/// taken when it comes, used by the background search and filter (same answers), and
/// dropped for a timeline read again, whose own is asked for.
@Suite struct SearchIndexViewerTests {
    typealias F = ViewerFixture

    /// The fixture treated as a huge file: searched in the background, with an index.
    func big() throws -> ViewState {
        var s = try F.state(width: 120)
        s.liveSearchLimit = 5
        s.searchIndexFrom = 5
        return s
    }

    @Test func theIndexIsAskedForTakenAndAnswersAsLookingAtEachEvent() throws {
        var s = update(try big(), .keysPaused)
        #expect(s.effect == .buildSearchIndex)
        #expect(update(s, .keysPaused).effect == nil, "asked once")
        let built = try #require(EffectRunner.perform(.buildSearchIndex, for: s))
        s = update(s, built)
        let index = try #require(s.searchIndex)
        #expect(index.count == 10)
        #expect(update(s, .keysPaused).effect == nil, "not asked again")
        // Issue 13's filters, and a search, answered from it as without it.
        var without = try F.state(width: 120)
        without.liveSearchLimit = 5
        for filter in ["kind:statement -actor:twittergov", "(kind:reaction OR kind:report) after:2017-11-03"] {
            let a = F.press(s, "f", filter, "Enter")
            let b = F.press(without, "f", filter, "Enter")
            #expect(a.shownEvents.map(\.id) == b.shownEvents.map(\.id) && a.filterAnswered, "\(filter)")
            #expect(a.shownEvents.count == (filter.hasPrefix("kind") ? 2 : 3), "\(filter)")
        }
        let found = F.press(s, "/", "twittergov", "Enter")
        #expect(found.matches.count == 4 && found.message?.hasPrefix("4 matches") == true)
    }

    @Test func aTimelineReadAgainDropsTheIndexAndGetsItsOwn() throws {
        var s = F.send(try big(), .keysPaused)
        let old = try #require(s.searchIndex, "built and taken")
        s = F.press(s, "R")
        var fresh = ViewState(timeline: try ReloadTests.changed(), sourceName: s.sourceName, zones: [s.zone], measure: s.measure)
        fresh.searchIndexFrom = 5
        let asked = update(s, .reloaded(fresh))
        #expect(asked.searchIndex == nil && asked.timelineVersion == s.timelineVersion + 1)
        #expect(asked.effect == .buildSearchIndex)
        // The old timeline's index, come late, is not taken for the new one.
        #expect(update(asked, .searchIndexBuilt(old, version: s.timelineVersion)).searchIndex == nil)
        let r = F.send(s, .reloaded(fresh))
        let new = try #require(r.searchIndex)
        #expect(new !== old)
        let later = F.press(r, "/", "later", "Enter")
        #expect(later.matches == r.timeline.search("later"), "as looking at each event")
        #expect(later.matches.contains { later.shownEvents[$0].id == "later" }, "the new event is found")
    }

    /// Events as a followed file's new lines give them.
    static func newEvents(_ lines: String) throws -> [Event] {
        Array(try TimelineLoader.load(bytes: Array(("{\"title\": \"t\", \"timezone\": \"UTC\"}\n" + lines).utf8), name: "new.jsonl").events)
    }

    /// `state` grown by `new` as a look at its followed file brings them.
    static func grown(_ state: ViewState, by new: [Event]) throws -> ViewState {
        var job = FollowJob(bytesRead: nil, filterTyped: state.shownFilterText, filter: state.shownFilter, search: state.matchedSearch)
        if case .follow(let asked)? = state.effect { job = asked }
        let (timeline, added) = state.timeline.appending(new)
        return F.send(state, .followed(job, bytesRead: nil, .grew(timeline, added: added, shownAdded: added, searchAdded: [], warnings: [])))
    }

    @Test func eventsAppendedWhileTheIndexIsBuiltOrAfterAreFound() throws {
        var s = F.press(try big(), "F")
        #expect(s.following)
        s.effect = nil
        s.followRunning = false
        s = update(s, .keysPaused)
        #expect(s.effect == .buildSearchIndex)
        let asked = s  // the timeline the runtime indexes, 10 events
        // Two lines are appended while the index is being built: one lands among the loaded events.
        s = try Self.grown(s, by: try Self.newEvents("""
            {"id": "pager-1", "time": "2017-11-02T23:50:00Z", "title": "pager rang"}
            {"id": "pager-2", "time": "2017-12-01T00:00:00Z", "title": "pager rang again"}

            """))
        #expect(s.events.count == 12)
        s = update(s, try #require(EffectRunner.perform(.buildSearchIndex, for: asked)))
        #expect(s.searchIndex?.count == 10, "the index came, for the events loaded")
        var found = F.press(s, "/", "pager", "Enter")
        #expect(found.matches.map { found.shownEvents[$0].id } == ["pager-1", "pager-2"])
        // And after it: another line, found too; a filter sees all three.
        s = try Self.grown(s, by: try Self.newEvents("{\"id\": \"pager-3\", \"time\": \"2017-12-02T00:00:00Z\", \"title\": \"pager, third\"}\n"))
        found = F.press(s, "/", "pager", "Enter")
        #expect(found.matches.map { found.shownEvents[$0].id } == ["pager-1", "pager-2", "pager-3"])
        #expect(found.matches.map { found.shownEvents[$0] } == found.timeline.search("pager").map { found.events[$0] },
                "as looking at each event")
        let filtered = F.press(s, "f", "pager -third", "Enter")
        #expect(filtered.shownEvents.map(\.id) == ["pager-1", "pager-2"])
    }

    @Test func aFileThatGrowsPastTheIndexSizeGetsOneThatServesItsNewEvents() throws {
        var s = F.press(try big(), "F")
        s.searchIndexFrom = 11
        s.effect = nil
        s.followRunning = false
        #expect(update(s, .keysPaused).effect == nil, "10 events: no index")
        s = try Self.grown(s, by: try Self.newEvents("""
            {"id": "pager-1", "time": "2017-11-02T23:50:00Z", "title": "pager rang"}
            {"id": "pager-2", "time": "2017-12-01T00:00:00Z", "title": "pager rang again"}

            """))
        // Asked once the file holds more (and built at once by `F.send`, as the runtime would).
        let index = try #require(s.searchIndex)
        #expect(index.count == 10, "the loaded events; the new ones are matched one by one")
        s = try Self.grown(s, by: try Self.newEvents("{\"id\": \"pager-3\", \"time\": \"2017-11-03T00:00:00Z\", \"title\": \"pager, third\"}\n"))
        #expect(s.searchIndex === index, "kept while the file grows")
        let found = F.press(s, "/", "pager", "Enter")
        #expect(found.matches.map { found.shownEvents[$0].id } == ["pager-1", "pager-3", "pager-2"])
    }
}
