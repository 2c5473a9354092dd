import TestSupport
import Testing
@testable import TimelineModel

/// Search and filter on other tools' record-per-line files look at each record's bytes
/// first (`RecordFileStore.rawBytes`, `RecordQuickLook`) and read only the records that may
/// match. These tests hold the answers to the straightforward way (decode each event) on
/// text made to trip the look: titles whose spaces the reader collapses, tabs and line
/// breaks in cells, escapes, empty messages shown as `(no title)`, words of the header and
/// of the ids the store makes, level numbers named by the reader.
@Suite(.tags(.slow)) struct RecordQuickLookTests {
    /// Cell texts (CSV, before quoting) that fields are made of.
    static let pieces = [
        "État", "e\u{301}tat", "erreur", "Erreur", "a  b", "a\tb", "x\u{A0}y", "\\n", "\\u00e9", "café", "line\nbreak",
        "🇫🇷", "« é »", "\"quoted\"", "-", "note", "hostname", "made:12", "12", " ", "30", "info", "(no title)", "…",
        "Straße", "x\u{7F}y", "[1,2]", "a/b", "\\t", "cr\r\nlf",
    ]

    static func text(_ rng: inout SplitMix, _ parts: Int) -> String {
        (0..<parts).map { _ in pieces[rng.below(pieces.count)] }.joined()
    }

    /// A Timesketch CSV of `count` rows made of `pieces`.
    static func csv(count: Int) -> [UInt8] {
        var rng = SplitMix(seed: 11)
        func cell(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        var s = "message,datetime,timestamp_desc,tag,hostname,note\n"
        for i in 0..<count {
            let message = rng.below(12) == 0 ? "" : text(&rng, 1 + rng.below(4))
            s += [cell(message), "2017-11-02T\(10 + i % 10):00:00Z", cell(text(&rng, 1)), cell(text(&rng, rng.below(2))),
                  cell(rng.below(3) == 0 ? "" : text(&rng, 1)), cell(text(&rng, rng.below(3)))].joined(separator: ",") + "\n"
            if rng.below(40) == 0 { s += "\n" }
        }
        return Array(s.utf8)
    }

    /// A JSON Lines log of `count` lines made of `pieces` (as JSON strings, escapes as
    /// written), some messages as journald's arrays of bytes.
    static func log(count: Int, pino: Bool = false) -> [UInt8] {
        var rng = SplitMix(seed: 13)
        func quoted(_ s: String) -> String { JSONValue.quoted(s).replacingOccurrences(of: "\\\\u00e9", with: "\\u00e9") }
        var s = ""
        for i in 0..<count {
            let message = rng.below(10) == 0 ? "[104,105]" : quoted(rng.below(12) == 0 ? "" : text(&rng, 1 + rng.below(4)))
            let level = pino ? "\([10, 20, 30, 40, 50, 60][rng.below(6)])" : quoted(text(&rng, 1))
            let time = pino ? "\"time\":\(1_531_171_074_631 + i)" : "\"ts\":\"2019-07-02T10:00:\(10 + i % 50)Z\""
            s += "{\(time),\"level\":\(level),\"pid\":1,\"hostname\":\(quoted(text(&rng, 1))),\"msg\":\(message)"
            if rng.below(3) == 0 { s += ",\"extra \(text(&rng, 1).count)\":{\"a\": [1, \(quoted(text(&rng, 2)))]}" }
            s += "}\n"
        }
        return Array(s.utf8)
    }

    static let files: [(stem: String, events: EventList)] = [
        ("made", try! TimelineLoader.load(bytes: csv(count: 200), name: "made.csv").events),
        ("made.log", try! TimelineLoader.load(bytes: log(count: 200), name: "made.log.jsonl").events),
        ("pino", try! TimelineLoader.load(bytes: log(count: 200, pino: true), name: "pino.jsonl").events),
    ]

    static let queries = [
        "e", "etat", "ÉTAT", "erreur", "a b", "a  b", "x y", "b", "nbreak", "line break", "tb", "u00e9", "cafe", "\\", "\"",
        "quoted", "no title", "(no title)", "title", "hostname", "note", "made", "made:", "made:12", "ade:3", "log:1", "12",
        "3", "2017", "info", "debug", "fatal", "30", "hi", "…", "...", "strasse", "x\u{7F}y", "u007f", "1,2", "a/b", "t",
        "n", "r", "nlf", "rnlf", "lf", "extra", "extra 4", "\"a\":[1", "zzz", "-", "é",
    ]

    /// Each file's events decoded once, for the straightforward answers (decoding a record
    /// again for every query only repeats the same work).
    static let decoded: [[Event]] = files.map { Array($0.events) }

    /// The answer the straightforward way: every decoded event matched.
    func reference(_ f: EventFilter, _ decoded: [Event]) -> [Int] {
        decoded.indices.filter { f.matches(decoded[$0]) }
    }

    @Test(arguments: 0..<3) func searchAnswersAsDecodingEveryEvent(_ file: Int) {
        let (name, events) = Self.files[file]
        #expect(events.count > 150)
        let fields = Self.queries.prefix(12).flatMap { q in
            [EventFilter(actor: q), EventFilter(kind: q), EventFilter(tag: q), EventFilter(id: q), EventFilter(kind: "e", text: q)]
        }
        for f in Self.queries.map({ EventFilter(text: $0) }) + fields {
            let expected = reference(f, Self.decoded[file])
            #expect(f.indices(in: events) == expected, "\(name): \(f)")
            // On several threads, as a big file is searched.
            #expect(EventSearch(matcher: .init(f), events: events, parallelFrom: 10).run() == expected, "\(name): \(f)")
        }
    }

    /// The look is taken: most records can be looked at, and a plain word is looked for.
    @Test(arguments: 0..<3) func theQuickLookIsTaken(_ file: Int) {
        let (stem, events) = Self.files[file]
        let lookable = events.indices.filter { events.store.rawBytes(at: $0) != nil }.count
        #expect(lookable > events.count / 10)
        #expect(events.store.quickLookWords([FoldedText("erreur")]) == [FoldedText("erreur")])
        #expect(events.store.quickLookWords([FoldedText("erreur  compte")]) == [FoldedText("erreur"), FoldedText("compte")])
        // In CSV a cell's line break is `\n` in an extra field's JSON: `nfoo` may start there.
        #expect(events.store.quickLookWords([FoldedText("nfoo")]) == [FoldedText(file == 0 ? "foo" : "nfoo")])
        // Text the reader or the store makes is not looked for.
        #expect(events.store.quickLookWords([FoldedText("no title"), FoldedText("12"), FoldedText("\(stem):3")]).isEmpty)
    }

    /// A word found in a listing's title or actor (`matchesListedText`) is a match, and
    /// the shortcut is taken.
    @Test(arguments: 0..<3) func titleOrActorShortcutClaimsOnlyMatches(_ file: Int) {
        let events = Self.files[file].events
        var taken = 0
        for q in Self.queries {
            let f = EventFilter(text: q)
            var cache = FoldMemo()
            for p in events.indices where events.store.matchesListedText(.init(f), at: p, cache: &cache) {
                taken += 1
                #expect(f.matches(Self.decoded[file][p]), "\(q.debugDescription) at \(p)")
            }
            #expect(!events.indices.contains { events.store.matchesListedText(.init(EventFilter(kind: "e", text: q)), at: $0, cache: &cache) })
        }
        #expect(taken > 200)
    }

    @Test func aCSVHeaderNameIsNotLookedFor() {
        let events = Self.files[0].events
        #expect(events.store.quickLookWords([FoldedText("hostname"), FoldedText("stnam"), FoldedText("erreur")])
            == [FoldedText("erreur")])
    }
}
