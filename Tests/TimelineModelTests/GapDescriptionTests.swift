import Testing
@testable import TimelineModel

@Suite struct GapDescriptionTests {
    let ny = Zone(identifier: "America/New_York")!

    func event(_ time: String, end: String? = nil, precision: Precision? = nil, approximate: Bool = false) -> Event {
        let t = try! TimeParser.parse(time).get()
        return Event(id: "e", time: t, end: end.map { try! TimeParser.parse($0).get() }, precision: precision,
                     approximate: approximate, title: "t", sortInstant: t.instant ?? Instant(seconds: 0))
    }

    func gap(_ a: Event, _ b: Event) -> String? {
        let f = TimeFormatter(zone: ny, homeZone: ny, from: Instant(seconds: 1_509_000_000), to: Instant(seconds: 1_512_000_000))
        return GapDescription.between(a, b, formatter: f)?.line
    }

    @Test func notableGapsAreShownRoundedToTheMinute() {
        #expect(gap(event("2017-11-03T00:05:51.550Z"), event("2017-11-03T02:00:28.893Z")) == "· 1 h 55 min later ·")
        #expect(gap(event("2017-11-03T02:00:28.893Z"), event("2017-11-03T10:51:51.120Z")) == "· 8 h 51 min later ·")
        #expect(gap(event("2017-11-03T00:00Z"), event("2017-11-04T12:00Z")) == "· 1 d 12 h later ·")
        #expect(gap(event("2018-10-21T22:52Z"), event("2018-10-22T23:03Z")) == "· 1 d 11 min later ·")
    }

    @Test func shortGapsAreNotShown() {
        #expect(gap(event("2017-11-03T00:05:07.247Z"), event("2017-11-03T00:05:51.550Z")) == nil)
        #expect(gap(event("2017-11-03T00:00Z"), event("2017-11-03T00:09:59Z")) == nil)
        #expect(gap(event("2017-11-03T00:00Z"), event("2017-11-03T00:10Z")) == "· 10 min later ·")
    }

    @Test func approximateTimesGiveApproximateGaps() {
        #expect(gap(event("2017-11-02T22:35:43.905Z"), event("2017-11-02T18:48-04:00", approximate: true)) == "· ~12 min later ·")
    }

    @Test func aSpanCountsFromItsEnd() {
        let outage = event("2017-11-02T18:48-04:00", end: "2017-11-02T18:59-04:00", approximate: true)
        #expect(gap(outage, event("2017-11-02T18:59-04:00", approximate: true)) == nil)
        #expect(gap(outage, event("2017-11-03T00:05:07.247Z")) == "· ~1 h 6 min later ·")
    }

    @Test func hourPrecisionNeedsThreeHours() {
        #expect(gap(event("2017-11-03T00:00Z", precision: .hour), event("2017-11-03T02:30Z")) == nil)
        #expect(gap(event("2017-11-03T00:00Z", precision: .hour), event("2017-11-03T04:20Z")) == "· ~4 h later ·")
    }

    @Test func dayOnlyEventsCountCalendarDays() {
        #expect(gap(event("2017-11-03"), event("2017-11-29")) == "· 26 days later ·")
        #expect(gap(event("2017-11-03"), event("2017-11-04")) == nil)
        #expect(gap(event("2017-11-03T10:51:51.120Z"), event("2017-11-03")) == nil)
        #expect(gap(event("2017-11-03T10:51:51.120Z"), event("2017-11-05")) == "· 2 days later ·")
    }

    /// From 60 days a gap is said in months, from 2 years in years and months, from 10
    /// years in years: `about`, as days and seconds do not divide into months exactly.
    @Test func longGapsAreSaidInMonthsAndYears() {
        #expect(gap(event("2017-11-03"), event("2017-12-31")) == "· 58 days later ·")
        #expect(gap(event("2017-11-03"), event("2018-01-02")) == "· about 2 months later ·")
        #expect(gap(event("2017-11-03"), event("2019-10-01")) == "· about 23 months later ·")
        #expect(gap(event("2012-01-22T07:52:33Z"), event("2013-08-24T06:12:54Z")) == "· about 19 months later ·")
        #expect(gap(event("2013-08-24T06:12:54Z"), event("2019-07-02T13:42:11Z")) == "· about 5 years 10 months later ·")
        // Ada Lovelace's death (27 November 1852) to 5 June 1943: 33061 days.
        #expect(gap(event("1815-12-10", end: "1852-11-27"), event("1943-06-05")) == "· about 91 years later ·")
        // Under 60 days nothing changes; an approximate long gap says `about` once.
        #expect(gap(event("2017-11-03T00:00Z"), event("2017-12-31T23:00Z")) == "· 58 d 23 h later ·")
        #expect(gap(event("2017-11-03T00:00Z", approximate: true), event("2021-11-03T00:00Z")) == "· about 4 years later ·")
    }

    @Test func calendarMonthsAreExactYearsAndMonths() {
        #expect(GapDescription(amount: 23, calendar: .month, approximate: false).text == "23 months later")
        #expect(GapDescription(amount: 24, calendar: .month, approximate: false).text == "2 years later")
        #expect(GapDescription(amount: 400, calendar: .month, approximate: false).text == "33 years 4 months later")
        #expect(GapDescription(amount: 90, calendar: .year, approximate: false).text == "90 years later")
    }
}
