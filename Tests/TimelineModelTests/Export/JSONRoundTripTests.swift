import Foundation
import Testing
@testable import TimelineModel

/// `--format json` and `jsonl` are lossless: what they write, read back, is the same
/// timeline — the same text export byte for byte, the same ids, times as written,
/// precision, extras, quotes, sources, tags, zones and summary.
@Suite struct JSONRoundTripTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("fixtures/2017-11-03.json").path

    /// Every kind of value our format holds, with escapes, controls and odd forms.
    static let hostile: [UInt8] = Array(#"""
        {"title": "Esc \u001b]0;x\u0007 «titre» 障害 🇫🇷", "summary": "line one\nline two\ttab \"quoted\" \\ back",
         "timezone": "Asia/Kathmandu", "zones": ["UTC", "Europe/Paris"], "owner": {"team": "t&s", "n": [1, 2.5e3, true, null]},
         "events": [
          {"id": "a\"b", "time": "2017-11-02T18:48:00.123456789+05:45", "title": "nine digits", "precision": "second"},
          {"id": "day", "time": "2017-11-03", "end": "2017-11-05", "title": "days \u0000 nul", "actor": ""},
          {"id": "span", "time": "2017-11-02T23:00Z", "end": "2017-11-03T01:30Z", "approximate": true, "title": "across midnight",
           "kind": "action", "text": "para\n\n| table | *star* _u_ `tick` <b>x</b> [l](javascript:alert(1))\r\nCR",
           "quote": {"text": "no lang \u202e flipped"}, "sources": [{"name": "no url"}, {"name": "url", "url": "https://e.x/a b?(c)"}],
           "tags": ["t,1", "t\"2"], "tweet_id": "926216279287042048", "nested": [{"k": "v \" ,"}], "escaped\u00e9": "\u00e9"},
          {"id": "hour", "time": "2017-11-02T18:00-04:00", "precision": "hour", "title": "to the hour", "quote": {"text": "q", "lang": "fr"}},
          {"id": "dayinstant", "time": "2017-11-02T23:30:00-04:00", "precision": "day", "title": "a day written as an instant"}
         ]}
        """#.utf8)
        // Invalid UTF-8 inside a string: a warning, read as U+FFFD, written as U+FFFD.
        .replacing(Array("nine digits".utf8), with: Array("nine d".utf8) + [0xE8] + Array("gits".utf8))

    static func textExport(_ t: Timeline) -> String {
        TextExporter(timeline: t, options: .init(details: true, width: nil)).text()
    }

    func roundTrip(_ original: Timeline, format: ExportFormat) throws -> Timeline {
        let bytes = format.bytes(ExportView(timeline: original))
        // Valid JSON (every line, for JSON Lines) by Foundation's own parser.
        if format == .jsonl {
            for line in bytes.split(separator: 0x0A) { _ = try JSONSerialization.jsonObject(with: Data(line)) }
        } else {
            _ = try JSONSerialization.jsonObject(with: Data(bytes))
        }
        return try TimelineLoader.load(bytes: bytes, name: "back." + format.name)
    }

    func expectSame(_ a: Timeline, _ b: Timeline) {
        #expect(Self.textExport(a) == Self.textExport(b))
        #expect(a.title == b.title && a.summary == b.summary && a.timezone == b.timezone && a.zones == b.zones)
        #expect(a.extraFields == b.extraFields)
        #expect(a.events.count == b.events.count)
        for (x, y) in zip(a.events, b.events) {
            var y = y
            y.fileIndex = x.fileIndex
            y.place = x.place
            #expect(x == y)
        }
    }

    @Test(arguments: [ExportFormat.json, .jsonl])
    func theFixtureComesBackTheSame(format: ExportFormat) throws {
        let original = try TimelineLoader.load(path: Self.fixture)
        let back = try roundTrip(original, format: format)
        expectSame(original, back)
        #expect(back.events.map(\.id).first == "last-tweet-before")
        #expect(back.events[0].extraFields == [ExtraField(name: "tweet_id", json: #""926216279287042048""#)])
    }

    @Test(arguments: [ExportFormat.json, .jsonl])
    func hostileValuesComeBackTheSame(format: ExportFormat) throws {
        let original = try TimelineLoader.load(bytes: Self.hostile, name: "hostile.json")
        #expect(original.warnings.count == 1)
        let back = try roundTrip(original, format: format)
        #expect(back.warnings.isEmpty)
        expectSame(original, back)
        let nine = try #require(back.events.first { $0.id == "a\"b" })
        #expect(nine.title == "nine d\u{FFFD}gits")
        #expect(nine.precision == .second)
        // 18:48:00.123456789 at +05:45 is 13:03:00.123456789 UTC.
        #expect(nine.time == .instant(Instant(seconds: 1_509_627_780, nanoseconds: 123_456_789),
                                      .init(offsetSeconds: 20_700, hasSeconds: true, fractionDigits: 9)))
        #expect(back.events.first { $0.id == "day" }?.actor == "")
    }

    /// A timeline built in memory (as a merge or an import makes one) saves and comes back.
    @Test func aTimelineBuiltInMemoryComesBackTheSame() throws {
        let loaded = try TimelineLoader.load(path: Self.fixture)
        let events = EventList(Array(loaded.events.reversed().reversed()))
        let built = Timeline(title: "merged", timezone: loaded.timezone, events: events)
        let back = try roundTrip(built, format: .json)
        expectSame(built, back)
    }

    /// Two timelines merged by the builder (what a merge of files or an import makes),
    /// saved as JSON and read back, give the same text export.
    @Test(arguments: [ExportFormat.json, .jsonl])
    func aMergedTimelineComesBackTheSame(format: ExportFormat) throws {
        let fixture = try TimelineLoader.load(path: Self.fixture)
        let hostile = try TimelineLoader.load(bytes: Self.hostile, name: "hostile.json")
        var builder = TimelineBuilder(file: "merged")
        builder.title = "Merged: " + fixture.title
        builder.summary = fixture.summary
        builder.timezone = (fixture.timezone, FieldPlace(nil, path: "timezone"))
        for (n, event) in (Array(fixture.events) + Array(hostile.events)).enumerated() {
            var draft = EventDraft(time: event.time, timeWritten: ExportTimes.written(event.time), title: event.title,
                                   place: FieldPlace(nil, path: "events[\(n)]"))
            draft.id = (n < fixture.events.count ? "" : "hostile-") + event.id
            draft.end = event.end
            draft.endWritten = event.end.map(ExportTimes.written)
            draft.precision = event.precision
            draft.approximate = event.approximate
            draft.actor = event.actor
            draft.kind = event.kind
            draft.text = event.text
            draft.quote = event.quote
            draft.sources = event.sources
            draft.tags = event.tags
            draft.extraFields = event.extraFields
            builder.add(draft)
        }
        let merged = try builder.build()
        #expect(merged.events.count == 15)
        let back = try roundTrip(merged, format: format)
        expectSame(merged, back)
    }

    /// A timeline whose own extra fields are named like an event's (`actor`, `kind`,
    /// `tags`) comes back with them: the first line of `jsonl` is still its header.
    @Test(arguments: [ExportFormat.json, .jsonl])
    func timelineExtrasNamedLikeEventFieldsComeBackTheSame(format: ExportFormat) throws {
        let original = try TimelineLoader.load(bytes: Array(#"""
            {"title": "T", "timezone": "UTC", "actor": "team", "kind": {"a": 1}, "tags": ["x"],
             "events": [{"id": "a", "time": "2017-11-02T18:48Z", "title": "x"}]}
            """#.utf8), name: "clash.json")
        let back = try roundTrip(original, format: format)
        expectSame(original, back)
        #expect(back.extraFields.map(\.name) == ["actor", "kind", "tags"])
        #expect(back.events.map(\.id) == ["a"])
    }

    /// From a file of ours, each event is saved as its object was written (its key order,
    /// spacing and escapes), on one line even when the file spread it over several.
    @Test(arguments: [ExportFormat.json, .jsonl])
    func eventsOfALoadedFileAreSavedAsWritten(format: ExportFormat) throws {
        let objects = [
            #"{"title": "b \u00e9 «x»", "time": "2017-11-02T18:49Z", "id": "b", "n": [1, 2.50]}"#,
            #"{ "id" : "a", "time":"2017-11-02T18:48:00.5+01:00","title":"a","quote":{"lang":"fr","text":"q\n"} }"#,
        ]
        let lines = Array(("{\"title\": \"t\", \"events\": [\n" + objects.joined(separator: ",\n") + "\n]}\n").utf8)
        let pretty = Array(("{\"title\": \"t\",\r\n \"events\": [\r\n  " + objects.map {
            $0.replacingOccurrences(of: ", \"", with: ",\r\n    \"")
        }.joined(separator: "\r\n  ,") + "]\r\n}").utf8)
        for file in [lines, pretty] {
            let original = try TimelineLoader.load(bytes: file, name: "t.json")
            let bytes = format.bytes(ExportView(timeline: original))
            let text = String(decoding: bytes, as: UTF8.self)
            // Spaces inside strings stay; those between values go only where the object
            // spread over lines.
            let written = file == lines ? objects : [
                #"{"title":"b \u00e9 «x»","time":"2017-11-02T18:49Z","id":"b","n":[1,2.50]}"#,
                #"{"id":"a","time":"2017-11-02T18:48:00.5+01:00","title":"a","quote":{"lang":"fr","text":"q\n"}}"#,
            ]
            let indent = format == .json ? "    " : ""
            // Sorted by time: `a` (17:48:00.5 UTC) first.
            #expect(text.contains("\n" + indent + written[1] + (format == .json ? ",\n" : "\n")))
            #expect(text.contains("\n" + indent + written[0] + "\n"))
            expectSame(original, try roundTrip(original, format: format))
        }
    }

    /// The copy and the plain way (decode, then encode) save the same timeline.
    @Test(arguments: [ExportFormat.json, .jsonl])
    func copiedEventsReadBackAsTheDecodedOnes(format: ExportFormat) throws {
        let clean = Self.hostile.replacing([0xE8], with: Array("e".utf8))
        let loaded = try TimelineLoader.load(bytes: clean, name: "hostile.json")
        #expect(loaded.warnings.isEmpty)
        let inMemory = Timeline(title: loaded.title, summary: loaded.summary, timezone: loaded.timezone, zones: loaded.zones,
                                extraFields: loaded.extraFields, events: EventList(Array(loaded.events)))
        let copied = format.bytes(ExportView(timeline: loaded))
        let encoded = format.bytes(ExportView(timeline: inMemory))
        #expect(copied != encoded)
        let a = try TimelineLoader.load(bytes: copied, name: "a." + format.name)
        let b = try TimelineLoader.load(bytes: encoded, name: "b." + format.name)
        expectSame(a, b)
        expectSame(loaded, a)
    }

    /// Only the view's filter applies: the events shown, and nothing else, are saved.
    @Test func aFilteredViewSavesTheEventsShown() throws {
        let t = try TimelineLoader.load(path: Self.fixture)
        let shown = EventFilter(actor: "twittergov").indices(in: t.events)
        let bytes = ExportFormat.json.bytes(ExportView(timeline: t, zone: .utc, indices: shown, relative: true))
        let back = try TimelineLoader.load(bytes: bytes, name: "f.json")
        #expect(back.events.map(\.id) == ["twittergov-human-error", "twittergov-last-day", "twittergov-safeguards"])
    }
}
