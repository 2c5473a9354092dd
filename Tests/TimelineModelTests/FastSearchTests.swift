import TestSupport
import Testing
@testable import TimelineModel

/// Search and filter on a loaded file read the events' bytes where they are
/// (`JSONEventStore.matches`); these tests hold them to the straightforward way (decode each
/// event, fold each field with Foundation) on text made to trip them: accents written
/// composed and decomposed, « » ’, emoji, ß, ligatures, full-width letters, Greek, escapes
/// and control characters, upper case.
@Suite(.tags(.slow)) struct FastSearchTests {
    /// JSON string fragments (as written in the file) that fields are made of.
    static let pieces = [
        "État", "état", "e\u{301}tat", "ETAT", "Erreur", "erreur", "« ", " »", "’", "'", "🔥", "✅",
        "👩‍💻", "🇫🇷", "Straße", "STRASSE", "ﬁn", "ＡＢＣ", "İstanbul", "ı", "ΣΟΦΟΣ", "σοφος", "東京",
        "한국", "\\n\\n", "\\u00e9t\\u00e9", "\\u0001", "\\t", "\\\"quoted\\\"", "\\\\", "^", "`", "~", "¨",
        "a", "A", " ", "Z", "—", "ÿ", "Ÿ", "ǅ", "x\u{308}", "\u{301}", "ﬀ", "Å", "Ω", "µ", "1/2", "½",
        "@TwitterGov", "Déconnecté", "titre", "actor", "x\u{200D}y", "\u{00A0}",
    ]

    /// A deterministic timeline of `count` events whose fields are made of `pieces`, as a
    /// JSON document or as JSON Lines.
    static func timeline(count: Int, seed: UInt64 = 7, lines: Bool = false) -> Timeline {
        var rng = SplitMix(seed: seed)
        func next(_ n: Int) -> Int { rng.below(n) }
        func text(_ parts: Int, oneLine: Bool = false) -> String {
            let from = oneLine ? pieces.filter { !$0.contains("\\n") } : pieces
            return (0..<parts).map { _ in from[next(from.count)] }.joined()
        }
        var json = lines ? "{\"title\":\"made\"}\n" : "{\"title\":\"made\",\"events\":[\n"
        for i in 0..<count {
            if i > 0 { json += lines ? "\n" : ",\n" }
            json += "{\"id\":\"ev-\(i)\",\"time\":\"2017-11-0\(1 + next(5))T1\(next(10)):00:00Z\""
            json += ",\"title\":\"\(text(1 + next(6), oneLine: true))\""
            if next(4) > 0 { json += ",\"actor\":\"\(text(1 + next(2)))\"" }
            if next(3) > 0 { json += ",\"kind\":\"\(text(1))\"" }
            if next(2) > 0 { json += ",\"text\":\"\(text(next(10)))\"" }
            if next(5) == 0 { json += ",\"quote\":{\"text\":\"\(text(3))\",\"lang\":\"fr\"}" }
            if next(3) == 0 { json += ",\"tags\":[\"\(text(1))\",\"\(text(2))\"]" }
            if next(3) == 0 { json += ",\"sources\":[{\"name\":\"\(text(2))\",\"url\":\"https://x.test/\(text(1))\"}]" }
            if next(6) == 0 { json += ",\"note \(text(1))\":{\"a\": [1, \"\(text(2))\"]}" }
            json += "}"
        }
        json += lines ? "\n" : "\n]}"
        return try! TimelineLoader.load(bytes: Array(json.utf8), name: lines ? "made.jsonl" : "made.json")
    }

    static let made = timeline(count: 600)

    /// The answer the straightforward way.
    func reference(_ f: EventFilter, _ events: EventList) -> [Int] {
        events.indices.filter { f.matches(events[$0]) }
    }

    /// Queries: each piece as written and decoded, upper-cased, and bits of titles.
    func queries() -> [String] {
        let events = Self.made.events
        var qs = ["e", "é", "E", "etat", "ÉTAT", "«", "» ", "’", "ss", "ß", "strasse", "fi", "ａ", "a",
                  "東", "\n", "i̇", "ı", "σ", "ς", "\"", "\\", "u00e9", "^", "`", "~", "¨", "title", "actor",
                  "2017", "https", "\"a\":[1", "note", "1/2", "ff", "Ω", "ω", "μ", "x", "ÿ", "dž", "\u{1}", "zzz"]
        for k in stride(from: 0, to: 60, by: 3) {
            let title = Array(events[k].title)
            guard !title.isEmpty else { continue }
            let from = k % title.count
            let piece = String(title[from..<min(title.count, from + 1 + k % 5)])
            qs += [piece, piece.uppercased(), piece.lowercased()]
        }
        return qs
    }

    @Test func textSearchAnswersAsDecodingEveryEvent() {
        let events = Self.made.events
        for q in queries() {
            let f = EventFilter(text: q)
            #expect(f.indices(in: events) == reference(f, events), "query \(q.debugDescription)")
        }
    }

    @Test func fieldFiltersAnswerAsDecodingEveryEvent() {
        let events = Self.made.events
        for q in queries() {
            for f in [EventFilter(actor: q), EventFilter(kind: q), EventFilter(tag: q), EventFilter(actor: q, text: "e")] {
                #expect(f.indices(in: events) == reference(f, events), "filter \(f)")
            }
        }
    }

    @Test func jsonLinesAnswerAsTheDocument() {
        let lines = Self.timeline(count: 600, lines: true).events
        #expect(lines.count == Self.made.events.count)
        for q in queries() {
            let f = EventFilter(text: q)
            #expect(f.indices(in: lines) == f.indices(in: Self.made.events), "query \(q.debugDescription)")
        }
    }

    /// The shortcut for plain text found in a title or actor (`matchesListedText`) only
    /// claims events the straightforward way matches, in both kinds of file, and is taken.
    @Test func titleOrActorShortcutClaimsOnlyMatches() {
        for events in [Self.made.events, Self.timeline(count: 600, lines: true).events] {
            var taken = 0
            for q in queries() {
                let f = EventFilter(text: q)
                let m = EventFilter.Matcher(f)
                var cache = FoldMemo()
                for p in events.indices where events.store.matchesListedText(m, at: p, cache: &cache) {
                    taken += 1
                    #expect(f.matches(events[p]), "query \(q.debugDescription) at \(p)")
                }
                let withActor = EventFilter.Matcher(EventFilter(actor: "zzz", text: q))
                #expect(!events.indices.contains { events.store.matchesListedText(withActor, at: $0, cache: &cache) })
            }
            #expect(taken > 600)
        }
    }

    @Test func piecesSearchedOnSeveralThreadsJoinInOrder() {
        let events = Self.made.events
        for q in ["e", "état", "🔥"] {
            let m = EventFilter.Matcher(EventFilter(text: q))
            let whole = EventSearch(matcher: m, events: events, parallelFrom: .max).run()
            #expect(EventSearch(matcher: m, events: events, parallelFrom: 10).run() == whole)
            let among = Array(stride(from: 0, to: events.count, by: 2))
            #expect(EventSearch(matcher: m, events: events, parallelFrom: 10).run(among: among)
                == whole.filter { $0 % 2 == 0 })
        }
    }

    @Test func aQueryThatExtendsAnotherNarrowsIt() {
        #expect(EventFilter(text: "erreur").narrows(EventFilter(text: "ERREU")))
        #expect(EventFilter(text: "état").narrows(EventFilter(text: "eta")))
        #expect(EventFilter(text: "x").narrows(EventFilter()))
        #expect(!EventFilter(text: "erreu").narrows(EventFilter(text: "erreur")))
        #expect(!EventFilter(actor: "x").narrows(EventFilter(text: "x")))
        #expect(EventFilter(actor: "trump", text: "rogue").narrows(EventFilter(actor: "trum")))
    }
}
