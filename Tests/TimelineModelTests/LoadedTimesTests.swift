import Testing
@testable import TimelineModel

/// Every `time` form and `precision` through the loader.
@Suite struct LoadedTimesTests {
    /// Loads one event with `fields` (JSON members) in a timeline in `zone`.
    static func event(_ fields: String, zone: String = "UTC") throws -> Event {
        let text = #"{"title": "t", "timezone": "\#(zone)", "events": [{"id": "a", "title": "x", \#(fields)}]}"#
        let timeline = try TimelineLoader.load(bytes: Array(text.utf8), name: "t.json")
        return try #require(timeline.events.first)
    }

    @Test(arguments: [
        ("2017-11-03T00:05:51.550Z", Precision.exact, Instant(seconds: 1_509_667_551, nanoseconds: 550_000_000)),
        ("2017-11-03T00:05:51.123456789Z", .exact, Instant(seconds: 1_509_667_551, nanoseconds: 123_456_789)),
        ("2017-11-03T00:05:51,5Z", .exact, Instant(seconds: 1_509_667_551, nanoseconds: 500_000_000)),
        ("2017-11-02T22:35:43+00:00", .second, Instant(seconds: 1_509_662_143)),
        ("2017-11-02T22:35:43z", .second, Instant(seconds: 1_509_662_143)),
        ("2017-11-02 22:35:43Z", .second, Instant(seconds: 1_509_662_143)),
        ("2017-11-02t18:48-04:00", .minute, Instant(seconds: 1_509_662_880)),
        ("2017-11-03T00:05+01:00", .minute, Instant(seconds: 1_509_663_900)),
        ("2016-12-31T23:59:60Z", .second, Instant(seconds: 1_483_228_799)),
    ])
    func instantForms(_ time: String, _ precision: Precision, _ instant: Instant) throws {
        let e = try Self.event(#""time": "\#(time)""#)
        #expect(e.time.instant == instant)
        #expect(e.precision == precision)
        #expect(e.sortInstant == instant)
    }

    @Test func aBareDateIsADayInTheTimelinesZone() throws {
        let e = try Self.event(#""time": "2017-11-03""#, zone: "Europe/Paris")
        #expect(e.time == .day(CivilDate(year: 2017, month: 11, day: 3)))
        #expect(e.precision == .day)
        // 4 November starts at 23:00 UTC on the 3rd in Paris (CET, UTC+1).
        #expect(e.sortInstant == Instant(seconds: 1_509_750_000 - 1, nanoseconds: 999_999_997))  // months and years sort after
    }

    @Test(arguments: [
        ("2017-11-03T00:05:51.550Z", "exact", Precision.exact),
        ("2017-11-03T00:05:51.550Z", "second", .second),
        ("2017-11-03T00:05:51Z", "minute", .minute),
        ("2017-11-03T00:05Z", "hour", .hour),
        ("2017-11-03T00:05Z", "day", .day),
        ("2017-11-03", "day", .day),
    ])
    func statedPrecisionMayBeCoarser(_ time: String, _ stated: String, _ precision: Precision) throws {
        let e = try Self.event(#""time": "\#(time)", "precision": "\#(stated)""#)
        #expect(e.precision == precision)
    }

    @Test func approximateAndNullOptionalFields() throws {
        let e = try Self.event(#""time": "2017-11-02T18:48-04:00", "approximate": true, "actor": null, "end": null"#)
        #expect(e.approximate)
        #expect(e.actor == nil)
        #expect(e.end == nil)
    }

    @Test(arguments: [
        (#""time": "2017-11-02T18:48-04:00", "end": "2017-11-02T18:59-04:00""#, "UTC"),
        (#""time": "2017-11-02T18:48-04:00", "end": "2017-11-02T18:48-04:00""#, "UTC"),
        (#""time": "2017-11-03", "end": "2017-11-29""#, "UTC"),
        // 03:00 UTC on the 3rd is still the 2nd in New York: ending on the 2nd is fine there.
        (#""time": "2017-11-03T03:00Z", "end": "2017-11-02""#, "America/New_York"),
        (#""time": "2017-11-03", "end": "2017-11-03T04:00Z""#, "America/New_York"),
    ])
    func spans(_ fields: String, _ zone: String) throws {
        let e = try Self.event(fields, zone: zone)
        #expect(e.end != nil)
    }

    @Test func aDayEndingBeforeItsZonedStartIsRefused() {
        let text = #"{"title": "t", "timezone": "America/New_York", "events": [{"id": "a", "title": "x", "time": "2017-11-03", "end": "2017-11-03T03:00Z"}]}"#
        #expect(BadInputTests.problems(text) == [
            "bad.json:1:114: events[0].end: 2017-11-03T03:00Z is before time 2017-11-03",
        ])
    }
}
