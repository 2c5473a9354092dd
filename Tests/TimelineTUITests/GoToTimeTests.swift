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
        #expect(go(F.press(s0, "jj"), "-12m").selectedEvent?.id == "deactivation")
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

    /// `-10m` from the restoration (~18:59) is 18:49: no event between then and the
    /// selection, so the first event at or after it would be the selection itself. Going
    /// back lands on the event going on at 18:49 (the deactivation, ~18:48), and says so;
    /// from the first event there is nowhere to go, and that is said.
    @Test func backAcrossAQuietStretchLandsBeforeNotOnTheSelection() throws {
        let s0 = try F.state()
        let back = go(F.press(s0, "jj"), "-10m")
        #expect(back.selectedEvent?.id == "deactivation")
        #expect(back.message == "No event from 2017-11-02 18:49 to the selection: the last one before it.")
        // Across the night: from the 06:51 tweet, -1h is 05:51; the last event before is 22:00.
        let night = go(F.press(s0, "jjjjjj"), "-1h")
        #expect(night.selectedEvent?.id == "twittergov-last-day")
        let first = go(s0, "-10m")
        #expect(first.selectedEvent?.id == "last-tweet-before", "the selection stays")
        #expect(first.message == "No event before 2017-11-02 18:25:43: this is the first.")
        // Forward is unchanged: the first event at or after.
        #expect(go(s0, "+10m").selectedEvent?.id == "deactivation")
    }

    /// From an event known only to the day (the TechCrunch interview, 29 November) there is
    /// no time to count minutes from: whole days count from its day, in the timeline's zone.
    @Test func distancesFromADayOnlyEventCountWholeDays() throws {
        let s0 = F.press(try F.state(), "G")
        let back = go(s0, "-26d")
        #expect(back.selectedEvent?.id == "trump-rogue-employee")
        #expect(back.message == "First event on or after 2017-11-03.")
        let minutes = go(s0, "-10m")
        #expect(minutes.selectedEvent?.id == "duysak-interview", "the selection stays")
        #expect(minutes.message == "The selection is known only to the day: count whole days (-2d), or type a time.")
        let marked = F.press(s0, "m")
        #expect(go(marked, "T+10m").message == "T+0 is known only to the day: count whole days (T-2d), or type a time.")
        #expect(go(F.press(marked, "g"), "T-27d").selectedEvent?.id == "last-tweet-before")
        // Shown in UTC, the day is still New York's, and the message says whose.
        let utc = go(F.press(s0, "z"), "-26d")
        #expect(utc.selectedEvent?.id == "trump-rogue-employee")
        #expect(utc.message == "First event on or after 2017-11-03 (a day in America/New_York).")
    }

    @Test func distances() {
        #expect(TimeJump.distance("+1h30m") == 5400)
        #expect(TimeJump.distance("-10m") == -600)
        #expect(TimeJump.distance("+2d") == 172_800)
        #expect(TimeJump.distance("+0") == 0)
        for bad in ["+", "+h", "+10", "1h", "+1x", "+١h"] { #expect(TimeJump.distance(bad) == nil, "\(bad)") }
    }
}
