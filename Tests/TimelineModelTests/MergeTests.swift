import Foundation
import Testing
@testable import TimelineModel

/// Several files as one timeline (`TimelineMerge`): the order, the labels, the ids used
/// twice and the same happening from two files.
@Suite struct MergeTests {
    /// A timeline in our format from its events' JSON.
    static func ours(_ name: String, zone: String = "UTC", _ events: String) throws -> Timeline {
        let json = #"{"title": "\#(name)", "timezone": "\#(zone)", "events": [\#(events)]}"#
        return try TimelineLoader.load(bytes: Array(json.utf8), name: name + ".json")
    }

    /// Each event as `label hh:mm:ss title` in UTC, the origins joined by `+`.
    static func lines(_ t: Timeline) -> [String] {
        let f = TimeFormatter(timeline: t, zone: .utc)
        return t.events.map { e in
            "\(e.origins.joined(separator: "+")) \(f.time(of: e)) \(e.title.prefix(24))"
        }
    }

    /// The on-call notes of the Emma incident of 18 February 2019, written by hand in
    /// Chicago time, to merge with the status page's own export.
    static let notes = """
        {"id": "page", "time": "2019-02-18T07:25:00-06:00", "actor": "on-call", "title": "Pager: 5xx rate above 2% on web"},
        {"id": "rollback", "time": "2019-02-18T07:40:02-06:00", "actor": "on-call", "title": "Rolled back web to the previous build"},
        {"id": "seen", "time": "2019-02-18T07:28:42-06:00", "actor": "on-call", "title": "Status page post seen in #incident"},
        {"id": "done", "time": "2019-02-18T07:57:10-06:00", "actor": "on-call", "title": "Closed the incident channel"}
        """

