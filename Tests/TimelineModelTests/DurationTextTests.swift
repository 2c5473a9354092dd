import Testing
@testable import TimelineModel

/// `DurationText`'s one rule for lengths: to the minute under a week (a span timed to the
/// minute keeps its minutes past a day), days and hours from a week, months from 60 days.
@Suite struct DurationTextTests {
    let minute: Int64 = 60, hour: Int64 = 3600, day: Int64 = 86_400
    let utc = TimeFormatter(zone: .utc, homeZone: .utc, from: Instant(seconds: 1_540_000_000), to: Instant(seconds: 1_541_000_000))

    @Test func underAWeekALengthKeepsItsMinutes() {
        #expect(DurationText.text(seconds: 11 * minute) == "11 min")
        #expect(DurationText.text(seconds: 23 * hour + 59 * minute) == "23 h 59 min")
        #expect(DurationText.text(seconds: day) == "1 d")
        #expect(DurationText.text(seconds: day + 11 * minute) == "1 d 11 min")
        #expect(DurationText.text(seconds: day + 3 * hour) == "1 d 3 h")
        #expect(DurationText.text(seconds: 2 * day + 3 * hour + 5 * minute) == "2 d 3 h 5 min")
        // Rounded to the minute, as under a day.
        #expect(DurationText.text(seconds: day + 11 * minute + 29) == "1 d 11 min")
        #expect(DurationText.text(seconds: day + 11 * minute + 30) == "1 d 12 min")
        #expect(DurationText.text(seconds: 7 * day - 31) == "6 d 23 h 59 min")
    }

    @Test func fromAWeekDaysAndHours() {
        #expect(DurationText.text(seconds: 7 * day - 29) == "7 d")
        #expect(DurationText.text(seconds: 9 * day + 12 * hour + 11 * minute) == "9 d 12 h")
        #expect(DurationText.length(seconds: 58 * day + 23 * hour) == "58 d 23 h")
        #expect(DurationText.length(seconds: 60 * day) == "about 2 months")
    }

    /// The GitHub outage of 21 October 2018 (22:52 to 23:03 the next day, in UTC) is a
    /// day and eleven minutes on every line that says it: span, detail and gap.
    @Test func aDayAndElevenMinutesEverywhere() throws {
        let start = try TimeParser.parse("2018-10-21T22:52Z").get()
        let end = try TimeParser.parse("2018-10-22T23:03Z").get()
        let outage = Event(id: "o", time: start, end: end, title: "outage", sortInstant: start.instant!)
        let f = utc
        #expect(f.timeAndSpan(of: outage) == "22:52–22 Oct 23:03 (1 d 11 min)")
        let later = Event(id: "l", time: try TimeParser.parse("2018-10-23T23:14Z").get(), title: "later",
                          sortInstant: try TimeParser.parse("2018-10-23T23:14Z").get().instant!)
        #expect(GapDescription.between(outage, later, formatter: f)?.line == "· 1 d 11 min later ·")
        let origin = Event(id: "s", time: start, title: "start", sortInstant: start.instant!)
        #expect(f.relative(later, to: origin) == "T+2 d 22 min")
    }

    /// Times known to the hour give whole hours: never minutes past a day.
    @Test func hourTimesNeverShowMinutes() throws {
        let a = try TimeParser.parse("2018-10-21T22:00Z").get()
        let b = try TimeParser.parse("2018-10-23T01:40Z").get()
        let f = utc
        let origin = Event(id: "a", time: a, precision: .hour, title: "a", sortInstant: a.instant!)
        let event = Event(id: "b", time: b, title: "b", sortInstant: b.instant!)
        #expect(f.relative(event, to: origin) == "~T+1 d 4 h")
        #expect(GapDescription.between(origin, event, formatter: f)?.line == "· ~1 d 4 h later ·")
    }
}
