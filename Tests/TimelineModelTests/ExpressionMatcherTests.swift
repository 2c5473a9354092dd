import TestSupport
import Testing
@testable import TimelineModel

/// A filter expression is tested in one pass (`ExpressionMatcher`): one quick look at an
/// event's bytes for all its words, at most one reading. These tests hold it to decoding
/// every event and matching term by term, on text made to trip it (accents, case, CJK,
/// emoji, escapes), in our JSON document, JSON Lines and events built in memory.
@Suite(.tags(.slow)) struct ExpressionMatcherTests {
    static let formatter = TimeFormatter(timeline: FastSearchTests.made)

    static let expressions = [
        "e", "etat", "ÉTAT -e", "kind:e -actor:a tag:a", "-zzqx", "NOT (a OR b OR c)", "(titre OR actor) NOT ω",
        "(kind:a OR kind:e) -(tag:x OR tag:ss)", "cited:x.test -tag:a", "\"x.test\" -source:a", "source:x.test", "id:ev-1 OR id:ev-2",
        "after:2017-11-03 before:2017-11-04 -ω", "before:2017-11-02 OR after:2017-11-05 etat", "-after:2017-11-03 é",
        "東京 -한국", "東 OR 🔥", "-🇫🇷 fin", "actor:\"@twittergov\" OR kind:ﬁ", "strasse -ß", "\\ OR \"\\\"quoted\"",
        "-(-(e))", "title -title", "a b c d e f g h", "zzqx", "zzqx OR -zzqx",
    ]

    func reference(_ e: FilterExpression, _ events: EventList) -> [Int] {
        events.indices.filter { e.matches(events[$0]) }
    }

    func check(_ t: Timeline, _ name: String) throws {
        let events = t.events
        var kept = 0
        for text in Self.expressions {
            let e = try FilterExpression(parsing: text, formatter: Self.formatter, day: CivilDate(year: 2017, month: 11, day: 3))
            let answer = reference(e, events)
            kept += answer.isEmpty || answer.count == events.count ? 0 : 1
            #expect(e.indices(in: events) == answer, "\(name): \(text)")
            // On several threads (pieces of 10), and among every third event.
            let m = ExpressionMatcher(e)
            #expect(EventSearch(expression: m, events: events, parallelFrom: 10).run() == answer, "\(name), pieces: \(text)")
            let among = Array(stride(from: 0, to: events.count, by: 3))
            #expect(e.indices(in: events, among: among) == answer.filter { $0 % 3 == 0 }, "\(name), among: \(text)")
        }
        #expect(kept > Self.expressions.count / 2, "\(name): most expressions keep some events and not all")
    }

    @Test func everyExpressionAnswersAsDecodingEveryEvent() throws {
        let made = FastSearchTests.made
        try check(made, "document")
        try check(FastSearchTests.timeline(count: 600, lines: true), "JSON Lines")
        let inMemory = Timeline(title: made.title, events: EventList(made.events.indices.map { made.events[$0] }))
        try check(inMemory, "in memory")
    }

    /// Past 1,024 events a piece stops looking when the look settles nothing (`e` is in
    /// every event's field names); the answers stay the same.
    @Test func aLookThatSettlesNothingIsDroppedWithTheSameAnswers() throws {
        let t = FastSearchTests.timeline(count: 3000, seed: 11)
        for text in ["e", "t -zzqx", "title OR etat"] {
            let e = try FilterExpression(parsing: text, formatter: Self.formatter, day: CivilDate(year: 2017, month: 11, day: 3))
            #expect(e.indices(in: t.events) == reference(e, t.events), "\(text)")
        }
    }

    /// What one look settles for issue 13's expression, by the words it found.
    @Test func oneLookSettlesWhatItCan() throws {
        let e = try FilterExpression(parsing: "kind:report -actor:ops-oncall compte", formatter: Self.formatter,
                                     day: CivilDate(year: 2017, month: 11, day: 3))
        let m = ExpressionMatcher(e)
        #expect(m.words.map { String(decoding: $0.bytes, as: UTF8.self) } == ["report", "ops-oncall", "compte"])
        #expect(m.single == nil)
        let noTime = { Instant(seconds: 0) }
        #expect(m.quickAnswer(present: 0b000, instant: noTime) == .no)
        #expect(m.quickAnswer(present: 0b011, instant: noTime) == .no)      // no “compte”
        #expect(m.quickAnswer(present: 0b101, instant: noTime) == .unknown) // the kind must be read
        #expect(m.quickAnswer(present: 0b111, instant: noTime) == .unknown)
        let not = ExpressionMatcher(try FilterExpression(parsing: "-zzqx", formatter: Self.formatter, day: CivilDate(year: 2017, month: 11, day: 3)))
        #expect(not.quickAnswer(present: 0, instant: noTime) == .yes)       // no read for an event without it
        #expect(not.quickAnswer(present: 1, instant: noTime) == .unknown)
        // A word that cannot be looked for (not ASCII when folded) leaves the term to be read.
        let cjk = ExpressionMatcher(try FilterExpression(parsing: "東京", formatter: Self.formatter, day: CivilDate(year: 2017, month: 11, day: 3)))
        #expect(cjk.words.isEmpty)
        #expect(cjk.quickAnswer(present: 0, instant: noTime) == .unknown)
    }
}

