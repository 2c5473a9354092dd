import Foundation
import Testing
@testable import TimelineModel

/// TimelineJS3's own website examples: the Whitney Houston timeline (a `<br/>` in the
/// title slide's headline, year-only and day-only dates) and the site's older example in
/// TimelineJS 2's JSON, which is named rather than reported as our format's errors.
@Suite struct TimelineJSRealFilesTests {
    typealias F = FormatFixtures

    @Test func houstonTimelineTitleIsOneLineAndItsDatesStayAsWritten() throws {
        let t = try F.load("timelinejs/houston-timeline3.json")
        // "headline": "Whitney Houston<br/> 1963 - 2012"
        #expect(t.title == "Whitney Houston 1963 - 2012")
        #expect(t.events.count == 18)
        let utc = F.exportLines(t, zone: "UTC")
        // {"year": "1963", "month": "8", "day": "9"}: a day, no made-up time.
        #expect(F.shown("A Musical Heritage", in: utc)! == ("Friday 9 August 1963", "time"))
        // {"year": "1978"}: a year, no made-up 1 January.
        #expect(utc.contains("1978") && utc.contains { $0.hasPrefix("  1978 ") && $0.contains("First Recording") })
        // {"year": "2012", "month": "2", "day": "11"}, in another zone: whose day it is.
        let tokyo = F.exportLines(t, zone: "Asia/Tokyo")
        #expect(tokyo.contains("Saturday 11 February 2012"))
        #expect(tokyo.contains { $0.contains("time unknown (day in UTC)") && $0.contains("Whitney Houston") })
    }

    @Test func timelineJS2IsNamedNotReadAsOurFormat() {
        let problems = F.problems("timelinejs/timelinejs2-example.json")
        #expect(problems.contains(F.path("timelinejs/timelinejs2-example.json")
            + #": not timeline JSON: it is TimelineJS 2's JSON ("timeline" with "startDate"), which timeline-tui does not read; TimelineJS 3's has "events" with "start_date""#))
        #expect(!problems.contains { $0.contains("missing required field") })
    }
}
