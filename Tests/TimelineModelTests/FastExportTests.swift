import TestSupport
import Testing
@testable import TimelineModel

/// The export of a big file takes shortcuts: the body is made in pieces on several
/// threads, events are decoded only as far as their line needs, plain text is measured
/// and wrapped byte by byte. On two thousand varied generated events (accents, emoji,
/// controls, combining marks, spans, day-only and hour times, wrapping), every shortcut
/// gives the bytes of the straightforward way.
@Suite(.tags(.slow)) struct FastExportTests {
    /// Words as written in the JSON file (escapes included).
    static let words = [
        "the", "account", "deactivated", "rétabli", "l’accès", "«", "»", "« human error »", ":", "!", "?", ";",
        "Renée", "O’Connor", "—", "…", "Jürgen", "Gómez", "😀", "👨‍👩‍👧", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "🇫🇷", "漢字", "e\u{301}t\u{301}e\u{301}",
        "\\u001b[31mred", "tab\\there", "bell\\u0007ring", "\\u202Ereversed", "zero\u{200B}width", "soft\u{AD}hyphen",
        "no\u{A0}break", "Nguyễn", "https://twitter.com/TwitterGov/status/926216279287042048/with/a/long/path", "a", "",
        "\\u00e9scaped", "\\ud83d\\ude00", "DEL\\u007f", "\u{2066}isolate", "★", "ﬁ", "ＡＢ",
    ]

    static func text(_ g: inout SplitMix, words count: Int, lines: Bool = false) -> String {
        let text = (0..<count).map { _ in g.pick(words) }.joined(separator: g.below(10) == 0 ? "  " : " ")
        return lines && g.below(2) == 0 ? text + "\\n\\nA second paragraph." : text
    }

    static func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

    /// One event: times over a few days, in several forms and precisions.
    static func event(_ i: Int, _ g: inout SplitMix) -> String {
        let day = 1 + g.below(4)
        let hour = g.below(24), minute = g.below(60), second = g.below(60)
        let date = "2017-11-0\(day)"
        var fields = [#""id": "e\#(i)""#]
        switch g.below(8) {
        case 0: fields.append(#""time": "\#(date)""#)
        case 1: fields.append(#""time": "\#(date)T\#(pad(hour)):\#(pad(minute))Z", "precision": "hour""#)
        case 2: fields.append(#""time": "\#(date)T\#(pad(hour)):\#(pad(minute)):\#(pad(second)).\#(g.below(1000))-04:00""#)
        case 3: fields.append(#""time": "\#(date)T\#(pad(hour)):\#(pad(minute))+01:00", "approximate": true"#)
        case 4:
            let end = day * 1440 + hour * 60 + minute + g.below(3 * 1440)
            let endTime = "2017-11-0\(end / 1440)T\(pad(end % 1440 / 60)):\(pad(end % 60))Z"
            fields.append(#""time": "\#(date)T\#(pad(hour)):\#(pad(minute))Z", "end": "\#(endTime)""#)
        case 5: fields.append(#""time": "\#(date)", "end": "2017-11-0\#(min(9, day + g.below(4)))""#)
        default: fields.append(#""time": "\#(date)T\#(pad(hour)):\#(pad(minute)):\#(pad(second))Z""#)
        }
        switch g.below(5) {
        case 0: break
        case 1: fields.append(#""actor": null"#)
        default: fields.append(#""actor": "\#(text(&g, words: g.below(4)))""#)
        }
        fields.append(#""title": "\#(g.pick(["Update", "«", "é", "😀", "\\u001b"])) \#(text(&g, words: g.below(18)))""#)
        if g.below(3) == 0 { fields.append(#""text": "\#(text(&g, words: g.below(30), lines: true))", "tags": ["a", "b"]"#) }
        if g.below(4) == 0 { fields.append(#""sources": [{"name": "\#(text(&g, words: 3))", "url": "https://example.org/\#(i)"}], "kind": "report""#) }
        if g.below(6) == 0 { fields.append(#""quote": {"text": "\#(text(&g, words: 5))", "lang": "fr"}, "extra": [1, {"b": "é"}]"#) }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    static let file: [UInt8] = {
        var g = SplitMix(seed: 2017)
        let events = (0..<2000).map { event($0, &g) }
        let head = #"{"title": "Generated « timeline » \u001b]0;x\u0007", "timezone": "America/New_York", "events": ["#
        return Array((head + "\n" + events.joined(separator: ",\n") + "\n]}\n").utf8)
    }()

    /// The generated file, loaded (events decoded lazily), and the same events decoded
    /// whole into an array.
    static func timelines() throws -> (lazy: Timeline, whole: Timeline) {
        let lazy = try TimelineLoader.load(bytes: file, name: "generated.json")
        var whole = lazy
        whole.events = EventList(Array(lazy.events))
        return (lazy, whole)
    }

    @Test(arguments: [nil, 80, 20] as [Int?])
    func piecesAndShortcutsGiveTheSameBytes(_ width: Int?) throws {
        let (lazy, whole) = try Self.timelines()
        #expect(lazy.events.count == 2000)
        for zone in [nil, Zone(identifier: "Asia/Kolkata")] {
            for details in [false, true] {
                let options = TextExporter.Options(details: details, width: width)
                let plain = TextExporter(timeline: whole, zone: zone, options: options)
                let expected = plain.exportParts(indices: Array(whole.events.indices), pieces: ExportPieces(Array(whole.events.indices), count: 1)).joined()
                let fast = TextExporter(timeline: lazy, zone: zone, options: options)
                for count in [2, 7] {
                    let parts = fast.exportParts(indices: Array(lazy.events.indices), pieces: ExportPieces(Array(lazy.events.indices), count: count))
                    #expect(parts.count == count + 1)
                    #expect(Array(parts.joined()) == Array(expected), "zone \(zone?.identifier ?? "home"), details \(details), \(count) pieces")
                }
                #expect(fast.export() == Array(expected))
            }
        }
    }

    @Test func aFilteredListInPiecesIsTheSame() throws {
        let (lazy, whole) = try Self.timelines()
        let indices = lazy.events.indices.filter { $0 % 3 != 1 }
        let expected = TextExporter(timeline: whole).exportParts(indices: indices, pieces: ExportPieces(indices, count: 1)).joined()
        let pieces = TextExporter(timeline: lazy).exportParts(indices: indices, pieces: ExportPieces(indices, count: 4)).joined()
        #expect(Array(pieces) == Array(expected))
        #expect(TextExporter(timeline: lazy).text(indices: indices).hasPrefix("Generated « timeline » ^[]0;x^G\n"))
    }

    @Test func listedEventsHoldWhatALineShows() throws {
        let (lazy, whole) = try Self.timelines()
        for i in lazy.events.indices {
            let listed = lazy.events.listed(at: i), event = whole.events[i]
            #expect(listed.time == event.time && listed.end == event.end && listed.precision == event.precision)
            #expect(listed.approximate == event.approximate && listed.actor == event.actor && listed.title == event.title)
            #expect(listed.sortInstant == event.sortInstant && listed.fileIndex == event.fileIndex)
        }
    }

    @Test func plainLinesAreTheTextAsShown() throws {
        let (lazy, whole) = try Self.timelines()
        var plain = 0
        for i in lazy.events.indices {
            let (listed, text) = lazy.events.store.verbatimLine(at: i)
            let event = whole.events[i]
            #expect(listed.time == event.time && listed.end == event.end && listed.precision == event.precision)
            #expect(listed.approximate == event.approximate && listed.sortInstant == event.sortInstant)
            guard let text else { continue }
            plain += 1
            let title = SafeText.neutralise(event.title)
            let actor = event.actor.flatMap { $0.isEmpty ? nil : SafeText.neutralise($0) }
            #expect(String(decoding: text.title, as: UTF8.self) == title && text.titleWidth == DisplayWidth.of(title))
            #expect(text.actor.map { String(decoding: $0, as: UTF8.self) } == actor)
            #expect(text.actorWidth == actor.map { DisplayWidth.of($0) } ?? 0)
        }
        #expect(plain > 100 && plain < lazy.events.count)
    }

    @Test func plainTextIsMeasuredAndWrappedAsAnyText() throws {
        let (_, whole) = try Self.timelines()
        let exporter = TextExporter(timeline: whole)
        var simple = 0, wide = 0
        for event in whole.events {
            let title = SafeText.neutralise(event.title)
            let actor = event.actor.flatMap { $0.isEmpty ? nil : SafeText.neutralise($0) }
            let joined = actor.map { $0 + " — " + title } ?? title
            for text in [title, joined] {
                let graphemes = text.reduce(0) { $0 + DisplayWidth.of($1) }
                #expect(DisplayWidth.of(text) == graphemes, "\(text)")
                let plain = Array(text.utf8).withUnsafeBufferPointer(DisplayWidth.plainWidth)
                if let plain {
                    wide += DisplayWidth.ofSimple(text) == nil ? 1 : 0
                    #expect(plain == graphemes, "\(text)")
                }
                if let n = DisplayWidth.ofSimple(text) {
                    simple += 1
                    #expect(n == graphemes, "\(text)")
                    let fast = LineWrapping.simpleWords(text), general = LineWrapping.measuredWords(text)
                    #expect(fast.map(\.text) == general.map(\.text) && fast.map(\.width) == general.map(\.width), "\(text)")
                }
                if plain != nil {
                    for (first, rest) in [(1, 1), (5, 9), (20, 63), (63, 63), (200, 10)] {
                        var bytes: [UInt8] = []
                        Array(text.utf8).withUnsafeBufferPointer {
                            LineWrapping.appendSimpleLines($0, first: first, rest: rest, indent: 17, to: &bytes)
                        }
                        let lines = LineWrapping.lines(text, first: first, rest: rest)
                        let expected = lines.enumerated().map { ($0 > 0 ? String(repeating: " ", count: 17) : "") + $1 + "\n" }.joined()
                        #expect(String(decoding: bytes, as: UTF8.self) == expected, "\(text) \(first) \(rest)")
                    }
                }
            }
            for column in [17, 30, 60] {
                if exporter.fitsOnOneLine(actor: actor, title: title, column: column) {
                    #expect(LineWrapping.lines(joined, first: max(1, 80 - column), rest: 80 - exporter.textColumn) == [Substring(joined)])
                }
            }
        }
        #expect(simple > 500 && wide > 100)
    }

    @Test func plainWidthTakesOnlyScalarsItsByteGuessMeasures() {
        let plain = ["🔥 feu", "✅ ok", "漢字 « là »", "한국어", "café 😀😀", "‼ ⁉", "ＡＢ", "Nguyễn Thị", "ễ😀 ễ", "👍🏽"]
        let others = ["🇫🇷", "e\u{301}", "✅\u{FE0F}", "☺\u{FE0E}", "\u{1100}\u{1161}", "👨\u{200D}👩", "🏴\u{E0067}", "★", "\u{1FAE8}"]
        for text in plain {
            let width = Array(text.utf8).withUnsafeBufferPointer(DisplayWidth.plainWidth)
            #expect(width == text.reduce(0) { $0 + DisplayWidth.of($1) }, "\(text)")
        }
        for text in others {
            #expect(Array(text.utf8).withUnsafeBufferPointer(DisplayWidth.plainWidth) == nil, "\(text)")
        }
    }
}
