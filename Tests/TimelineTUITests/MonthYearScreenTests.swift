import Testing
import TimelineModel
@testable import timeline_tui

/// Events known only to the month or year on screen (Knight Lab's "Women in Computing"
/// TimelineJS sample): `Jul 1943` / `1951` in the time column under headings of their
/// own, the detail pane saying what is known, the sticky heading naming the month or year.
@Suite struct MonthYearScreenTests {
    typealias F = ViewerFixture

    static func state(width: Int = 80, height: Int = 24) throws -> ViewState {
        let path = F.root.appendingPathComponent("Tests/Fixtures/formats/timelinejs/women_in_computing.json").path
        return ViewState(timeline: try TimelineLoader.load(path: path), sourceName: "women_in_computing.json",
                         local: Zone(identifier: "Asia/Tokyo")!, width: width, height: height, measure: .screen)
    }

    @Test func monthsAndYearsHaveTheirOwnHeadingsAndNoMadeUpDay() throws {
        let s = try Self.state()
        let screen = F.screen(s)
        #expect(screen.contains("── July 1943"))
        #expect(screen.contains("  Jul 1943     · ...And the women who made it work"))
        #expect(screen.contains("── 1951"))
        #expect(!screen.contains("1 July 1943") && !screen.contains("1 January"))
        try F.expectGolden("women-in-computing-80x24", screen)
    }

    @Test func theDetailPaneSaysItIsKnownOnlyToTheMonth() throws {
        // The third event in time: "...And the women who made it work", July 1943 to 1946.
        let s = F.press(try Self.state(width: 80, height: 30), "j", "j", "Enter")
        let screen = F.screen(s)
        #expect(screen.contains("July 1943, Jul 1943–1946, known only to the month"))
        let year = F.press(try Self.state(width: 80, height: 30), "j", "j", "j", "j", "Enter")
        #expect(F.screen(year).contains("1951, known only to the year"))
    }

    /// Ada Lovelace, 10 December 1815 to 27 November 1852: the span and the gap after it
    /// in years, not `13502 days` and `33061 days`.
    @Test func longSpansAndGapsAreSaidInYears() throws {
        let s = F.press(try Self.state(width: 80, height: 30), "Enter")
        let screen = F.screen(s)
        #expect(screen.contains("Sunday 10 December 1815, time unknown–1852-11-27 (about 37 years)"), "\(screen)")
        #expect(!screen.contains("13502"))
        #expect(F.screen(try Self.state()).contains("· about 91 years later ·"))
    }

    @Test func theStickyHeadingNamesTheMonthOrYear() throws {
        var s = try Self.state(width: 60, height: 8)
        var seen: [String] = []
        for _ in 0..<9 {
            s = F.press(s, "j")
            if let h = s.stickyDayHeading { seen.append(h) }
        }
        // Headings of months and years have no weekday; every one seen is a real heading.
        #expect(seen.contains { h in !DayHeading.weekdays.contains { h.hasPrefix($0) } }, "\(seen)")
        let headings = Set(s.timeline.events.map { DayHeading.text(s.formatter.period(of: $0)) })
        #expect(seen.allSatisfy(headings.contains), "\(seen)")
    }
}
