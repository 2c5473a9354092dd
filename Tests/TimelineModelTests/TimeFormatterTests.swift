import Testing
@testable import TimelineModel

@Suite struct TimeFormatterTests {
    let ny = Zone(identifier: "America/New_York")!
    let paris = Zone(identifier: "Europe/Paris")!

    func event(_ time: String, end: String? = nil, precision: Precision? = nil, approximate: Bool = false) -> Event {
        let t = try! TimeParser.parse(time).get()
        return Event(id: "e", time: t, end: end.map { try! TimeParser.parse($0).get() }, precision: precision,
                     approximate: approximate, title: "t", sortInstant: t.instant ?? Instant(seconds: 0))
    }

    func formatter(_ zone: Zone) -> TimeFormatter {
        TimeFormatter(zone: zone, homeZone: ny, from: Instant(seconds: 1_509_000_000), to: Instant(seconds: 1_512_000_000))
    }

    @Test(arguments: [
        ("2017-11-02T22:35:43.905Z", nil, false, "18:35:43.905"),
        ("2017-11-02T22:35:43.9Z", nil, false, "18:35:43.9"),
        ("2017-11-02T22:35:43.123456789Z", nil, false, "18:35:43.123456789"),
        ("2017-11-02T22:35:43Z", nil, false, "18:35:43"),
        ("2017-11-02T22:35:43.905Z", Precision.second, false, "18:35:43"),
        ("2017-11-02T22:35:43.905Z", Precision.minute, false, "18:35"),
        ("2017-11-02T18:48-04:00", nil, true, "~18:48"),
        ("2017-11-02T18:48-04:00", Precision.exact, false, "18:48"),
        ("2017-11-02T18:48-04:00", Precision.hour, false, "18h"),
        ("2017-11-02T18:48-04:00", Precision.hour, true, "~18h"),
        ("2017-11-03", nil, false, "time unknown"),
        ("2017-11-03", nil, true, "time unknown"),
        ("2017-11-03T10:00Z", Precision.day, false, "time unknown"),
    ] as [(String, Precision?, Bool, String)])
    func everyPrecisionShowsOnlyWhatIsKnown(time: String, precision: Precision?, approximate: Bool, shown: String) {
        #expect(formatter(ny).time(of: event(time, precision: precision, approximate: approximate)) == shown)
    }

    @Test func theSameInstantInThreeZones() {
        let e = event("2017-11-03T00:05:51.550Z")
        #expect(formatter(ny).time(of: e) == "20:05:51.550")
        #expect(formatter(ny).day(of: e) == CivilDate(year: 2017, month: 11, day: 2))
        #expect(formatter(paris).time(of: e) == "01:05:51.550")
        #expect(formatter(paris).day(of: e) == CivilDate(year: 2017, month: 11, day: 3))
        #expect(formatter(.utc).time(of: e) == "00:05:51.550")
    }

    @Test func acrossNewYorksChangeOfOffset() {
        // 05:30 UTC is 01:30 EDT; 06:30 UTC is 01:30 EST: the same wall clock twice.
        #expect(formatter(ny).time(of: event("2017-11-05T05:30Z")) == "01:30")
        #expect(formatter(ny).time(of: event("2017-11-05T06:30Z")) == "01:30")
        #expect(formatter(ny).time(of: event("2017-11-05T07:30Z")) == "02:30")
        #expect(formatter(paris).time(of: event("2017-10-29T00:30Z")) == "02:30")
        #expect(formatter(paris).time(of: event("2017-10-29T01:30Z")) == "02:30")
    }

    @Test func aDayOnlyEventInAnotherZoneSaysWhoseDay() {
        let e = event("2017-11-03")
        #expect(formatter(paris).time(of: e) == "time unknown (day in America/New_York)")
        #expect(formatter(paris).day(of: e) == CivilDate(year: 2017, month: 11, day: 3))
    }

    @Test func spansShowTheirLength() {
        let outage = event("2017-11-02T18:48-04:00", end: "2017-11-02T18:59-04:00", approximate: true)
        #expect(formatter(ny).timeAndSpan(of: outage) == "~18:48–~18:59 (11 min)")
        #expect(formatter(.utc).timeAndSpan(of: outage) == "~22:48–~22:59 (11 min)")
        let overnight = event("2017-11-02T22:00Z", end: "2017-11-03T01:30Z")
        #expect(formatter(.utc).timeAndSpan(of: overnight) == "22:00–3 Nov 01:30 (3 h 30 min)")
        let days = event("2017-11-03", end: "2017-11-29")
        #expect(formatter(ny).timeAndSpan(of: days) == "time unknown–2017-11-29 (26 days)")
        let quick = event("2017-11-02T22:00:00Z", end: "2017-11-02T22:00:44Z")
        #expect(formatter(.utc).timeAndSpan(of: quick) == "22:00:00–22:00:44 (44 s)")
    }

