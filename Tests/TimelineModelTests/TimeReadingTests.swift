import Testing
@testable import TimelineModel

/// Times other tools write: no zone is never guessed, `--assume-zone` applies to zoneless
/// times only, DST gaps are errors, overlaps need an abbreviation or `--ambiguous`, and
/// precision follows the digits written.
@Suite struct TimeReadingTests {
    let paris = Zone(identifier: "Europe/Paris")!

    func instant(_ s: String) -> Instant? { try? TimeParser.parse(s).get().instant }

    func read(_ text: String, _ r: TimeReading, abbreviation: String? = nil) -> Result<EventTime, WrittenTime.Failure> {
        r.read(text, what: "datetime", abbreviation: abbreviation)
    }

    @Test func noZoneIsRefusedWithTheWayOut() {
        let r = read("2017-09-24 19:01:01", TimeReading())
        #expect(r == .failure(.init(message: "datetime \"2017-09-24 19:01:01\" has no zone; add --assume-zone UTC (or the zone the writer used)")))
    }

    @Test func assumedZoneAppliesToZonelessTimesOnly() throws {
        let r = TimeReading(assumedZone: paris)
        #expect(try read("2017-09-24 19:01:01", r).get().instant == instant("2017-09-24T17:01:01Z"))
        // A zone the text carries wins.
        #expect(try read("2017-09-24T19:01:01+00:00", r).get().instant == instant("2017-09-24T19:01:01Z"))
        #expect(try read("2022-07-24T19:01:01+0000", r).get().instant == instant("2022-07-24T19:01:01Z"))
        // The written form keeps Paris's offset then, so it is shown in the zone it is in.
        if case .instant(_, let form) = try read("2017-01-24T19:01", r).get() {
            #expect(form.offsetSeconds == 3600 && !form.hasSeconds)
        } else { Issue.record("not an instant") }
    }

    @Test func aWallTimeInADSTGapIsAnError() {
        // 26 March 2017: Paris skipped from 02:00 to 03:00.
        let r = read("2017-03-26 02:30:00", TimeReading(assumedZone: paris))
        #expect(r == .failure(.init(message: "datetime \"2017-03-26 02:30:00\" does not exist in Europe/Paris: the clocks skipped it (a change to summer time)")))
    }

    @Test func aWallTimeInADSTOverlapNeedsAnAbbreviationOrAChoice() throws {
        // 29 October 2017: 02:30 happened at +02:00 (CEST) and again at +01:00 (CET).
        let text = "2017-10-29 02:30:00"
        #expect(read(text, TimeReading(assumedZone: paris)) == .failure(.init(message:
            "datetime \"2017-10-29 02:30:00\" happened twice in Europe/Paris (at +02:00 and at +01:00); add --ambiguous earlier or --ambiguous later")))
        #expect(try read(text, TimeReading(assumedZone: paris), abbreviation: "CEST").get().instant == instant("2017-10-29T00:30:00Z"))
        #expect(try read(text, TimeReading(assumedZone: paris), abbreviation: "CET").get().instant == instant("2017-10-29T01:30:00Z"))
        #expect(try read(text, TimeReading(assumedZone: paris, ambiguous: .earlier)).get().instant == instant("2017-10-29T00:30:00Z"))
        #expect(try read(text, TimeReading(assumedZone: paris, ambiguous: .later)).get().instant == instant("2017-10-29T01:30:00Z"))
    }

    @Test func precisionFollowsTheDigitsWritten() throws {
        #expect(try read("2015-07-24T19:01:01+00:00", TimeReading()).get().impliedPrecision == .second)
        #expect(try read("2015-07-24T19:01+00:00", TimeReading()).get().impliedPrecision == .minute)
        guard case .instant(let i, let form) = try read("2012-03-14T04:17:38.276340Z", TimeReading()).get() else {
            Issue.record("not an instant"); return
        }
        #expect(form.fractionDigits == 6 && i.nanoseconds == 276_340_000)
        // A date alone is a day, read in the timeline's zone: no zone needed, no made-up 00:00.
        #expect(try read("2017-11-03", TimeReading()).get() == .day(CivilDate(year: 2017, month: 11, day: 3)))
    }

    @Test func epochNumbersAreExactToTheirUnit() {
        guard case .instant(let i, let form)? = EpochUnit.us.time("1331698658276340") else { Issue.record("nil"); return }
        #expect(i == Instant(seconds: 1_331_698_658, nanoseconds: 276_340_000) && form.fractionDigits == 6)
        guard case .instant(let s, let f)? = EpochUnit.s.time("1562074931.25") else { Issue.record("nil"); return }
        #expect(s == Instant(seconds: 1_562_074_931, nanoseconds: 250_000_000) && f.fractionDigits == 2)
        #expect(EpochUnit.ms.time("1562074931123")?.instant == Instant(seconds: 1_562_074_931, nanoseconds: 123_000_000))
        #expect(EpochUnit.ns.time("1783014478846326030")?.instant == Instant(seconds: 1_783_014_478, nanoseconds: 846_326_030))
        #expect(EpochUnit.us.time("12ab") == nil)
        #expect(EpochUnit.s.time("99999999999999999") == nil)
    }

    @Test func notATimeSaysWhatWasExpected() {
        #expect(read("2022-11-10T05-07-28+00:00", TimeReading()) == .failure(.init(message:
            "datetime \"2022-11-10T05-07-28+00:00\" is not a time; expected ISO 8601 such as 2015-07-24T19:01:01+00:00")))
        #expect(read("2017-02-30T10:00Z", TimeReading()) == .failure(.init(message: "datetime \"2017-02-30T10:00Z\": 2017-02-30 is not a date")))
        // The part that cannot be is named alone, never the clock with a second it did not write.
        #expect(read("2018-10-21T23:61Z", TimeReading()) == .failure(.init(message: "datetime \"2018-10-21T23:61Z\": minute 61 does not exist")))
        #expect(read("2018-10-21 25:00", TimeReading()) == .failure(.init(message: "datetime \"2018-10-21 25:00\": hour 25 does not exist")))
    }
}
