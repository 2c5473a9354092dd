import TestSupport
import Testing
@testable import TimelineModel

/// The first pass measures each actor and title for the export (`VerbatimTextMeter`): text
/// is copied from the file only when `SafeText` would leave it unchanged, with the columns
/// `DisplayWidth` gives it, and wrapped byte by byte only when the byte paths measure it
/// right. Emoji sequences (👩‍💻, 🇫🇷, ❤️) and CJK are copied too, and exported exactly as
/// the general way writes them.
@Suite struct VerbatimTextTests {
    static let pieces = [
        "the", "café", "«", "»", "’", "—", "Nguyễn", "漢字", "当番", "ＡＢ", "한국어", "🔥", "✅", "😀", "👍🏽",
        "👩\u{200D}💻", "👨\u{200D}👩\u{200D}👧", "🇫🇷", "🇯🇵", "❤\u{FE0F}", "🕵\u{FE0F}\u{200D}♀\u{FE0F}", "★", "‼",
        "e\u{301}", "\u{200D}", "a\u{200D}b", "\u{200B}", "\u{AD}", "\u{202E}", "\u{2066}", "\u{85}", "\u{7F}",
        "\u{1B}[31m", "\u{2028}", "🏴\u{E0067}\u{E0062}\u{E007F}", "\u{E0041}", "\u{1FAE8}", "\u{FFFE}", "ﬁ",
        "\u{1100}\u{1161}", "\u{20000}", "@realDonaldTrump", "SRE当番👩\u{200D}💻",
    ]

    static func measure(_ text: String) -> VerbatimTextMeter.Measure? {
        var meter = VerbatimTextMeter()
        return Array(text.utf8).withUnsafeBufferPointer { meter.measure($0) }
    }

    /// Text is measured when, and only when, `SafeText` keeps it as it is (tag characters
    /// aside: those are never measured); then with the
    /// columns `DisplayWidth.of` gives, and as wrapping by bytes exactly when
    /// `DisplayWidth.plainWidth` measures it.
    static func expectMeasuredAsShown(_ text: String) {
        let measured = measure(text)
        let kept = SafeText.neutralise(text) == text
        // Tag characters (🏴 + tags spell a subdivision flag) are left to the general way.
        let tags = text.unicodeScalars.contains { $0.value >= 0xE0000 && $0.value <= 0xE007F }
        #expect(measured == nil ? !kept || tags : kept, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        guard let measured else { return }
        #expect(measured.columns == DisplayWidth.of(text), "\(text)")
        let plain = Array(text.utf8).withUnsafeBufferPointer(DisplayWidth.plainWidth)
        #expect(measured.wrapsByBytes == (plain != nil), "\(text)")
        // Measured later (a file the viewer read), the same.
        let later = Array(text.utf8).withUnsafeBufferPointer(VerbatimTextMeter.measureAnywhere)
        #expect(later?.columns == measured.columns && later?.wrapsByBytes == measured.wrapsByBytes, "\(text)")
    }

    @Test func eachPieceIsMeasuredAsShown() {
        for text in Self.pieces { Self.expectMeasuredAsShown(text) }
        let joined = Self.measure("SRE当番👩\u{200D}💻")
        #expect(joined?.columns == 11 && joined?.wrapsByBytes == false)
        #expect(Self.measure("🇫🇷 ok").map(\.columns) == 5)
        #expect(Self.measure("a\u{200D}b") == nil && Self.measure("\u{200D}😀") == nil)
    }

    @Test func mixedTextIsMeasuredAsShown() {
        var g = SplitMix(seed: 9)
        var kept = 0
        for _ in 0..<3000 {
            let text = (0..<(1 + g.below(6))).map { _ in g.pick(Self.pieces) }.joined(separator: g.below(3) == 0 ? "" : " ")
            Self.expectMeasuredAsShown(text)
            if Self.measure(text) != nil { kept += 1 }
        }
        #expect(kept > 300 && kept < 3000)
    }

    /// A file whose actors and titles end in joined emoji and flags, as a chat export or
    /// the CJK bench file has them: lines copied from the file, wrapped or not, read as
    /// the events decoded whole export them.
    @Test(arguments: [nil, 80, 40, 20] as [Int?])
    func emojiSequencesAreCopiedAndWrappedAsAnyText(_ width: Int?) throws {
        var g = SplitMix(seed: 2017)
        let words = ["当番のローテーション", "検知🔍", "by", "山田太郎", "🔥", "👩‍💻", "🇫🇷", "❤️", "«", "rétabli", "»", "after", "11", "minutes"]
        let actors = ["SRE当番👩‍💻", "運用チーム🚨", "🇯🇵 NHK", "Renée", "ops"]
        let events = (0..<300).map { i in
            let title = (0..<(1 + g.below(12))).map { _ in g.pick(words) }.joined(separator: " ")
            let actor = g.below(4) == 0 ? "" : #""actor": "\#(g.pick(actors))", "#
            return #"{"id": "e\#(i)", "time": "2017-11-0\#(1 + g.below(3))T\#(10 + g.below(10)):\#(10 + g.below(50))Z", \#(actor)"title": "\#(title)"}"#
        }
        let file = Array(("{\"title\": \"Emoji\", \"events\": [\n" + events.joined(separator: ",\n") + "\n]}\n").utf8)
        let lazy = try TimelineLoader.load(bytes: file, name: "emoji.json")
        // As the viewer reads it: actors and titles measured as the export meets them.
        let unmeasured = try TimelineLoader.load(bytes: file, name: "emoji.json", options: ReadOptions(measuresListedText: false))
        var whole = lazy
        whole.events = EventList(Array(lazy.events))
        let copied = lazy.events.indices.filter { lazy.events.store.verbatimLine(at: $0).text?.wrapsByBytes == false }
        #expect(copied.count > 100)
        let options = TextExporter.Options(width: width)
        let expected = TextExporter(timeline: whole, options: options).text()
        let text = TextExporter(timeline: lazy, options: options).text()
        #expect(text == expected)
        #expect(TextExporter(timeline: unmeasured, options: options).text() == expected)
        let measuredLater = unmeasured.events.indices.filter { unmeasured.events.store.verbatimLine(at: $0).text?.wrapsByBytes == false }
        #expect(measuredLater == copied)
        if width != 20 { #expect(text.contains("SRE当番👩‍💻 — ")) }
    }
}
