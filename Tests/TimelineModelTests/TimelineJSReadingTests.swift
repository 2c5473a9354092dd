import Foundation
import Testing
@testable import TimelineModel

/// Knight Lab's own "Women in Computing" TimelineJS sample, as JSON and as the spreadsheet
/// CSV; a spreadsheet with times of day; our TimelineJS export read back.
@Suite struct TimelineJSReadingTests {
    typealias F = FormatFixtures

    static func options(zone: String? = nil) -> ReadOptions {
        ReadOptions(time: TimeReading(assumedZone: zone.flatMap { Zone(identifier: $0) }))
    }

    static func line(_ title: String, in lines: [String]) -> String? {
        lines.first { $0.hasPrefix("  ") && $0.contains(title) }.map { String($0.dropFirst(2)) }
    }

    /// The heading above the first line holding `title`.
    static func heading(_ title: String, in lines: [String]) -> String? {
        var heading: String?
        for l in lines {
            if !l.isEmpty && !l.hasPrefix(" ") { heading = l }
            if l.hasPrefix("  ") && l.contains(title) { return heading }
        }
        return nil
    }

    @Test(arguments: ["timelinejs/women_in_computing.json", "timelinejs/women_in_computing.csv"])
    func womenInComputing(_ name: String) throws {
        let t = try F.load(name)
        #expect(t.inputFormat == (name.hasSuffix(".csv") ? "TimelineJS spreadsheet CSV" : "TimelineJS"))
        #expect(t.title == "Women in Computing")
        #expect(t.summary?.hasPrefix("In this sample timeline, we'll walk you through what TimelineJS can do") == true)
        #expect(t.timezone == "UTC")
        #expect(t.events.count == 10)
        let utc = F.exportLines(t)
        let paris = F.exportLines(t, zone: "Europe/Paris")
        // "start_date": {"year": "1815", "month": "12", "day": "10"}, "end_date": {"year": "1852", "month": "11", "day": "27"}
        #expect(Self.heading("Ada Lovelace", in: utc) == "Sunday 10 December 1815")
        #expect(Self.line("time unknown–1852-11-27", in: utc) != nil)
        #expect(Self.line("time unknown (day in UTC)–1852-11-27", in: paris) != nil)
        // {"year": "1943", "month": "7", "day": ""} to {"year": "1946", …}: a month to a year.
        #expect(Self.line("...And the women who made it work", in: utc) == "Jul 1943–1946  ...And the women who made it work")
        #expect(Self.heading("...And the women who made it work", in: utc) == "July 1943")
        #expect(Self.line("...And the women", in: paris)?.hasPrefix("Jul 1943 (month in UTC)–1946") == true)
        // {"year": "1951", "month": "", "day": ""}: a year.
        #expect(Self.line("Rózsa Péter writes recursion", in: utc) == "1951           Rózsa Péter writes recursion")
        #expect(Self.heading("Rózsa Péter", in: paris) == "1951")
        #expect(Self.line("Rózsa Péter", in: paris)?.hasPrefix("1951 (year in UTC)") == true)
        // Written back as they were known.
        let json = String(decoding: ExportFormat.json.bytes(ExportView(timeline: t)), as: UTF8.self)
        #expect(json.contains(#""time":"1943-07","end":"1946","title":"...And the women who made it work""#))
        #expect(json.contains(#""time":"1815-12-10","end":"1852-11-27","title":"Ada Lovelace""#))
        #expect(json.contains(#""time":"1951","title":"Rózsa Péter writes recursion""#))

        let ada = try #require(t.events.first { $0.title == "Ada Lovelace" })
        #expect(ada.text?.hasPrefix("Women have been programming since before it was a thing. Take Ada Lovelace: Daughter") == true)
        #expect(ada.sources.contains(Source(name: "Ada Lovelace", url: "https://en.wikipedia.org/wiki/Ada_Lovelace")))
        #expect(ada.sources.contains(Source(
            name: "Wikimedia Commons",
            url: "https://upload.wikimedia.org/wikipedia/commons/thumb/a/a4/Ada_Lovelace_portrait.jpg/713px-Ada_Lovelace_portrait.jpg")))
        #expect(ada.extraFields.contains(ExtraField(name: "media_caption", json: #""Portrait by Alfred Edward Chalon""#)))
        let clarke = try #require(t.events.first { $0.title == "Edith Clarke: Bucking the Trend" })
        #expect(clarke.quote?.text.hasPrefix("There is no demand for women engineers, as such,") == true)
        #expect(ada.actor == nil)
        #expect(ada.id == (name.hasSuffix(".csv") ? "women_in_computing:3" : "women_in_computing:2"))
    }

    static let sheet = """
        Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background
        ,,,,,,,,,Outage,<p>Eleven minutes</p>,,,,,title,,
        2017,11,2,6:48 PM,2017,11,2,6:59 PM,,Account deactivated,"<p>By a worker, <a href=""https://example.com/a"">report</a></p>",,,,,,Twitter support,
        2017,11,2,20:05:07.2,,,,,,First tweet after,,https://twitter.com/x,Twitter,,,,@realDonaldTrump,
        2017,11,3,0651,,,,,,Trump reacts,,,,,,,,
        2017,11,,,,,,,,Month thing,,,,,,era,,
        """

    static func sheetTimeline(zone: String?) throws(LoadFailure) -> Timeline {
        try TimelineLoader.load(bytes: Array(sheet.utf8), name: "s.csv", options: options(zone: zone))
    }

    @Test func spreadsheetTimesNeedAZoneAndAreReadInIt() throws {
        do throws(LoadFailure) {
            _ = try Self.sheetTimeline(zone: nil)
            Issue.record("a time of day without a zone was read")
        } catch {
            #expect(error.problems.map(\.description) == [
                #"s.csv:3:11: Time: Time "2017-11-02 18:48" has no zone; add --assume-zone UTC (or the zone the writer used)"#,
                #"s.csv:3:29: End Time: End Time "2017-11-02 18:59" has no zone; add --assume-zone UTC (or the zone the writer used)"#,
                #"s.csv:4:11: Time: Time "2017-11-02 20:05:07.2" has no zone; add --assume-zone UTC (or the zone the writer used)"#,
                #"s.csv:5:11: Time: Time "2017-11-03 06:51" has no zone; add --assume-zone UTC (or the zone the writer used)"#,
            ])
        }
        let t = try Self.sheetTimeline(zone: "America/New_York")
        #expect(t.title == "Outage" && t.summary == "Eleven minutes")
        #expect(t.timezone == "America/New_York")
        let ny = F.exportLines(t)
        let utc = F.exportLines(t, zone: "UTC")
        #expect(Self.line("Account deactivated", in: ny)?.hasPrefix("18:48–18:59 (11 min)") == true)
        #expect(Self.line("Account deactivated", in: utc)?.hasPrefix("22:48–22:59 (11 min)") == true)
        #expect(Self.line("First tweet after", in: ny)?.hasPrefix("20:05:07.2 ") == true)
        #expect(Self.line("First tweet after", in: utc)?.hasPrefix("00:05:07.2 ") == true)
        #expect(Self.heading("First tweet after", in: utc) == "Friday 3 November 2017")
        #expect(Self.line("Trump reacts", in: utc)?.hasPrefix("10:51 ") == true)
        let deactivated = try #require(t.events.first { $0.title == "Account deactivated" })
        #expect(deactivated.actor == "Twitter support")
        #expect(deactivated.sources == [Source(name: "report", url: "https://example.com/a")])
        let era = try #require(t.events.first { $0.title == "Month thing" })
        #expect(era.kind == "era" && era.precision == .month)
    }

    @Test func badDatesAreRefusedWithTheirPlace() {
        let json = #"""
            {"events": [
             {"start_date": {"year": "2017", "month": "13"}, "text": {"headline": "a"}},
             {"start_date": {"year": 2017, "day": 3}, "text": {"headline": "b"}},
             {"start_date": {"year": "-500"}, "text": {"headline": "c"}},
             {"text": {"headline": "d"}},
             {"start_date": {"year": "1943", "month": "2", "day": "30"}, "end_date": {"year": "x"}, "text": {"headline": "e"}}
            ]}
            """#
        #expect(InputFormatTests.problems(json, name: "b.json") == [
            "b.json:2:43: events[0].start_date.month: month 13 does not exist",
            "b.json:3:39: events[1].start_date.day: a day is given but no month; give every part from the year down to the day",
            "b.json:4:26: events[2].start_date.year: year -500 is out of range: timeline-tui reads years 1 to 9999 (not BCE or cosmological years)",
            "b.json:5:2: events[3]: has no start_date; every TimelineJS event needs one",
            "b.json:6:55: events[4].start_date.day: 1943-02-30 does not exist (February has 28 days in 1943)",
            #"b.json:6:83: events[4].end_date.year: "x" is not a whole number"#,
        ])
    }

    @Test func ourTimelineJSExportReadsBackAsTheSameEvents() throws {
        let original = try TimelineLoader.load(path: FixtureLoadingTests.fixturePath)
        let bytes = ExportFormat.timelineJS.bytes(ExportView(timeline: original))
        let back = try TimelineLoader.load(bytes: bytes, name: "story.json",
                                           options: Self.options(zone: original.timezone))
        #expect(back.inputFormat == "TimelineJS")
        #expect(back.title == original.title)
        #expect(back.events.map(\.title) == original.events.map(\.title))
        #expect(back.events.map(\.actor) == original.events.map(\.actor))
        #expect(back.events.map(\.sortInstant) == original.events.map(\.sortInstant))
        #expect(back.events.map(\.precision) == original.events.map(\.precision))
        #expect(back.events.map(\.id) == original.events.map(\.id))
        // And a month- and a year-only event, in TimelineJS's own parts.
        let months = try MonthYearPrecisionTests.load()
        let story = try TimelineLoader.load(bytes: ExportFormat.timelineJS.bytes(ExportView(timeline: months)), name: "m.json",
                                            options: Self.options(zone: months.timezone))
        #expect(story.events.count == months.events.count)
        for (a, b) in zip(months.events, story.events) {
            #expect(a.title == b.title)
            #expect(a.precision == b.precision)
            if a.precision >= .day {
                #expect(b.time.writtenPeriod == a.time.period(at: a.precision))
            } else {
                #expect(b.time.instant == a.time.instant)
            }
        }
    }

    @Test func erasIdsGroupsAndDisplayDates() throws {
        let json = #"""
            {"title": {"text": {"headline": "<b>Outage</b> &amp; after", "text": "<p>Eleven&nbsp;minutes</p>"}},
             "events": [
              {"unique_id": "deact", "group": "Twitter support", "display_date": "Evening",
               "start_date": {"year": 2017, "month": 11, "day": 2}, "text": {"headline": "Deactivated"},
               "background": {"color": "#000"}},
              {"start_date": {"year": "2017", "month": "11", "day": "3"}, "text": {"text": "<p>No headline here</p><p>second</p>"}}
             ],
             "eras": [{"start_date": {"year": 2017, "month": 11}, "end_date": {"year": 2017, "month": 12},
                       "text": {"headline": "The aftermath"}}]}
            """#
        let t = try TimelineLoader.load(bytes: Array(json.utf8), name: "e.json")
        #expect(t.title == "Outage & after" && t.summary == "Eleven\u{00A0}minutes")
        #expect(t.events.map(\.title) == ["Deactivated", "No headline here", "The aftermath"])
        let deact = try #require(t.events.first)
        #expect(deact.id == "deact" && deact.actor == "Twitter support")
        #expect(deact.extraFields.contains(ExtraField(name: "display_date", json: #""Evening""#)))
        #expect(deact.extraFields.contains(ExtraField(name: "background", json: ##"{"color":"#000"}"##)))
        #expect(t.events[1].text?.hasPrefix("No headline here") == true && t.events[1].text?.hasSuffix("second") == true)
        let era = t.events[2]
        #expect(era.kind == "era" && era.time == .month(year: 2017, month: 11) && era.end == .month(year: 2017, month: 12))
        #expect(era.id == "e:8")
    }
}
