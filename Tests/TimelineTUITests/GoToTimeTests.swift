import Testing
import TimelineModel
@testable import timeline_tui

/// `t`: go to the first event at or after a time, through `update`.
@Suite struct GoToTimeTests {
    typealias F = ViewerFixture

    func go(_ s: ViewState, _ typed: String) -> ViewState { F.press(s, "t", typed, "Enter") }

    @Test func aDateAndTimeLandsOnTrumpsReaction() throws {
        let s = go(try F.state(), "2017-11-03 06:00")
        #expect(s.selectedEvent?.id == "trump-rogue-employee")
        #expect(s.message == "First event at or after 2017-11-03 06:00.")
        try F.expectGolden("go-to-time-80x24", F.screen(s))
    }

    @Test func formsOfTime() throws {
        let s0 = try F.state()
        // A time alone is on the selected event's day, in the zone shown.
        #expect(go(s0, "18:50").selectedEvent?.id == "restored")
        // In UTC the 00:05 tweet is on 3 November: 10:00 that day is 06:00 in New York.
        #expect(go(F.press(s0, "z", "jjj"), "10:00").selectedEvent?.id == "trump-rogue-employee")
        #expect(go(s0, "2017-11-03T10:51Z").selectedEvent?.id == "trump-rogue-employee")
        // From the selection: 18:35:43 + 1 h is 19:35:43, so the 20:05 tweet.
        #expect(go(s0, "+1h").selectedEvent?.id == "first-tweet-after")
        #expect(go(F.press(s0, "jj"), "-10m").selectedEvent?.id == "restored")
        #expect(go(F.press(s0, "G"), "-30d").selectedEvent?.id == "last-tweet-before")
        // From the mark (the deactivation, ~18:48): T+10m is 18:58.
        let marked = F.press(s0, "j", "m", "g")
        #expect(go(marked, "T+10m").selectedEvent?.id == "restored")
        #expect(go(marked, "T+0").selectedEvent?.id == "deactivation")
        // Without a mark, from the first event.
        #expect(go(F.press(s0, "G"), "T+0").selectedEvent?.id == "last-tweet-before")
    }

    @Test func dayOnlyEventsFollowTheSortingRule() throws {
        // Known only to the day, they sort at its end: after 23:00 that day.
        #expect(go(try F.state(), "2017-11-03 23:00").selectedEvent?.id == "twittergov-safeguards")
        #expect(go(try F.state(), "2017-11-04").selectedEvent?.id == "duysak-interview")
    }

    @Test func nothingAfterOrNotATime() throws {
        let s0 = F.press(try F.state(), "jj")
        let late = go(s0, "2017-12-01")
        #expect(late.selectedEvent?.id == "restored", "the selection stays")
        #expect(late.message == "No event after 2017-12-01 00:00.")
        let bad = go(s0, "noon")
        #expect(bad.prompt?.purpose == .time)
        #expect(bad.prompt?.problem?.message == "not a time: try 18:50, 2017-11-03 06:00, +1h, -10m or T+10m")
        #expect(bad.selectedEvent?.id == "restored")
        // Among the events the filter shows only.
        let filtered = go(F.press(try F.state(), "f", "kind:statement", "Enter"), "2017-11-03 06:00")
        #expect(filtered.selectedEvent?.id == "twittergov-safeguards")
    }

    @Test func distances() {
        #expect(TimeJump.distance("+1h30m") == 5400)
        #expect(TimeJump.distance("-10m") == -600)
        #expect(TimeJump.distance("+2d") == 172_800)
        #expect(TimeJump.distance("+0") == 0)
        for bad in ["+", "+h", "+10", "1h", "+1x", "+١h"] { #expect(TimeJump.distance(bad) == nil, "\(bad)") }
    }
}