/// Text made only of ASCII and plain scalars (CJK, kana, most emoji) is searched for an
/// ASCII word without being folded; the answers are Foundation's folding's.
@Suite struct PlainScalarsTests {
    @Test func plainScalarsFoldToNoASCII() {
        let plain = PlainScalars()
        for s: Unicode.Scalar in ["障", "東", "が", "カ", "한", "👩", "🔥", "\u{1F1EB}", "\u{200D}", "«", "’", "Ω", "ｶ"] {
            #expect(plain.isPlain(s.value), "\(s.value)")
        }
        // Folded to ASCII (é → e, Ａ → a, ß → ss, ﬁ → fi, K → k), to nothing (a skin tone, a
        // variation selector, a combining accent or voicing mark), or a mark.
        for s: Unicode.Scalar in ["é", "Ａ", "ß", "ﬁ", "\u{212A}", "\u{1F3FD}", "\u{FE0F}", "\u{301}", "\u{3099}"] {
            #expect(!plain.isPlain(s.value), "\(s.value)")
        }
        // Every scalar of the common CJK block, kana and emoji agrees with Foundation.
        for v in Array(0x3040...0x30FF) + Array(stride(from: 0x4E00, to: 0x9FFF, by: 7)) + Array(0x1F300...0x1F6FF) {
            guard let s = Unicode.Scalar(v) else { continue }
            let folded = FoldedText.fold("a" + String(s))
            let mark = [.nonspacingMark, .spacingMark, .enclosingMark].contains(s.properties.generalCategory)
            let expected = !mark && folded.count > 1
                && folded.dropFirst().allSatisfy { $0 >= 0x80 } && FoldedText.fold(String(s)).allSatisfy { $0 >= 0x80 }
            #expect(plain.isPlain(UInt32(v)) == expected, "\(v)")
        }
    }

    @Test func anASCIIWordInCJKTextIsFoundAsFoldingFindsIt() {
        let pieces = ["障害", "東京", "が", "カ", "ｶ", "한국", "👩‍💻", "👍🏽", "🇫🇷", "🕵️‍♀️", "Ｅｒｒｅｕｒ", "erreur", "ERR", "eur",
                      "é", "e\u{301}", " ", "ß", "ss", "ﬁ", "fi", "\u{3099}", "x", "X"]
        var rng = SplitMix(seed: 5)
        var memo = FoldMemo()
        for _ in 0..<2000 {
            let text = (0..<(1 + rng.below(8))).map { _ in pieces[rng.below(pieces.count)] }.joined()
            for word in ["erreur", "err", "ss", "fi", "x", "e", "eur"] {
                let needle = FoldedText(word)
                let found = Array(text.utf8).withUnsafeBufferPointer { needle.isFound(inUTF8: $0, cache: &memo) }
                #expect(found == needle.isFound(in: text), "\(word) in \(text.debugDescription)")
            }
        }
    }
}