    @Test func aStatuspageExportAndHandWrittenNotesInterleaveToTheSecond() throws {
        let page = try FormatFixtures.load("statuspage/emma-incident.json")
        let hand = try Self.ours("notes", zone: "America/Chicago", Self.notes)
        let merged = TimelineMerge.merge([MergeInput(label: "status", timeline: page), MergeInput(label: "notes", timeline: hand)])
        #expect(Self.lines(merged) == [
            "notes 13:25:00 Pager: 5xx rate above 2%",
            "status 13:28:41.270 Reports of 500 errors na",
            "status 13:28:41.403 We are replicating repor",
            "notes 13:28:42 Status page post seen in",
            "notes 13:40:02 Rolled back web to the p",
            "status 13:47:17.019 We are now monitoring a ",
            "status 13:56:37.241 Our systems team has giv",
            "notes 13:57:10 Closed the incident chan",
        ])
        // The first file's title and zone; the reader of each file named.
        #expect(merged.title == page.title && merged.timezone == page.timezone)
        #expect(merged.origins == ["status", "notes"])
        #expect(merged.inputFormat == "status: Statuspage incidents; notes: timeline JSON")
    }

    @Test func tiesKeepTheOrderOfTheFilesThenOfEachFile() throws {
        let a = try Self.ours("a", #"{"id": "a1", "time": "2020-01-01T10:00:00Z", "title": "A one"}, {"id": "a2", "time": "2020-01-01T10:00:00Z", "title": "A two"}"#)
        let b = try Self.ours("b", #"{"id": "b1", "time": "2020-01-01T10:00:00Z", "title": "B one"}"#)
        let ab = TimelineMerge.merge([MergeInput(label: "a", timeline: a), MergeInput(label: "b", timeline: b)])
        #expect(ab.events.map(\.title) == ["A one", "A two", "B one"])
        let ba = TimelineMerge.merge([MergeInput(label: "b", timeline: b), MergeInput(label: "a", timeline: a)])
        #expect(ba.events.map(\.title) == ["B one", "A one", "A two"])
        #expect(ba.title == "b")
        #expect(TimelineMerge.merge([MergeInput(label: "a", timeline: a)], title: "Both").title == "Both")
    }

    @Test func onlyIdsUsedInTwoFilesArePrefixedWithTheirLabel() throws {
        let edge = try Self.ours("edge", #"{"id": "deploy", "time": "2020-01-01T10:00:00Z", "title": "Edge deploy"}, {"id": "purge", "time": "2020-01-01T10:01:00Z", "title": "Cache purge"}"#)
        let core = try Self.ours("core", #"{"id": "deploy", "time": "2020-01-01T10:02:00Z", "title": "Core deploy"}"#)
        let merged = TimelineMerge.merge([MergeInput(label: "edge", timeline: edge), MergeInput(label: "core", timeline: core)])
        #expect(merged.events.map(\.id) == ["edge:deploy", "purge", "core:deploy"])
        #expect(ExportView.position(ofId: "core:deploy", in: merged.events) == 2)
        // The plain-text search finds the id as shown.
        #expect(merged.search("core:dep") == [2])
    }

    @Test func theSameHappeningFromTwoFilesIsShownOnceWithBothFiles() throws {
        // 10:00:05.250 exact and 10:00 to the minute: the same minute; the title differs
        // only in case and spaces.
        let a = try Self.ours("a", #"{"id": "x", "time": "2020-01-01T10:00:05.250Z", "title": "Database  failover started"}"#)
        let b = try Self.ours("b", zone: "Europe/Paris", #"{"id": "y", "time": "2020-01-01T11:00+01:00", "title": "database failover STARTED "}"#)
        let merged = TimelineMerge.merge([MergeInput(label: "a", timeline: a), MergeInput(label: "b", timeline: b)])
        #expect(merged.events.count == 1)
        #expect(merged.events[0].origins == ["b", "a"])  // the earlier-sorting one is kept
        let text = String(decoding: TextExporter(timeline: merged, options: .init(details: false, width: nil)).export(), as: UTF8.self)
        #expect(text.contains("  10:00          [b, a] database failover STARTED \n"))
        let kept = TimelineMerge.merge([MergeInput(label: "a", timeline: a), MergeInput(label: "b", timeline: b)], keepDuplicates: true)
        #expect(kept.events.map(\.origins) == [["b"], ["a"]])
    }

    @Test func differentMinutesTitlesOrASpanAndAnInstantAreNotTheSame() throws {
        let a = try Self.ours("a", """
            {"id": "1", "time": "2020-01-01T10:00:59Z", "title": "Failover"},
            {"id": "2", "time": "2020-01-01T12:00:00Z", "title": "Outage"},
            {"id": "3", "time": "2020-01-01T14:00:00Z", "title": "Restart"}
            """)
        let b = try Self.ours("b", """
            {"id": "4", "time": "2020-01-01T10:01Z", "title": "Failover"},
            {"id": "5", "time": "2020-01-01T12:00:00Z", "end": "2020-01-01T12:30:00Z", "title": "Outage"},
            {"id": "6", "time": "2020-01-01T14:00:00Z", "title": "Restart of web"}
            """)
        let merged = TimelineMerge.merge([MergeInput(label: "a", timeline: a), MergeInput(label: "b", timeline: b)])
        #expect(merged.events.count == 6)
        // The same file never folds its own events.
        let same = try Self.ours("c", #"{"id": "1", "time": "2020-01-01T10:00Z", "title": "Tick"}, {"id": "2", "time": "2020-01-01T10:00Z", "title": "Tick"}"#)
        let other = try Self.ours("d", #"{"id": "z", "time": "2020-01-01T10:00Z", "title": "Tick"}"#)
        let m = TimelineMerge.merge([MergeInput(label: "c", timeline: same), MergeInput(label: "d", timeline: other)])
        #expect(m.events.map(\.origins) == [["c", "d"], ["c"]])
    }

    @Test func theSourceFilterFindsTheEventsOfAFile() throws {
        let page = try FormatFixtures.load("statuspage/emma-incident.json")
        let hand = try Self.ours("notes", zone: "America/Chicago", Self.notes)
        let merged = TimelineMerge.merge([MergeInput(label: "status", timeline: page), MergeInput(label: "notes", timeline: hand)])
        #expect(EventFilter(source: "NOTES").indices(in: merged.events) == [0, 3, 4, 7])
        #expect(EventFilter(actor: "on-call", source: "status").indices(in: merged.events) == [])
        #expect(EventFilter(source: "notes").indices(in: hand.events) == [])
    }

    @Test func aDayOnlyEventSortsAtTheEndOfItsDayInItsOwnFilesZone() throws {
        let ny = try Self.ours("ny", zone: "America/New_York", #"{"id": "late", "time": "2017-11-02T23:30:00-04:00", "title": "Late in New York"}"#)
        let paris = try Self.ours("paris", zone: "Europe/Paris", #"{"id": "day", "time": "2017-11-02", "title": "Some time that day"}"#)
        let merged = TimelineMerge.merge([MergeInput(label: "ny", timeline: ny), MergeInput(label: "paris", timeline: paris)])
        // In Paris the day ends before 23:30 in New York: a day in Paris, not in New York.
        #expect(merged.events.map(\.title) == ["Some time that day", "Late in New York"])
        #expect(merged.events.map(\.dateZone) == ["Europe/Paris", nil])
        #expect(merged.dateZones == ["Europe/Paris"])
        let f = TimeFormatter(timeline: merged)
        #expect(merged.events.map { f.time(of: $0) } == ["time unknown (day in Europe/Paris)", "23:30:00"])
        #expect(TimeFormatter(timeline: merged, zone: Zone(identifier: "Europe/Paris")).time(of: merged.events[0]) == "time unknown")
        #expect(MergeInput.defaultLabel(forFile: "logs/edge.log") == "edge")
        #expect(MergeInput.defaultLabel(forFile: "-") == "stdin")
    }
}