    /// A long span is said in months and years (`DurationText`'s rule), like a gap.
    @Test func longSpansAreSaidInMonthsAndYears() {
        let lovelace = event("1815-12-10", end: "1852-11-27")
        #expect(formatter(ny).timeAndSpan(of: lovelace) == "time unknown–1852-11-27 (about 37 years)")
        let winter = event("2017-11-02T22:00Z", end: "2018-03-01T00:00Z")
        #expect(formatter(.utc).timeAndSpan(of: winter) == "22:00–1 Mar 00:00 (about 4 months)")
        let war = event("1943-07", end: "1946-09")
        #expect(formatter(ny).timeAndSpan(of: war) == "Jul 1943–Sep 1946 (3 years 2 months)")
        let sixtyDays = event("2017-11-03", end: "2018-01-02")
        #expect(formatter(ny).timeAndSpan(of: sixtyDays) == "time unknown–2018-01-02 (about 2 months)")
    }

    func event(_ time: String, id: String, precision: Precision? = nil, approximate: Bool = false) -> Event {
        var e = event(time, precision: precision, approximate: approximate)
        e.id = id
        return e
    }

    @Test func relativeTimes() {
        let origin = event("2017-11-02T22:35:43.905Z", id: "origin")
        let f = formatter(ny)
        #expect(f.relative(origin, to: origin) == "T+0")
        #expect(f.relative(event("2017-11-02T22:35:43.905Z"), to: origin) == "T+0")
        #expect(f.relative(event("2017-11-02T22:36:27.905Z"), to: origin) == "T+44 s")
        #expect(f.relative(event("2017-11-02T18:48-04:00", approximate: true), to: origin) == "~T+12 min")
        #expect(f.relative(event("2017-11-03T00:05:51.550Z"), to: origin) == "T+1 h 30 min")
        #expect(f.relative(event("2017-11-04T10:35:43Z"), to: origin) == "T+1 d 12 h")
        #expect(f.relative(event("2017-11-03T22:46:43.905Z"), to: origin) == "T+1 d 11 min")
        #expect(f.relative(event("2017-11-02T22:30:43Z"), to: origin) == "T−5 min")
        #expect(f.relative(event("2017-11-29"), to: origin) == "~T+27 days")
        #expect(f.relative(event("2017-11-02"), to: origin) == "same day")
    }

    /// Counted from an approximate time, every relative time is approximate, as the gap
    /// lines are (issue 8, item 4).
    @Test func relativeTimesFromAnApproximateMarkKeepTheTilde() {
        let mark = event("2017-11-02T18:48-04:00", id: "mark", approximate: true)
        let f = formatter(ny)
        #expect(f.relative(mark, to: mark) == "T+0")
        #expect(f.relative(event("2017-11-02T22:35:43.905Z"), to: mark) == "~T−12 min")
        #expect(f.relative(event("2017-11-03T00:05:07.247Z"), to: mark) == "~T+1 h 17 min")
        // Seconds are not counted from a time known to the minute.
        #expect(f.relative(event("2017-11-02T22:48:44Z"), to: event("2017-11-02T22:48Z", id: "m")) == "T+1 min")
        // Known to the hour: whole hours, approximate.
        #expect(f.relative(event("2017-11-03T02:35:43Z"), to: event("2017-11-02T22:00Z", id: "h", precision: .hour)) == "~T+5 h")
    }

    /// From a day-only mark, whole calendar days and never hours (issue 8, item 5).
    @Test func relativeTimesFromADayOnlyMarkCountWholeDays() {
        let mark = event("2017-11-29", id: "techcrunch")
        let f = formatter(ny)
        #expect(f.relative(mark, to: mark) == "same day")
        #expect(f.relative(event("2017-11-02T22:35:43.905Z"), to: mark) == "~T−27 days")
        // 23:30 in New York on 29 November is 04:30 UTC on the 30th: the home zone's day.
        #expect(f.relative(event("2017-11-30T04:30Z"), to: mark) == "same day")
        #expect(f.relative(event("2017-11-30T05:30Z"), to: mark) == "~T+1 day")
        #expect(f.relative(event("2017-11-03"), to: mark) == "~T−26 days")
        #expect(!f.relative(event("2017-11-02T22:35:43.905Z"), to: mark).contains("h"))
    }

    @Test func headersGiveDateAndTimeToTheMinuteAtMost() {
        let f = formatter(ny)
        let e = event("2017-11-02T22:35:43.905Z")
        #expect(f.dateAndTime(of: e.time, precision: .minute, approximate: false) == "2017-11-02 18:35")
        #expect(f.dateAndTime(of: event("2017-11-29").time, precision: .day, approximate: false) == "2017-11-29 (time unknown)")
        #expect(f.dateAndTime(of: e.time, precision: .hour, approximate: true) == "2017-11-02 ~18h")
    }

    @Test func dayHeadings() {
        #expect(DayHeading.text(CivilDate(year: 2017, month: 11, day: 2)) == "Thursday 2 November 2017")
        #expect(DayHeading.text(CivilDate(year: 2017, month: 11, day: 29)) == "Wednesday 29 November 2017")
        #expect(DayHeading.text(CivilDate(year: 2000, month: 2, day: 29)) == "Tuesday 29 February 2000")
    }
}
