import Foundation
import Testing
@testable import TimelineModel

/// Times known only to the month or year (`2017-11`, `2017`) in our own format: read,
/// sorted at the end of their month or year, shown without a made-up day, written back
/// as they were by every writer.
@Suite struct MonthYearPrecisionTests {
    static let file = #"""
        {"title": "Months", "timezone": "America/New_York", "events": [
          {"id": "a", "time": "2017-11-02T18:48-04:00", "title": "minute"},
          {"id": "y", "time": "2017", "title": "year only"},
          {"id": "m", "time": "2017-11", "end": "2018-02", "title": "month only"},
          {"id": "d", "time": "2017-11-30", "title": "day only 30"},
          {"id": "m2", "time": "2017-11-05", "precision": "month", "title": "day coarsened to month"},
          {"id": "b", "time": "2017-12-01T00:00Z", "title": "dec 1 utc"},
          {"id": "c", "time": "2018-03", "approximate": true, "title": "march"}
        ]}
        """#

    static func load(_ text: String = file, name: String = "m.json") throws -> Timeline {
        try TimelineLoader.load(bytes: Array(text.utf8), name: name)
    }

    static func problems(_ text: String, name: String = "m.json") -> [String] {
        do throws(LoadFailure) {
            _ = try TimelineLoader.load(bytes: Array(text.utf8), name: name)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    static func export(_ t: Timeline, _ format: ExportFormat, zone: String? = nil) -> String {
        String(decoding: format.bytes(ExportView(timeline: t, zone: zone.flatMap { Zone(identifier: $0) })), as: UTF8.self)
    }

    @Test func monthsAndYearsAreReadAtTheirPrecision() throws {
        let t = try Self.load()
        let m = try #require(t.events.first { $0.id == "m" })
        #expect(m.time == .month(year: 2017, month: 11))
        #expect(m.end == .month(year: 2018, month: 2))
        #expect(m.precision == .month)
        #expect(try #require(t.events.first { $0.id == "y" }).precision == .year)
        #expect(try #require(t.events.first { $0.id == "m2" }).precision == .month)
    }

    @Test func theySortAtTheEndOfTheirMonthOrYearAfterItsDays() throws {
        let t = try Self.load()
        // 30 November's day-only event, then the month's events, then (2017 ending) the
        // year's; 1 December 00:00 UTC is 30 November 19:00 in New York: before them all.
        #expect(t.events.map(\.id) == ["a", "b", "d", "m", "m2", "y", "c"])
        let m = try #require(t.events.first { $0.id == "m" })
        // 1 December 2017 starts at 05:00 UTC in New York (EST).
        #expect(m.sortInstant == Instant(seconds: 1_512_104_400 - 1, nanoseconds: 999_999_998))
    }

    @Test func theTextExportShowsNoMadeUpDay() throws {
        let text = Self.export(try Self.load(), .text)
        #expect(text.contains("Covering:   2017-11-02 18:48 – 2018-03 (day unknown)"))
        #expect(text.contains("""
            November 2017
              Nov 2017–Feb 2018 (3 months)  month only
              Nov 2017       day coarsened to month

            2017
              2017           year only

