import Foundation
import Testing
@testable import TimelineModel

/// TimelineJS3's own website examples: the Whitney Houston timeline (a `<br/>` in the
/// title slide's headline, year-only and day-only dates) and the site's older example in
/// TimelineJS 2's JSON, which is named rather than reported as our format's errors.
@Suite struct TimelineJSRealFilesTests {
    typealias F = FormatFixtures

    @Test func houstonTimelineTitleIsOneLineAndItsDatesStayAsWritten() throws {
        let t = try F.load("timelinejs/houston-timeline3.json")
        // "headline": "Whitney Houston<br/> 1963 - 2012"
        #expect(t.title == "Whitney Houston 1963 - 2012")
        #expect(t.events.count == 18)
        let utc = F.exportLines(t, zone: "UTC")
        // {"year": "1963", "month": "8", "day": "9"}: a day, no made-up time.
        #expect(F.shown("A Musical Heritage", in: utc)! == ("Friday 9 August 1963", "time"))
        // {"year": "1978"}: a year, no made-up 1 January.
        #expect(utc.contains("1978") && utc.contains { $0.hasPrefix("  1978 ") && $0.contains("First Recording") })
        // {"year": "2012", "month": "2", "day": "11"}, in another zone: whose day it is.
        let tokyo = F.exportLines(t, zone: "Asia/Tokyo")
        #expect(tokyo.contains("Saturday 11 February 2012"))
        #expect(tokyo.contains { $0.contains("time unknown (day in UTC)") && $0.contains("Whitney Houston") })
    }

    /// TimelineJS 2's own example (`{"timeline": {"date": [{"startDate": "2011,3,23"}]}}`)
    /// is read as TimelineJS 2, its one broken date (`"endDate":"196002152034"`) refused
    /// with its place, alone; with that date left empty, read at the precision written.
    @Test func timelineJS2IsReadByItsOwnReader() throws {
        let path = F.path("timelinejs/timelinejs2-example.json")
        #expect(F.problems("timelinejs/timelinejs2-example.json") == [
            path + #":207:27: timeline.date[16].endDate: "196002152034" is not a TimelineJS 2 date; expected comma parts year,month,day,hour,minute,second ("2011,3,23")"#,
        ])
        var text = String(decoding: try F.bytes("timelinejs/timelinejs2-example.json"), as: UTF8.self)
        text = text.replacingOccurrences(of: #""endDate":"196002152034""#, with: #""endDate":"""#)
        let t = try TimelineLoader.load(bytes: Array(text.utf8), name: "taylor.json")
        #expect(t.inputFormat == "TimelineJS 2")
        #expect(t.title == "Elizabeth Taylor 1932-2011")
        #expect(t.summary?.hasPrefix("The actress,renowned for her beauty") == true)
        #expect(t.events.count == 28)
        let utc = F.exportLines(t)
        // "2011,3,23": a day, no made-up time; "1942": a year, no made-up 1 January.
        #expect(F.shown("Elizabeth Taylor Dies in Los Angeles", in: utc)! == ("Wednesday 23 March 2011", "time"))
        #expect(utc.contains { $0.hasPrefix("  1942 ") })
        let died = try #require(t.events.first { $0.title == "Elizabeth Taylor Dies in Los Angeles" })
        #expect(died.precision == .day)
        #expect(died.extraFields.contains(ExtraField(name: "tags", json: #""Personal life""#)))
        #expect(died.extraFields.contains(ExtraField(name: "media", json: #""examples/taylor/final.jpg""#)))
        // A time of day has no zone in TimelineJS 2: refused, with the way out.
        let timed = #"{"timeline": {"headline": "t", "type": "default", "startDate": "2024", "date": [{"startDate": "2024,3,1,14,5", "headline": "deploy", "tag": "ops"}]}}"#
        do throws(LoadFailure) {
            _ = try TimelineLoader.load(bytes: Array(timed.utf8), name: "t.json")
            Issue.record("a time of day with no zone was read")
        } catch {
            #expect(error.problems.map(\.description) == [#"t.json:1:95: timeline.date[0].startDate: startDate "2024-03-01 14:05" has no zone; add --assume-zone UTC (or the zone the writer used)"#])
        }
        var options = ReadOptions()
        options.time.assumedZone = Zone(identifier: "Europe/Paris")
        let read = try TimelineLoader.load(bytes: Array(timed.utf8), name: "t.json", options: options)
        #expect(read.events.map(\.actor) == ["ops"])
        #expect(F.shown("deploy", in: F.exportLines(read, zone: "UTC"))!.time == "13:05")
    }
}
