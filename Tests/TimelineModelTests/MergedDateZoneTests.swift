import Foundation
import Testing
@testable import TimelineModel

/// In a merge, a day stays a day in its own file's zone (`Event.dateZone`,
/// `TimeFormatter.dateZone(of:)`): a postmortem written in UTC merged after a responder's
/// notes in Los Angeles time says its day is a day in UTC, whichever file comes first,
/// and sorts, counts, folds and exports it there.
@Suite struct MergedDateZoneTests {
    /// A hand-written timeline in UTC: an instant and the analysis, known only to the day.
    static func utc() throws -> Timeline {
        try MergeTests.ours("utc", #"""
            {"id": "page", "time": "2018-10-21T22:54Z", "title": "Paged"},
            {"id": "rca", "time": "2018-10-30", "title": "Analysis published"}
            """#)
    }

    /// Notes in Los Angeles time: an instant and a day of their own.
    static func la() throws -> Timeline {
        try MergeTests.ours("la", zone: "America/Los_Angeles", #"""
            {"id": "lock", "time": "2018-10-21T16:07-07:00", "title": "Deploys locked"},
            {"id": "retro", "time": "2018-10-29", "title": "Retro held"}
            """#)
    }

    static func merged(_ order: [(String, Timeline)]) -> Timeline {
        TimelineMerge.merge(order.map { MergeInput(label: $0.0, timeline: $0.1) })
    }

    /// Each event as a zone shows it: `title: time`.
    static func shown(_ t: Timeline, in zone: String? = nil) -> [String] {
        let f = TimeFormatter(timeline: t, zone: zone.flatMap { Zone(identifier: $0) })
        return t.events.map { "\($0.title): \(f.time(of: $0))" }
    }

    @Test func eachDayKeepsItsOwnZoneWhicheverFileComesFirst() throws {
        let laFirst = Self.merged([("la", try Self.la()), ("utc", try Self.utc())])
        let utcFirst = Self.merged([("utc", try Self.utc()), ("la", try Self.la())])
        #expect(laFirst.timezone == "America/Los_Angeles" && utcFirst.timezone == "UTC")
        // In the merge's own zone, the other file's day says whose it is; in its own, nothing.
        #expect(Self.shown(laFirst) == ["Paged: 15:54", "Deploys locked: 16:07", "Retro held: time unknown",
                                        "Analysis published: time unknown (day in UTC)"])
        #expect(Self.shown(utcFirst) == ["Paged: 22:54", "Deploys locked: 23:07", "Retro held: time unknown (day in America/Los_Angeles)",
                                         "Analysis published: time unknown"])
        // Shown in the same zone, both merges say the same of every event.
        for zone in ["UTC", "America/Los_Angeles", "Asia/Tokyo"] {
            #expect(Set(Self.shown(laFirst, in: zone)) == Set(Self.shown(utcFirst, in: zone)), "\(zone)")
        }
        #expect(Self.shown(utcFirst, in: "Asia/Tokyo").suffix(2) == ["Retro held: time unknown (day in America/Los_Angeles)",
                                                                     "Analysis published: time unknown (day in UTC)"])
        #expect(laFirst.dateZones == ["UTC"] && utcFirst.dateZones == ["America/Los_Angeles"])
    }

    /// A day sorts at its end in its own zone: 29 October in Los Angeles ends at 07:00 UTC
    /// on the 30th, after an instant at 06:00 UTC that day, whichever file is first.
    @Test func aDaySortsAtTheEndOfItsDayInItsOwnZone() throws {
        let early = try MergeTests.ours("early", #"{"id": "e", "time": "2018-10-30T06:00Z", "title": "Early on the 30th"}"#)
        for order in [[("la", try Self.la()), ("early", early)], [("early", early), ("la", try Self.la())]] {
            let titles = Self.merged(order).events.map(\.title)
            #expect(titles.firstIndex(of: "Early on the 30th")! < titles.firstIndex(of: "Retro held")!)
        }
    }

    /// T+ and gaps count whole days of the date's own zone: from 22:54 UTC on the 21st
    /// (15:54 in Los Angeles) to 30 October in UTC is 9 days, in either file order.
    @Test func relativeTimesAndGapsCountTheDaysOfTheDatesZone() throws {
        for order in [[("la", try Self.la()), ("utc", try Self.utc())], [("utc", try Self.utc()), ("la", try Self.la())]] {
            let t = Self.merged(order)
            let f = TimeFormatter(timeline: t)
            let paged = try #require(t.events.first { $0.id == "page" })
            let rca = try #require(t.events.first { $0.id == "rca" })
            let retro = try #require(t.events.first { $0.id == "retro" })
            #expect(f.relative(rca, to: paged) == "~T+9 days")
            #expect(f.relative(retro, to: paged) == "~T+8 days")
            #expect(GapDescription.between(paged, rca, formatter: f)?.text == "9 days later")
        }
    }

    /// The rule: the same instant at the coarser precision. A day in UTC and a day in Los
    /// Angeles are different hours: not the same happening. A day in UTC and one in London
    /// in winter are the same hours. A date and an instant: the instant's day as written.
    @Test func theSameDayTitleInTwoZonesIsFoldedOnlyWhenTheDaysCoincide() throws {
        let utcDay = try MergeTests.ours("u", #"{"id": "a", "time": "2018-12-03", "title": "Postmortem"}"#)
        let laDay = try MergeTests.ours("l", zone: "America/Los_Angeles", #"{"id": "b", "time": "2018-12-03", "title": "postmortem"}"#)
        let london = try MergeTests.ours("d", zone: "Europe/London", #"{"id": "c", "time": "2018-12-03", "title": "POSTMORTEM"}"#)
        let laInstant = try MergeTests.ours("i", zone: "America/Los_Angeles",
                                             #"{"id": "d", "time": "2018-12-03T07:30Z", "title": "Postmortem"}"#)
        func origins(_ files: [(String, Timeline)]) -> [[String]] { Self.merged(files).events.map(\.origins) }
        #expect(origins([("u", utcDay), ("l", laDay)]).count == 2)
        #expect(origins([("l", laDay), ("u", utcDay)]).count == 2)
        #expect(origins([("u", utcDay), ("d", london)]) == [["u", "d"]])
        #expect(origins([("d", london), ("u", utcDay)]) == [["d", "u"]])
        // The instant sorts first (07:30 UTC, before the day's end): it is the one kept.
        #expect(origins([("u", utcDay), ("i", laInstant)]) == [["i", "u"]])
        #expect(origins([("i", laInstant), ("u", utcDay)]) == [["i", "u"]])
        // Shown first and folded after (the viewer's way), the same.
        let later = TimelineMerge.merge([MergeInput(label: "u", timeline: utcDay), MergeInput(label: "l", timeline: laDay),
                                         MergeInput(label: "d", timeline: london)], foldingLater: true)
        let folded = try #require(TimelineMerge.foldDuplicates(later))
        #expect(folded.timeline.events.map(\.origins) == [["u", "d"], ["l"]])
    }

    /// The Timesketch `datetime` of a day is the start of the day in its own zone.
    @Test func timesketchGivesTheStartOfTheDayInItsOwnZone() throws {
        let t = Self.merged([("la", try Self.la()), ("utc", try Self.utc())])
        let text = String(decoding: ExportFormat.named("timesketch-jsonl")!.bytes(ExportView(timeline: t)), as: UTF8.self)
        let rows = text.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        let byTitle = Dictionary(uniqueKeysWithValues: rows.map { ($0["message"] as! String, $0) })
        #expect(byTitle.keys.contains { $0.contains("Analysis published") })
        let rca = try #require(byTitle.first { $0.key.contains("Analysis published") }?.value)
        let retro = try #require(byTitle.first { $0.key.contains("Retro held") }?.value)
        #expect(rca["datetime"] as? String == "2018-10-30T00:00:00Z")
        #expect(retro["datetime"] as? String == "2018-10-29T00:00:00-07:00")
    }

    /// Saved as our JSON or JSON Lines, a day of another zone than the timeline's carries
    /// it (`"timezone"` on the event, written only then) and reads back to the same text.
    @Test(arguments: [ExportFormat.json, .jsonl])
    func aSavedMergeKeepsEachDaysZone(format: ExportFormat) throws {
        let t = Self.merged([("la", try Self.la()), ("utc", try Self.utc())])
        let bytes = format.bytes(ExportView(timeline: t))
        let saved = String(decoding: bytes, as: UTF8.self)
        #expect(saved.components(separatedBy: #""timezone":"UTC""#).count == 2)
        let back = try TimelineLoader.load(bytes: bytes, name: "saved." + format.name)
        #expect(back.dateZones == ["UTC"])
        #expect(Self.shown(back) == Self.shown(t))
        for zone in [nil, Zone.utc, Zone(identifier: "Asia/Tokyo")] {
            let text = { (t: Timeline) in TextExporter(timeline: t, zone: zone, options: .init(details: true, width: nil)).text() }
            #expect(text(back) == text(t))
        }
        // In order too: the day sorts at its end in UTC, before the Los Angeles day's end.
        #expect(back.events.map(\.id) == t.events.map(\.id))
    }

    /// Saved for Timesketch, a day of another zone than the timeline's carries it (the
    /// `timezone` attribute, written only then) and reads back to the same text and order.
    @Test(arguments: [ExportFormat.timesketchJSONL, .timesketchCSV])
    func aMergeSavedForTimesketchKeepsEachDaysZone(format: ExportFormat) throws {
        let t = Self.merged([("la", try Self.la()), ("utc", try Self.utc())])
        let bytes = format.bytes(ExportView(timeline: t))
        let saved = String(decoding: bytes, as: UTF8.self)
        let zoneAttribute = format == .timesketchCSV ? ",UTC\r\n" : #""timezone":"UTC""#
        #expect(saved.components(separatedBy: zoneAttribute).count == 2)
        let back = try TimelineLoader.load(bytes: bytes, name: "saved." + (format == .timesketchCSV ? "csv" : "jsonl"))
        #expect(back.dateZones == ["UTC"])
        #expect(Self.shown(back) == Self.shown(t))
        for zone in [nil, Zone.utc, Zone(identifier: "Asia/Tokyo")] {
            // All but the line naming the reader ("Read as: Timesketch CSV").
            let text = { (t: Timeline) in
                TextExporter(timeline: t, zone: zone, options: .init(details: true, width: nil)).text()
                    .split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("Read as:") }
            }
            #expect(text(back) == text(t))
        }
        #expect(back.events.map(\.id) == t.events.map(\.id))
        // One file's timeline writes no zone of its own on any event.
        let one = String(decoding: format.bytes(ExportView(timeline: try Self.la())), as: UTF8.self)
        #expect(!one.contains(#""timezone""#) && !one.contains(",America/Los_Angeles\r\n"))
    }

    /// A zone nobody knows is refused at its place, as the document's is.
    @Test func anUnknownZoneOfADateIsRefusedAtItsPlace() throws {
        let json = #"{"title": "t", "timezone": "UTC", "events": [{"id": "a", "time": "2018-10-30", "timezone": "Mars/Olympus", "title": "x"}]}"#
        #expect(BadInputTests.problems(json) == [
            #"bad.json:1:92: events[0].timezone: unknown time zone "Mars/Olympus"; use an IANA name such as America/New_York, Europe/Paris or UTC"#,
        ])
    }
}