            March 2018
              ~Mar 2018      march
            """))
        let paris = Self.export(try Self.load(), .text, zone: "Europe/Paris")
        #expect(paris.contains("Nov 2017 (month in America/New_York)"))
        #expect(!text.contains("1 November") && !text.contains("1 January"))
    }

    @Test func gapsAndRelativeTimesCountMonthsAndYears() throws {
        let t = try Self.load()
        let f = TimeFormatter(timeline: t)
        let e = { (id: String) in t.events.first { $0.id == id }! }
        #expect(f.relative(e("c"), to: e("m")) == "~T+4 months")
        #expect(f.relative(e("m2"), to: e("a")) == "same month")
        #expect(f.relative(e("y"), to: e("c")) == "~T\u{2212}1 year")
        // November's month-only event (ending February) to March 2018: 1 month, unsaid;
        // the minute event to the month: never hours.
        #expect(GapDescription.between(e("m"), e("c"), formatter: f) == nil)
        #expect(GapDescription.between(e("a"), e("m"), formatter: f) == nil)
        let sept = try Self.load(#"{"title": "t", "events": [{"id": "s", "time": "2017-09", "title": "x"}, {"id": "m", "time": "2017-11-05", "title": "y"}]}"#)
        #expect(GapDescription.between(sept.events[0], sept.events[1], formatter: TimeFormatter(timeline: sept))?.text == "2 months later")
    }

    @Test func ourJSONWritesThemBackAsWritten() throws {
        let t = try Self.load()
        let json = Self.export(t, .json)
        // Our own file's events are copied as written (the writer reuses the file's bytes).
        #expect(json.contains(#"{"id": "m", "time": "2017-11", "end": "2018-02", "title": "month only"}"#))
        #expect(json.contains(#"{"id": "y", "time": "2017", "title": "year only"}"#))
        #expect(json.contains(#"{"id": "m2", "time": "2017-11-05", "precision": "month", "title": "day coarsened to month"}"#))
        // Events built in memory (another reader's) are written by the model: the same forms.
        let story = try TimelineLoader.load(bytes: ExportFormat.timelineJS.bytes(ExportView(timeline: t)), name: "s.json",
                                            options: ReadOptions(time: TimeReading(assumedZone: Zone(identifier: "America/New_York"))))
        let rewritten = Self.export(story, .json)
        #expect(rewritten.contains(#""time":"2017-11","end":"2018-02","title":"month only""#))
        #expect(rewritten.contains(#""time":"2017","title":"year only""#))
        let back = try Self.load(json)
        #expect(back.events.map(\.time) == t.events.map(\.time))
        #expect(back.events.map(\.precision) == t.events.map(\.precision))
        let jsonl = try TimelineLoader.load(bytes: Array(Self.export(t, .jsonl).utf8), name: "m.jsonl")
        #expect(jsonl.events.map(\.time) == t.events.map(\.time))
    }

    @Test func csvTimesketchAndTimelineJSWriteOnlyWhatIsKnown() throws {
        let t = try Self.load()
        let csv = Self.export(t, .csv)
        #expect(csv.contains("m,2017-11,2018-02,month,false,,,month only"))
        #expect(csv.contains("y,2017,,year,false,,,year only"))
        let sketch = Self.export(t, .timesketchJSONL)
        let line = try #require(sketch.split(separator: "\n").first { $0.contains(#""event_id":"m""#) })
        // The start of November in the home zone, and the precision that says so.
        #expect(line.contains(#""datetime":"2017-11-01T00:00:00-04:00""#))
        #expect(line.contains(#""precision":"month""#))
        let tljs = Self.export(t, .timelineJS)
        #expect(tljs.contains(#""start_date":{"year":2017,"month":11},"end_date":{"year":2018,"month":2}"#))
        #expect(tljs.contains(#""start_date":{"year":2017}"#))
        #expect(!tljs.contains(#""month":11,"day":1}"#))
    }

    @Test func badMonthsAndYearsAreRefusedWithTheirPlace() {
        let bad = #"{"title": "t", "events": [{"id": "a", "time": "2017-13", "title": "x"}, {"id": "b", "time": "2017-1", "title": "y"}, {"id": "c", "time": "2017-11", "precision": "day", "title": "z"}]}"#
        #expect(Self.problems(bad) == [
            "m.json:1:47: events[0].time: month 13 does not exist",
            "m.json:1:93: events[1].time: '2017-1' is not a time; expected an RFC 3339 time such as 2017-11-02T18:48:00-04:00, a date such as 2017-11-03, a month 2017-11 or a year 2017",
            #"m.json:1:162: events[2].precision: "day" is finer than the time as written (2017-11 gives only the month)"#,
        ])
    }

    @Test func filtersReadMonthsAndYears() throws {
        let t = try Self.load()
        let f = TimeFormatter(timeline: t)
        func ids(_ filter: String) throws -> [String] {
            let e = try FilterExpression(parsing: filter, timeline: t, formatter: f)
            return t.events.filter { e.matches($0) }.map(\.id)
        }
        #expect(try ids("before:2017-12") == ["a", "b", "d", "m", "m2"])
        #expect(try ids("after:2018") == ["c"])
        #expect(try ids("after:2017-11-20 before:2017-12") == ["b", "d", "m", "m2"])
    }

    @Test func aMergeTellsTheSameMonthFromAnother() throws {
        let a = try Self.load(#"{"title": "a", "events": [{"id": "r", "time": "2017-11", "title": "Report published"}]}"#, name: "a.json")
        let b = try Self.load(#"{"title": "b", "events": [{"id": "r", "time": "2017-11", "title": "report  published"}, {"id": "s", "time": "2017-12", "title": "Report published"}]}"#, name: "b.json")
        let merged = TimelineMerge.merge([MergeInput(label: "a", timeline: a), MergeInput(label: "b", timeline: b)])
        #expect(merged.events.map(\.time) == [.month(year: 2017, month: 11), .month(year: 2017, month: 12)])
        #expect(merged.events[0].origins == ["a", "b"])
    }
}
