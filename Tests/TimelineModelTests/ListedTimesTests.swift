import Testing
@testable import TimelineModel

/// A listed event's time (the one-line listing the export and the screen read) is rebuilt
/// from what the first pass read when its record sorts at the time's instant, instead of
/// parsing the text again: it must be the same time, in the same written form, as the
/// event read whole.
@Suite struct ListedTimesTests {
    static let times = [
        #""time": "2017-11-03T00:05:51.550Z""#,
        #""time": "2017-11-03T00:05:51.123456789Z""#,
        #""time": "2017-11-03T00:05:51,5+05:30""#,
        #""time": "2017-11-02T22:35:43+00:00""#,
        #""time": "2017-11-02 22:35:43z""#,
        #""time": "2017-11-02t18:48-04:00", "approximate": true"#,
        #""time": "2016-12-31T23:59:60Z""#,
        #""time": "1969-12-31T23:59:59.9-09:30""#,
        #""time": "2017-11-02T18:48Z", "precision": "hour""#,
        #""time": "2017-11-02T18:48Z", "precision": "day""#,
        #""time": "2017-11-02T18:48Z", "precision": "month""#,
        #""time": "2017-11-02T18:48Z", "precision": "year""#,
        #""time": "2017-11-02T18:48:00Z", "end": "2017-11-02T20:59+01:00""#,
        #""time": "2017-11-03""#,
        #""time": "2017-11""#,
        #""time": "2017""#,
        #""time": "2017-11-02T18:48\u005a""#,
    ]

    static func timeline(zone: String) throws -> Timeline {
        let events = times.enumerated().map { i, t in #"{"id": "e\#(i)", "title": "x", \#(t)}"# }
        let text = #"{"title": "t", "timezone": "\#(zone)", "events": [\#(events.joined(separator: ",\n"))]}"#
        return try TimelineLoader.load(bytes: Array(text.utf8), name: "t.json")
    }

    @Test(arguments: ["UTC", "America/New_York", "Asia/Kathmandu"])
    func listedTimesAreTheTimesReadWhole(_ zone: String) throws {
        let timeline = try Self.timeline(zone: zone)
        let events = timeline.events
        #expect(events.count == Self.times.count)
        for i in events.indices {
            let listed = events.listed(at: i)
            let whole = events[i]
            #expect(listed.time == whole.time, "\(whole.id)")
            #expect(listed.end == whole.end, "\(whole.id)")
            #expect(listed.sortInstant == whole.sortInstant, "\(whole.id)")
            #expect(listed.precision == whole.precision, "\(whole.id)")
        }
    }

    /// The shortcut is taken for every instant its record sorts at (all but the stated
    /// months and years), and never for a date, a month or a year.
    @Test func theFirstPassKeepsTheFormOfInstantsThatSortWhereTheyAre() throws {
        let timeline = try Self.timeline(zone: "UTC")
        let store = try #require(timeline.events.store as? JSONEventStore)
        for i in timeline.events.indices {
            let whole = timeline.events[i]
            let form = try #require(store.fieldSpans(at: i)).timeForm
            let sortsAtItsInstant = whole.time.instant != nil && whole.precision <= .day
            #expect((form != nil) == sortsAtItsInstant, "\(whole.id)")
            if case .instant(_, let written) = whole.time, let form {
                #expect(form == written, "\(whole.id)")
            }
        }
    }

    /// The exported lines of these events are the same read whole or listed.
    @Test func theExportIsTheSameEitherWay() throws {
        let lazy = try Self.timeline(zone: "America/New_York")
        var whole = lazy
        whole.events = EventList(Array(lazy.events))
        for zone in [nil, Zone(identifier: "Asia/Tokyo")] {
            let a = TextExporter(timeline: lazy, zone: zone, options: .init(width: 50)).text()
            let b = TextExporter(timeline: whole, zone: zone, options: .init(width: 50)).text()
            #expect(a == b)
        }
    }
}
