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
}
