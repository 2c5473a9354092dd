import Foundation
import TestSupport
import Testing
@testable import TimelineModel

/// An export of every field reads each event's values from the places its first pass kept
/// (`ReadOptions.keepsEventValues`, `EventValueSpans`) instead of walking the object
/// again: the values are the walk's, field for field and in the same form (the file's
/// bytes or decoded text), on escapes, `\u` escapes, nulls, empty arrays and objects,
/// unknown and extra fields, quotes and sources with and without their optional parts,
/// in a document and in JSON Lines; and every writer gives the same bytes.
@Suite struct EventValueSpansTests {
    /// Events with every value the walk reads, in unusual forms and orders.
    static let events: [String] = [
        #"{"id": "plain", "time": "2017-11-02T18:48:00-04:00", "actor": "Ana", "kind": "action", "title": "Deactivated", "text": "Gone, for 11 minutes.", "tags": ["a", "b,c"], "sources": [{"name": "Post", "url": "https://e.x/1"}, {"name": "no url"}]}"#,
        #"{"tags": ["t\"2", "caf\u00e9", ""], "title": "tags first \u00e9", "id": "esc\"aped", "time": "2017-11-02T18:49Z", "kind": "caf\u00e9"}"#,
        #"{"id": "nulls", "time": "2017-11-02", "title": "nulls", "actor": null, "kind": null, "text": null, "quote": null, "sources": null, "tags": null, "extra_fields": null, "end": null, "approximate": null, "precision": null}"#,
        #"{"id": "empties", "time": "2017-11-02T19:00Z", "title": "empties", "actor": "", "text": "", "tags": [], "sources": [], "extra_fields": {}, "quote": {"text": ""}}"#,
        #"{"id": "quote", "time": "2017-11-02T19:01:02.5+01:00", "title": "q", "quote": {"lang": "fr", "text": "« Je »\n\ttab", "other": 1}, "approximate": true}"#,
        #"{"id": "quote-null-lang", "time": "2017-11-02T19:02Z", "title": "q", "quote": {"text": "t", "lang": null}}"#,
        #"{"zeta": {"k": [1, 2.5e3, true, null, "v \" ,"]}, "id": "extras", "time": "2017-11-02T19:03Z", "title": "x", "extra_fields": {"tweet_id": "926216279287042048", "n": 7, "spaced": [ 1 , { "a" : "b c" } ], "escaped\u00e9": "\u00e9"}, "last": false}"#,
        #"{"id": "sources", "time": "2017-11-02T19:04Z", "title": "s", "sources": [{"url": "https://e.x/u", "name": "url first"}, {"name": "\ud83d\ude00 emoji", "url": null, "extra": 1}, {"name": "n\\a"}]}"#,
        #"{"id": "spans", "time": "2017-11-02T19:05Z", "end": "2017-11-03T01:30Z", "precision": "minute", "title": "across midnight", "text": "para\n\n| table | *star* \u202e \u0007 bell"}"#,
        #"{"id": "month", "time": "2017-11-01", "precision": "month", "title": "a month", "kind": "report", "tags": ["only"]}"#,
        #"{"id": "hour", "time": "2017-11-02T18:00-04:00", "precision": "hour", "title": "to the hour", "text": "障害 🇫🇷 O’Connor"}"#,
        #"{"id": "odd-precision", "time": "2017-11-02T18:00:01.123456789-04:00", "precision": "second", "title": "nine digits"}"#,
    ]

    static func load(_ bytes: [UInt8], name: String, keeping: Bool, simpleText: Bool = true) throws -> Timeline {
        var options = ReadOptions()
        options.keepsEventValues = keeping ? (simpleText ? .placesAndSimpleText : .places) : nil
        return try TimelineLoader.load(bytes: bytes, name: name, options: options)
    }

