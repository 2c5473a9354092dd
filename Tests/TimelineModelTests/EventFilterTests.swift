import Testing
@testable import TimelineModel

@Suite struct EventFilterTests {
    let timeline = IncidentEvents.timeline

    @Test func searchIsCaseAndAccentInsensitive() {
        #expect(timeline.search("twittergov").map { timeline.events[$0].id }
            == ["twittergov-human-error", "twittergov-last-day", "twittergov-safeguards"])
        #expect(timeline.search("ROGUE").map { timeline.events[$0].id } == ["trump-rogue-employee"])
        #expect(timeline.search("").count == 10)
        #expect(timeline.search("no such words").isEmpty)
        #expect(FoldedText("etat").isFound(in: "L’ÉTAT c’est moi"))
        #expect(FoldedText("désolé").isFound(in: "« DESOLE »"))
        #expect(!FoldedText("desole").isFound(in: "desol"))
    }

    @Test func filtersCombine() {
        var f = EventFilter(actor: "realdonaldtrump")
        #expect(f.indices(in: timeline.events) == [0, 3, 6])
        f.text = "rogue"
        #expect(f.indices(in: timeline.events) == [6])
        #expect(EventFilter().isEmpty)
        #expect(EventFilter(tag: "x").indices(in: timeline.events).isEmpty)
    }
}
