import Testing
@testable import TimelineModel

/// Events sort stably by their sort instant; day-only events at the end of their day.
@Suite struct LoadedOrderTests {
    static func load(_ events: [String], zone: String = "UTC") throws -> Timeline {
        let text = #"{"title": "t", "timezone": "\#(zone)", "events": [\#(events.joined(separator: ",\n"))]}"#
        return try TimelineLoader.load(bytes: Array(text.utf8), name: "t.json")
    }

    static func event(_ id: String, _ time: String) -> String {
        #"{"id": "\#(id)", "time": "\#(time)", "title": "\#(id)"}"#
    }

    @Test func sortsByTimeWhateverTheFileOrder() throws {
        let t = try Self.load([
            Self.event("c", "2017-11-03T10:51:51.120Z"),
            Self.event("a", "2017-11-02T18:48-04:00"),
            Self.event("b", "2017-11-03T00:05:07.247Z"),
        ])
        #expect(t.events.map(\.id) == ["a", "b", "c"])
        #expect(t.events.map(\.fileIndex) == [1, 2, 0])
    }

    @Test func aHundredEventsAtTheSameInstantKeepFileOrder() throws {
        var events = (0..<100).map { Self.event("same-\($0)", "2017-11-03T00:00Z") }
        events.insert(Self.event("later", "2017-11-03T00:01Z"), at: 50)
        events.insert(Self.event("earlier", "2017-11-02T23:59Z"), at: 30)
        let t = try Self.load(events)
        #expect(t.events.map(\.id) == ["earlier"] + (0..<100).map { "same-\($0)" } + ["later"])
    }

    @Test func sameInstantWrittenInDifferentZonesKeepsFileOrder() throws {
        let t = try Self.load([
            Self.event("paris", "2017-11-03T01:05+01:00"),
            Self.event("utc", "2017-11-03T00:05Z"),
            Self.event("new-york", "2017-11-02T20:05-04:00"),
        ])
        #expect(t.events.map(\.id) == ["paris", "utc", "new-york"])
    }

    @Test func dayOnlyEventsSortAfterEverythingElseThatDayInTheTimelinesZone() throws {
        let events = [
            Self.event("day-3", "2017-11-03"),
            Self.event("late-on-the-3rd-in-new-york", "2017-11-04T03:00Z"),
            Self.event("early-on-the-4th", "2017-11-04T05:00Z"),
            Self.event("morning-of-the-3rd", "2017-11-03T10:51Z"),
            Self.event("day-2", "2017-11-02"),
            Self.event("day-3-again", "2017-11-03"),
        ]
        let newYork = try Self.load(events, zone: "America/New_York")
        #expect(newYork.events.map(\.id) == [
            "day-2", "morning-of-the-3rd", "late-on-the-3rd-in-new-york", "day-3", "day-3-again", "early-on-the-4th",
        ])
        let utc = try Self.load(events, zone: "UTC")
        #expect(utc.events.map(\.id) == [
            "day-2", "morning-of-the-3rd", "day-3", "day-3-again", "late-on-the-3rd-in-new-york", "early-on-the-4th",
        ])
    }

    @Test(arguments: [
        // Within a few centuries: packed keys, radix-sorted.
        ["1969-12-31T23:59:59.5Z", "1970-01-01T00:00Z", "1969-07-20T20:17Z", "2017-11-03", "1969-12-31T23:59:59.25Z"],
        // Across millennia: compared in full.
        ["9999-12-31T23:59Z", "0001-01-01T00:00Z", "2017-11-03T00:05:51.550Z", "0001-01-01", "1000-06-15T12:00:00.000000001Z"],
    ])
    func ordersAcrossTheEpochAndTheCenturies(_ times: [String]) throws {
        var events = times.enumerated().map { Self.event("e\($0.offset)", $0.element) }
        events += times.enumerated().map { Self.event("again\($0.offset)", $0.element) }
        let t = try Self.load(events)
        let instants = t.events.map(\.sortInstant)
        #expect(instants == instants.sorted())
        // Equal instants keep file order: each "e" before its "again".
        for i in times.indices {
            let first = try #require(t.events.firstIndex { $0.id == "e\(i)" })
            let second = try #require(t.events.firstIndex { $0.id == "again\(i)" })
            #expect(first < second)
        }
    }

    @Test func sortInstantWithoutDecoding() throws {
        let t = try Self.load([Self.event("b", "2017-11-03T00:00Z"), Self.event("a", "2017-11-02T00:00Z")])
        #expect(t.events.indices.map(t.events.sortInstant(at:)) == t.events.map(\.sortInstant))
    }

    @Test func anEmptyTimelineIsValid() throws {
        let t = try Self.load([])
        #expect(t.events.isEmpty)
        #expect(t.title == "t")
    }
}