    static var document: [UInt8] {
        Array((#"{"title": "Values", "timezone": "America/New_York", "events": [\#n"# + events.joined(separator: ",\n") + "\n]}\n").utf8)
    }

    static var lines: [UInt8] {
        Array((#"{"title": "Values", "timezone": "America/New_York"}"# + "\n" + events.joined(separator: "\n") + "\n").utf8)
    }

    /// Every field of `v`, each text said with its form (`b`: the file's bytes, `t`: decoded).
    static func describe(_ v: EventValues) -> String {
        func t(_ x: TextValue?) -> String {
            switch x {
            case .bytes(let b)?, .simple(let b)?: "b:" + String(decoding: b, as: UTF8.self)
            case .text(let s)?: "t:" + s
            case nil: "nil"
            }
        }
        return [
            t(v.id), "\(v.time)", "\(String(describing: v.end))", v.precision.rawValue, "\(v.approximate)", t(v.actor), t(v.kind),
            t(v.title), t(v.text), v.quote.map { t($0.text) + "/" + t($0.lang) } ?? "no quote",
            v.sources.map { t($0.name) + " <" + t($0.url) + ">" }.joined(separator: "; "), v.tags.map(t).joined(separator: "; "),
            v.extraFields.map { t($0.name) + "=" + t($0.json) }.joined(separator: "; "), v.origins.joined(separator: ","),
            "\(v.dateZone ?? "-")", "\(v.titleKnownPlain) \(v.actorKnownPlain)",
        ].joined(separator: " | ")
    }

    /// The texts the first pass measured (all but the listed fields, which have their own
    /// measure, and extra fields, which are JSON): simple exactly when `simpleWidth` says so.
    static func expectSimpleWhenSimple(_ v: EventValues, measured: Bool, _ what: String) {
        let texts = [v.kind, v.text, v.quote?.text, v.quote?.lang].compactMap { $0 } + v.tags
            + v.sources.flatMap { [$0.name] + ($0.url.map { [$0] } ?? []) }
        for t in texts {
            switch t {
            case .simple(let b): #expect(measured && DisplayWidth.simpleWidth(b) != nil, "\(what): simple \(t.string)")
            case .bytes(let b): #expect(!measured || DisplayWidth.simpleWidth(b) == nil, "\(what): not simple \(t.string)")
            case .text: break
            }
        }
    }

    /// The values read from the kept places are the walk's, event by event, and every
    /// event was read from them (none fell back to the walk).
    static func expectSameValues(_ t: Timeline, measured: Bool = true, _ what: String) throws {
        let store = try #require(t.events.store as? JSONEventStore, "\(what): a loaded file's store")
        let spans = try #require(store.valueSpans, "\(what): the first pass kept the values' places")
        var fast = EventValues(), walked = EventValues()
        for position in 0..<store.count {
            #expect(spans.event(Int(store.records[position].fileIndex)) != nil, "\(what): event \(position) kept")
            store.values(at: position, into: &fast)
            store.walkedValues(at: position, into: &walked)
            #expect(describe(fast) == describe(walked), "\(what): event \(position)")
            expectSimpleWhenSimple(fast, measured: measured, "\(what): event \(position)")
        }
    }

    /// With and without finding which texts are simple (`ReadOptions.KeptEventValues`).
    @Test(arguments: [true, false])
    func theKeptPlacesGiveTheWalksValues(simpleText: Bool) throws {
        let clean = JSONRoundTripTests.hostile.replacing([0xE8], with: Array("e".utf8))
        let fixture = Array(try Data(contentsOf: URL(fileURLWithPath: JSONRoundTripTests.fixture)))
        for (bytes, name) in [(Self.document, "values.json"), (Self.lines, "values.jsonl"), (clean, "hostile.json"),
                              (fixture, "2017-11-03.json")] {
            let t = try Self.load(bytes, name: name, keeping: true, simpleText: simpleText)
            try Self.expectSameValues(t, measured: simpleText, name)
        }
    }

    /// Without the option (the viewer, the text export without details), nothing is kept.
    @Test func keptOnlyWhenAskedFor() throws {
        let t = try Self.load(Self.document, name: "values.json", keeping: false)
        let store = try #require(t.events.store as? JSONEventStore)
        #expect(store.valueSpans == nil)
        #expect(ExportFormat.csv.keptEventValues(details: false) == .placesAndSimpleText)
        #expect(ExportFormat.timesketchCSV.keptEventValues(details: false) == .places)
        #expect(ExportFormat.text.keptEventValues(details: false) == nil)
        #expect(ExportFormat.text.keptEventValues(details: true) == .placesAndSimpleText)
        #expect(ExportFormat.markdown.keptEventValues(details: false) == nil)
        #expect(ExportFormat.markdown.keptEventValues(details: true) == .placesAndSimpleText)
    }

    /// Every writer of every field gives the same bytes from a file read either way.
    @Test(arguments: WritersFromFileTests.formats)
    func theWritersGiveTheSameBytes(format: ExportFormat) throws {
        for (bytes, name) in [(Self.document, "values.json"), (Self.lines, "values.jsonl")] {
            try Self.expectSameBytes(format, bytes, name)
        }
    }

    static func expectSameBytes(_ format: ExportFormat, _ bytes: [UInt8], _ name: String) throws {
        let walked = try load(bytes, name: name, keeping: false)
        for simpleText in [true, false] {
            let kept = try load(bytes, name: name, keeping: true, simpleText: simpleText)
            for (details, relative, zone) in [(false, false, nil), (true, true, Zone(identifier: "Asia/Tokyo")), (true, false, Zone.utc)] {
                func view(_ t: Timeline) -> ExportView {
                    ExportView(timeline: t, zone: zone, relative: relative, details: details, sourceName: name)
                }
                #expect(format.bytes(view(kept)) == format.bytes(view(walked)),
                        "\(format.name) \(name) details \(details) simple text \(simpleText)")
            }
        }
    }
}

/// `EventValueSpansTests` on the two thousand generated events of `FastExportTests` and on
/// a file big enough to be read in two halves: seconds in a debug build, `.slow`.
@Suite(.tags(.slow)) struct EventValueSpansGeneratedTests {
    @Test func theGeneratedEvents() throws {
        for simpleText in [true, false] {
            let t = try EventValueSpansTests.load(FastExportTests.file, name: "generated.json", keeping: true, simpleText: simpleText)
            try EventValueSpansTests.expectSameValues(t, measured: simpleText, "generated")
        }
        for format in WritersFromFileTests.formats {
            try EventValueSpansTests.expectSameBytes(format, FastExportTests.file, "generated.json")
        }
    }

    /// A big file is read in two halves on two threads: the second half's places are
    /// joined to the first's.
    @Test func aFileReadInHalves() throws {
        var g = SplitMix(seed: 7)
        var events: [String] = []
        var size = 0
        var i = 0
        while size < TimelineScan.halvesThreshold + (1 << 20) {
            let ours = EventValueSpansTests.events
            let e = i % 7 == 0 ? ours[i / 7 % ours.count].replacingOccurrences(of: #""id": ""#, with: #""id": "\#(i)-"#)
                : FastExportTests.event(i, &g)
            events.append(e)
            size += e.utf8.count + 2
            i += 1
        }
        let file = Array((#"{"title": "Halves", "events": [\#n"# + events.joined(separator: ",\n") + "\n]}\n").utf8)
        let t = try EventValueSpansTests.load(file, name: "halves.json", keeping: true)
        #expect(t.events.count == events.count)
        try EventValueSpansTests.expectSameValues(t, "halves")
    }
}
