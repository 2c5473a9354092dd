import Foundation
import Testing
@testable import TimelineModel

/// `--format csv`, opened again (a user exports, edits in a spreadsheet, opens it): the
/// same events — ids, instants, spans, precision, `~`, actors, kinds, titles, texts,
/// tags, sources — and the same text export but for what a CSV row does not carry: the
/// timeline's title, summary and zones, the events' quotes and extra fields, the offset
/// each time was written with (the CSV has the display zone's), and the file each event
/// of a merge came from, which comes back as an extra field `source file`.
@Suite struct CSVRoundTripTests {
    typealias J = JSONRoundTripTests

    /// The CSV of `original`, read back with its home zone (`--assume-zone`, which the
    /// CSV's times, all with an offset, do not otherwise need).
    static func roundTrip(_ original: Timeline, view: ExportView? = nil) throws -> Timeline {
        let bytes = ExportFormat.csv.bytes(view ?? ExportView(timeline: original, sourceName: "orig.json"))
        let zone = try #require(Zone(identifier: original.timezone))
        return try TimelineLoader.load(bytes: bytes, name: "back.csv",
                                       options: ReadOptions(time: TimeReading(assumedZone: zone)))
    }

    /// The text export of the events, without the header lines a CSV does not give back.
    static func events(_ t: Timeline, details: Bool = false) -> String {
        var copy = t
        (copy.title, copy.summary, copy.inputFormat, copy.zones, copy.origins) = ("", nil, nil, [], [])
        return TextExporter(timeline: copy, options: .init(details: details, width: nil)).text()
    }

    static func expectSameEvents(_ a: Timeline, _ b: Timeline) {
        #expect(events(a) == events(b))
        #expect(a.events.count == b.events.count)
        for (x, y) in zip(a.events, b.events) {
            #expect(x.id == y.id)
            #expect(x.time.instant == y.time.instant && x.end?.instant == y.end?.instant)
            #expect(x.precision == y.precision && x.approximate == y.approximate)
            #expect(x.actor == y.actor && x.kind == y.kind && x.title == y.title && x.text == y.text)
            #expect(x.tags == y.tags && x.sources == y.sources)
        }
    }

    @Test func theFixtureComesBack() throws {
        let original = try TimelineLoader.load(path: J.fixture)
        let back = try Self.roundTrip(original)
        #expect(back.inputFormat == "spreadsheet CSV")
        #expect(back.timezone == "America/New_York")
        Self.expectSameEvents(original, back)
        let deactivation = try #require(back.events.first { $0.id == "deactivation" })
        #expect(deactivation.precision == .minute && deactivation.approximate)
        #expect(ExportTimes.written(deactivation.time) == "2017-11-02T18:48-04:00")
        // `'@realDonaldTrump`, defused by the writer, is the actor again.
        #expect(back.events[0].actor == "@realDonaldTrump")
        #expect(back.events[0].extraFields == [ExtraField(name: "source file", json: #""orig.json""#)])
        #expect(original.events.contains { $0.quote != nil } && !back.events.contains { $0.quote != nil })
    }

    /// A CSV saved before the last column was named `source file` (`source_file`) still
    /// opens as ours: the defusing `'` taken off, the precision read from its column.
    @Test func anExportWithTheOlderSourceFileHeaderStillOpensAsOurs() throws {
        let csv = "id,time,end,precision,approximate,actor,kind,title,text,tags,sources,source_file\r\n"
            + "a,2017-11-02T18:48:00-04:00,,minute,true,'@x,action,Down,,,,orig.json\r\n"
        let back = try TimelineLoader.load(bytes: Array(csv.utf8), name: "old.csv")
        #expect(back.events[0].actor == "@x")
        #expect(back.events[0].precision == .minute && back.events[0].approximate)
        #expect(back.events[0].extraFields == [ExtraField(name: "source_file", json: #""orig.json""#)])
    }

    /// Odd values: nine digits at +05:45, a day-only span, an hour, controls, quotes and
    /// commas in tags and sources. Seen in the timeline's zone, the same events.
    @Test func oddValuesComeBack() throws {
        var original = try TimelineLoader.load(bytes: J.hostile.replacing([0xE8], with: Array("e".utf8)), name: "hostile.json")
        original.zones = []
        let back = try Self.roundTrip(original)
        #expect(back.warnings.isEmpty)
        #expect(original.events.count == back.events.count)
        for x in original.events {
            let y = try #require(back.events.first { $0.id == x.id })
            // A day written as an instant comes back as the day; a time to the second, without
            // the fraction its precision does not keep.
            #expect(x.id == y.id && x.precision == y.precision)
            if x.id != "dayinstant" { #expect(x.time.instant?.seconds == y.time.instant?.seconds) }
            #expect(x.approximate == y.approximate && x.kind == y.kind && x.sources == y.sources && x.tags == y.tags)
            // Controls are neutralised by the writer (a CSV goes to spreadsheets): shown, not kept.
            #expect(SafeText.neutralise(x.title) == y.title)
        }
        let nine = try #require(back.events.first { $0.id == "a\"b" })
        #expect(nine.time.instant == Instant(seconds: 1_509_627_780))
        #expect(nine.precision == .second)
        let span = try #require(back.events.first { $0.id == "span" })
        #expect(span.tags == ["t,1", "t\"2"])
        #expect(span.sources == [Source(name: "no url"), Source(name: "url", url: "https://e.x/a b?(c)")])
    }

    /// A merged timeline: each event's files come back as `source file`.
    @Test func aMergedTimelineComesBack() throws {
        let merged = try SavedMergeFilesTests.merged()
        let back = try Self.roundTrip(merged)
        // The lines are the same but for the files' labels (`[edge] `), which a merge shows.
        let unlabelled = Self.events(merged).replacingOccurrences(of: #"\[[a-z, ]+\] "#, with: "", options: .regularExpression)
        #expect(unlabelled == Self.events(back) && unlabelled != Self.events(merged))
        #expect(merged.events.count == back.events.count)
        for (x, y) in zip(merged.events, back.events) {
            #expect(x.id == y.id && x.time.instant == y.time.instant && x.title == y.title && x.actor == y.actor)
            #expect(y.extraFields == [ExtraField(name: "source file", json: JSONValue.quoted(x.origins.joined(separator: "; ")))])
        }
    }

    /// Rows a user added in a spreadsheet, with their own forms, read with the exported ones;
    /// `t_plus` (written with `--relative`) is worked out again, not read.
    @Test func rowsAddedInASpreadsheetOpenWithTheExportedOnes() throws {
        let original = try TimelineLoader.load(path: J.fixture)
        let view = ExportView(timeline: original, relative: true)
        var text = String(decoding: ExportFormat.csv.bytes(view), as: UTF8.self)
        #expect(text.hasPrefix(CSVWriter.columns.joined(separator: ",") + ",t_plus\r\n"))
        text += "added,2017-11-02 19:30 -04:00,,,,Reporter,note,A row typed in a spreadsheet,,x; y,,,\r\n"
        let back = try TimelineLoader.load(bytes: Array(text.utf8), name: "edited.csv")
        let added = try #require(back.events.first { $0.id == "added" })
        #expect(added.title == "A row typed in a spreadsheet" && added.tags == ["x", "y"] && added.precision == .minute)
        #expect(added.time.instant == Instant(seconds: 1_509_665_400))
        #expect(back.events.count == original.events.count + 1)
        #expect(!back.events.contains { $0.extraFields.contains { $0.name == "t_plus" } })
    }
}
