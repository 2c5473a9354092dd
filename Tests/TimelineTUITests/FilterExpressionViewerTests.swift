import Testing
import TimelineModel
@testable import timeline_tui

/// The `f` prompt reads the model's filter grammar: what the list then shows, and a bad
/// expression kept in the prompt with the place of the problem.
@Suite struct FilterExpressionViewerTests {
    typealias F = ViewerFixture

    func shownIDs(_ s: ViewState) -> [String] { s.shownEvents.map(\.id) }

    @Test func theIssuesTwoFiltersThroughUpdate() throws {
        let s = F.press(try F.state(), "f", "kind:statement -actor:twittergov", "Enter")
        #expect(shownIDs(s) == ["last-tweet-before", "first-tweet-after"])
        #expect(s.message == "2 of 10 events match “kind:statement -actor:twittergov”.")
        let t = F.press(try F.state(), "f", "(kind:reaction OR kind:report) after:2017-11-03", "Enter")
        #expect(shownIDs(t) == ["trump-rogue-employee", "nyt-contractor", "duysak-interview"])
        #expect(F.screen(t).contains(" 1/3 "))
    }

    /// `source:` is the file an event came from in a merge (issue 11's `source:NAME`);
    /// the sources an event cites are `cited:`. One file has no labels: the empty list
    /// says where the cited sources went.
    @Test func sourceIsTheFileAndCitedTheCitedSources() throws {
        let merged = try LaneScreenTests.merged(width: 80, height: 24)
        #expect(shownIDs(F.press(merged, "f", "source:newsroom", "Enter")) == ["n1", "twittergov-last-day"])
        #expect(shownIDs(F.press(merged, "f", "source:techcrunch", "Enter")).isEmpty)
        #expect(shownIDs(F.press(merged, "f", "cited:techcrunch", "Enter")) == ["duysak-interview"])
        #expect(shownIDs(F.press(merged, "f", "cited:techcrunch OR source:newsroom", "Enter")).count == 3)
        let one = F.press(try F.state(), "f", "source:techcrunch", "Enter")
        #expect(one.shownEvents.isEmpty)
        let screen = F.screen(one)
        #expect(screen.contains("No event matches the filter “source:techcrunch”"))
        #expect(screen.contains("cited:NAME finds the sources events cite"), "\(screen)")
        #expect(!F.screen(F.press(merged, "f", "source:techcrunch", "Enter")).contains("cited:NAME"))
    }

    @Test func timesAreReadInTheZoneShown() throws {
        // UTC: 2017-11-03 00:00 UTC is 20:00 on the 2nd in New York.
        let utc = F.press(try F.state(), "z", "f", "after:2017-11-03 before:2017-11-03 01:00", "Enter")
        #expect(shownIDs(utc) == ["first-tweet-after", "twittergov-human-error"])
    }

    @Test func aBadExpressionStaysInThePromptAndPointsAtTheProblem() throws {
        let s0 = try F.state()
        let s = F.press(s0, "f", "(kind:report OR", "Enter")
        #expect(s.prompt?.purpose == .filter)
        #expect(s.prompt?.problem == FilterSyntaxError(column: 14, message: "nothing after “OR”"))
        #expect(s.prompt?.line.cursor == 13)
        #expect(shownIDs(s).count == 10, "nothing filtered silently")
        try F.expectGolden("filter-problem-80x24", F.screen(s))
        // Typing mends it: the problem goes, and Enter filters.
        let mended = F.press(s, "End", " kind:reaction)", "Enter")
        #expect(mended.prompt == nil)
        #expect(shownIDs(mended) == ["trump-rogue-employee", "nyt-contractor", "duysak-interview"])
    }

    @Test func aBigTimelineFiltersInTheBackgroundWithTheSameExpression() throws {
        var s = try F.state()
        s.liveSearchLimit = 3
        s = update(s, .key(.character("f")))
        for c in "kind:statement -actor:twittergov" { s = update(s, .key(.character(c))) }
        s = update(s, .key(.enter))
        guard case .filter(let job)? = s.effect else {
            Issue.record("no background filter asked for: \(String(describing: s.effect))")
            return
        }
        #expect(shownIDs(s).count == 10, "the last true answer stays until the new one is in")
        s = F.send(s, EffectRunner.perform(.filter(job), for: s)!)
        #expect(shownIDs(s) == ["last-tweet-before", "first-tweet-after"])
    }
}
