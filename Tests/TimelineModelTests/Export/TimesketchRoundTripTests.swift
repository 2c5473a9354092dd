import Foundation
import Testing
@testable import TimelineModel

/// `--format timesketch-jsonl` and `timesketch-csv` write our own attributes beside
/// Timesketch's (docs/EXPORT.md) so that our reader gets the timeline back: read back,
/// the same events — ids, times as written, spans, precision, `~`, actors, kinds, texts,
/// quotes, sources, tags, extra fields — under the same title, home zone, summary, zones
/// and extra fields, and the same text export but for the line naming the reader (a
/// timeline of our own format was read as itself; read back, by the Timesketch reader).
@Suite struct TimesketchRoundTripTests {
    typealias J = JSONRoundTripTests

    static func roundTrip(_ original: Timeline, _ format: ExportFormat) throws -> Timeline {
        let bytes = format.bytes(ExportView(timeline: original))
        return try TimelineLoader.load(bytes: bytes, name: "back." + (format == .timesketchCSV ? "csv" : "jsonl"))
    }

    /// The text export without the line naming the reader.
    static func comparable(_ t: Timeline) -> String {
        var copy = t
        copy.inputFormat = nil
        return J.textExport(copy)
    }

    static func expectSameEvents(_ a: Timeline, _ b: Timeline) {
        #expect(a.title == b.title && a.timezone == b.timezone)
        #expect(a.summary == b.summary && a.zones == b.zones && a.extraFields == b.extraFields)
        #expect(comparable(a) == comparable(b))
        #expect(a.events.count == b.events.count)
        for (x, y) in zip(a.events, b.events) {
            var y = y
            y.fileIndex = x.fileIndex
            y.place = x.place
            #expect(x == y)
        }
    }

    @Test(arguments: [ExportFormat.timesketchJSONL, .timesketchCSV])
    func theFixtureComesBack(format: ExportFormat) throws {
        let original = try TimelineLoader.load(path: J.fixture)
        let back = try Self.roundTrip(original, format)
        #expect(back.inputFormat == (format == .timesketchCSV ? "Timesketch CSV" : "Timesketch JSONL"))
        Self.expectSameEvents(original, back)
        let deactivation = try #require(back.events.first { $0.id == "deactivation" })
        #expect(deactivation.precision == .minute && deactivation.approximate && deactivation.end != nil)
        #expect(ExportTimes.written(deactivation.time) == "2017-11-02T18:48-04:00")
        #expect(back.events[0].extraFields == [ExtraField(name: "tweet_id", json: #""926216279287042048""#)])
    }

    /// The CSV carries the timeline's title and zone on its first row only (every row has
    /// the columns, empty after the first); a file written before, with them on every row,
    /// reads back the same timeline.
    @Test func theCSVsTitleAndZoneAreOnItsFirstRowAndFilesWithThemOnEveryRowStillRead() throws {
        let original = try TimelineLoader.load(path: J.fixture)
        var scanner = CSVScanner(bytes: ExportFormat.timesketchCSV.bytes(ExportView(timeline: original)))
        var rows: [[String]] = []
        while let row = try scanner.next() { rows.append(row.cells.map(\.text)) }
        let title = try #require(rows.first?.firstIndex(of: "timeline_title"))
        let zone = try #require(rows.first?.firstIndex(of: "timeline_timezone"))
        #expect(rows.count == 11)
        #expect(rows[1][title] == original.title && rows[1][zone] == original.timezone)
        #expect(rows.dropFirst(2).allSatisfy { $0.count == rows[0].count && $0[title].isEmpty && $0[zone].isEmpty })
        var before: [UInt8] = []
        for (n, row) in rows.enumerated() {
            var cells = row
            if n > 1 { (cells[title], cells[zone]) = (rows[1][title], rows[1][zone]) }
            for (k, cell) in cells.enumerated() {
                if k > 0 { before.append(0x2C) }
                Array(cell.utf8).withUnsafeBufferPointer { TimesketchCSVWriter.appendQuoted($0, to: &before) }
            }
            before.append(contentsOf: [0x0D, 0x0A])
        }
        let back = try TimelineLoader.load(bytes: before, name: "before.csv")
        #expect(back.inputFormat == "Timesketch CSV")
        Self.expectSameEvents(original, back)
    }

