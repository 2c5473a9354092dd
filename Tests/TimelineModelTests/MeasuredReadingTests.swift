import TestSupport
import Testing
@testable import TimelineModel

/// The first pass measures each actor and title while it reads them
/// (`JSONCursor.readMeasuredString`): plain text gets its columns there, and only other
/// text goes to `VerbatimTextMeter`. What the export writes must not change.
@Suite struct MeasuredReadingTests {
    /// What `readMeasuredString` says of the JSON string literal `json` (with its quotes).
    static func read(_ json: String) throws -> (token: StringToken, simpleColumns: Int) {
        let bytes = Array(json.utf8)
        return try bytes.withUnsafeBufferPointer { b throws(SyntaxError) in
            var c = JSONCursor(base: b.baseAddress!, start: 0, end: b.count, endName: "file")
            return try c.readMeasuredString()
        }
    }

    /// The columns `DisplayWidth.simpleWidth` gives `text`, -1 when it does not take it.
    static func simple(_ text: String) -> Int {
        Array(text.utf8).withUnsafeBufferPointer(DisplayWidth.simpleWidth) ?? -1
    }

    /// Every scalar: the reading's test is `simpleWidth`'s.
    @Test func everyScalarIsTakenAsSimpleWidthTakesIt() {
        var differ: [UInt32] = []
        for v in UInt32(0x80)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            let bytes = Array(String(s).utf8)
            let reading = bytes.withUnsafeBufferPointer { JSONCursor.isSimpleScalar($0.baseAddress!, at: 0, length: $0.count) }
            let measured = bytes.withUnsafeBufferPointer(DisplayWidth.simpleWidth) != nil
            if reading != measured { differ.append(v) }
        }
        #expect(differ.isEmpty, "\(differ.prefix(10).map { String($0, radix: 16) })")
    }

    @Test func plainTextIsMeasuredAsItIsRead() throws {
        #expect(try Self.read(#""café « rétabli » — ’ok’""#).simpleColumns == 23)
        #expect(try Self.read(#""""#).simpleColumns == 0)
        #expect(try Self.read(#""a fairly long plain ASCII title, 8 bytes at a time""#).simpleColumns == 50)
        // Not plain: an escape, DEL (at every place in a word), a soft hyphen, CJK, emoji.
        #expect(try Self.read(#""caf\u00e9""#).simpleColumns == -1)
        for k in 0..<12 {
            let text = String(repeating: "a", count: k) + "\u{7F}" + String(repeating: "b", count: 11 - k)
            #expect(try Self.read("\"" + text + "\"").simpleColumns == -1)
        }
        #expect(try Self.read("\"co\u{AD}operate\"").simpleColumns == -1)
        #expect(try Self.read(#""当番""#).simpleColumns == -1)
        #expect(try Self.read(#""on fire 🔥""#).simpleColumns == -1)
        // Invalid UTF-8 is shown as U+FFFD: not as written.
        let invalid = [0x22, 0x61, 0xC3, 0x28, 0x22] as [UInt8]
        let r = try invalid.withUnsafeBufferPointer { b throws(SyntaxError) in
            var c = JSONCursor(base: b.baseAddress!, start: 0, end: b.count, endName: "file")
            return try c.readMeasuredString()
        }
        #expect(r.simpleColumns == -1 && r.token.needsDecoding)
    }

    @Test func mixedTextIsMeasuredAsSimpleWidthMeasuresIt() throws {
        let pieces = ["the", "café", "«", "»", "’", "—", "…", "Nguyễn", "漢字", "🔥", "\u{7F}", "\u{AD}", "\u{A0}", "ʼ",
                      "\u{2028}", "‼", "⁞", "\u{205F}", "Ω", "ǅ", "\u{300}", "x"]
        var g = SplitMix(seed: 5)
        var plain = 0
        for _ in 0..<3000 {
            let text = (0..<(1 + g.below(9))).map { _ in g.pick(pieces) }.joined(separator: g.below(3) == 0 ? "" : " ")
            let read = try Self.read("\"" + text + "\"")
            #expect(read.simpleColumns == Self.simple(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            if read.simpleColumns >= 0 { plain += 1 }
        }
        #expect(plain > 300 && plain < 3000)
    }

    /// Titles and actors of every kind: the export of the file read with the measuring
    /// first pass is the export of its events decoded whole.
    @Test(arguments: [nil, 80, 30] as [Int?])
    func exportIsTheSameAsTheEventsDecodedWhole(_ width: Int?) throws {
        var g = SplitMix(seed: 2026)
        let words = ["the", "café", "«rétabli»", "’", "—", "un\\u00e9chapp\\u00e9", "del\u{7F}ete", "co\u{AD}op", "当番", "🔥",
                     "👩‍💻", "after", "11", "minutes", "Ω"]
        let events = (0..<400).map { i in
            let title = (0..<(1 + g.below(14))).map { _ in g.pick(words) }.joined(separator: " ")
            let actor = g.below(4) == 0 ? "" : #""actor": "\#(g.pick(words)) \#(g.pick(words))", "#
            return #"{"id": "e\#(i)", "time": "2017-11-0\#(1 + g.below(3))T\#(10 + g.below(10)):\#(10 + g.below(50))Z", \#(actor)"title": "\#(title)"}"#
        }
        let file = Array(("{\"title\": \"Measured\", \"events\": [\n" + events.joined(separator: ",\n") + "\n]}\n").utf8)
        let lazy = try TimelineLoader.load(bytes: file, name: "measured.json")
        var whole = lazy
        whole.events = EventList(Array(lazy.events))
        let options = TextExporter.Options(width: width)
        let text = TextExporter(timeline: lazy, options: options).text()
        #expect(text == TextExporter(timeline: whole, options: options).text())
        #expect(text.contains("del^?ete") && text.contains("café"))
    }
}