    /// Escapes, control characters, nine digits of a second at +05:45, a day-only span, an
    /// hour, a quote with its language, sources, tags with commas and quotes. What cannot
    /// come back: an empty actor (an empty cell is no actor), an extra field's escapes
    /// (`"\u00e9"` comes back as the same value, `"é"`), and the timeline's own extra fields.
    @Test(arguments: [ExportFormat.timesketchJSONL, .timesketchCSV])
    func oddValuesComeBack(format: ExportFormat) throws {
        let original = try TimelineLoader.load(bytes: J.hostile, name: "hostile.json")
        let back = try Self.roundTrip(original, format)
        #expect(original.title == back.title && original.timezone == back.timezone)
        #expect(original.events.count == back.events.count)
        func value(_ f: ExtraField) -> ExtraField {
            var p = JSONValueParser(bytes: Array(f.json.utf8))
            return ExtraField(name: f.name, json: (try? p.parseWhole())?.compactText ?? f.json)
        }
        for (x, y) in zip(original.events, back.events) {
            var (x, y) = (x, y)
            (y.fileIndex, y.place) = (x.fileIndex, x.place)
            if x.actor == "" { x.actor = nil }
            x.extraFields = x.extraFields.map(value)
            #expect(x == y)
        }
        let nine = try #require(back.events.first { $0.id == "a\"b" })
        #expect(nine.time == .instant(Instant(seconds: 1_509_627_780, nanoseconds: 123_456_789),
                                      .init(offsetSeconds: 20_700, hasSeconds: true, fractionDigits: 9)))
    }

    /// The timeline's own fields and a merge's files, on the first record only: a name
    /// said twice (in the timeline's and an event's extra fields) comes back twice, in
    /// order, and the file passes Timesketch's rules (every CSV row as many cells).
    @Test(arguments: [ExportFormat.timesketchJSONL, .timesketchCSV])
    func theTimelinesFieldsAndFilesComeBack(format: ExportFormat) throws {
        let a = try TimelineLoader.load(bytes: Array(#"""
            {"title": "Edge", "summary": "Two «lines»\nof \"summary\"", "timezone": "Europe/Paris",
             "zones": ["Asia/Tokyo", "UTC"], "severity": "high", "severity": "low",
             "events": [{"id": "a", "time": "2020-01-01T10:00Z", "title": "a", "component": "x", "component": "y"}]}
            """#.utf8), name: "edge.json")
        let b = try TimelineLoader.load(bytes: Array("message,datetime,timestamp_desc\nb,2020-01-01T10:01:00+00:00,Write\n".utf8), name: "core.csv")
        let merged = TimelineMerge.merge([.init(label: "edge", timeline: a), .init(label: "core", timeline: b)])
        let back = try Self.roundTrip(merged, format)
        #expect(back.summary == "Two «lines»\nof \"summary\"")
        #expect(back.zones == ["Asia/Tokyo", "UTC"])
        #expect(back.extraFields == [ExtraField(name: "severity", json: #""high""#), ExtraField(name: "severity", json: #""low""#)])
        #expect(back.origins == ["edge", "core"])
        #expect(merged.readAs == "edge: timeline JSON; core: Timesketch CSV")
        #expect(back.savedReadAs == merged.readAs && back.readAs == merged.readAs)
        #expect(back.events.map(\.origins) == [["edge"], ["core"]])
        #expect(back.events[0].extraFields == [ExtraField(name: "component", json: #""x""#), ExtraField(name: "component", json: #""y""#)])
        #expect(J.textExport(back) == J.textExport(merged))
    }

    /// An unknown zone among the timeline's is refused at its attribute.
    @Test func anUnknownZoneOfTheTimelineIsPlaced() throws {
        let original = try TimelineLoader.load(path: J.fixture)
        var text = String(decoding: ExportFormat.timesketchJSONL.bytes(ExportView(timeline: original)), as: UTF8.self)
        text = text.replacingOccurrences(of: #""timeline_zones":["Europe/Paris"]"#, with: #""timeline_zones":["Mars/Olympus"]"#)
        do throws(LoadFailure) {
            _ = try TimelineLoader.load(bytes: Array(text.utf8), name: "back.jsonl")
            Issue.record("an unknown zone was read")
        } catch {
            let message = try #require(error.problems.first?.description)
            #expect(message.hasPrefix("back.jsonl:1:"))
            #expect(message.contains("timeline_zones: unknown time zone \"Mars/Olympus\""))
        }
    }

    /// A Windows log's `event_id` (4624, many times) is not taken for our ids: without the
    /// rest of our attributes the row is Timesketch's, and `event_id` an extra field.
    @Test func anEventIdColumnAloneIsAnExtraField() throws {
        let csv = """
            message,datetime,timestamp_desc,event_id,time
            An account was successfully logged on,2022-01-22T23:07:43+00:00,Event Recorded,4624,2022-01-22
            An account was successfully logged on,2022-01-22T23:07:44+00:00,Event Recorded,4624,2022-01-22

            """
        let t = try TimelineLoader.load(bytes: Array(csv.utf8), name: "security.csv")
        #expect(t.events.map(\.id) == ["security:2", "security:3"])
        #expect(t.events[0].extraFields.contains(ExtraField(name: "event_id", json: #""4624""#)))
        #expect(t.events[0].precision == .second)
    }

    /// A time of ours that is wrong is refused at its column, like any other.
    @Test func aBrokenTimeOfOursIsPlacedAtItsColumn() throws {
        let original = try TimelineLoader.load(path: J.fixture)
        var text = String(decoding: ExportFormat.timesketchCSV.bytes(ExportView(timeline: original)), as: UTF8.self)
        text = text.replacingOccurrences(of: ",2017-11-02T18:48-04:00,2017-11-02T18:59-04:00,", with: ",2017-11-02T18:48,2017-11-02T18:59-04:00,")
        do throws(LoadFailure) {
            _ = try TimelineLoader.load(bytes: Array(text.utf8), name: "back.csv")
            Issue.record("a time without its zone was read")
        } catch {
            let message = try #require(error.problems.first?.description)
            #expect(message.hasPrefix("back.csv:3:"))
            #expect(message.contains("time: \"2017-11-02T18:48\""))
        }
    }
}
