import TestSupport
import Testing
@testable import TimelineModel

/// The folded search text (`SearchIndex`) answers searches and filters from its buffers
/// alone; these tests hold it to decoding every event and matching it, on the text made to
/// trip search (`FastSearchTests.pieces`), on tricky events written here, and on a
/// timeline grown by following its file.
@Suite struct SearchIndexTests {
    /// The index's answer, made to answer even for a few candidates.
    func indexed(_ e: FilterExpression, _ events: EventList, _ index: SearchIndex, among: [Int]? = nil) -> [Int]? {
        index.positions(ExpressionMatcher(e), in: events, among: among, fewCandidates: 0)
    }

    func reference(_ e: FilterExpression, _ events: EventList) -> [Int] {
        events.indices.filter { e.matches(events[$0]) }
    }

    func expression(_ text: String) throws -> FilterExpression {
        try FilterExpression(parsing: text, formatter: ExpressionMatcherTests.formatter, day: CivilDate(year: 2017, month: 11, day: 3))
    }

    /// Text that folds in surprising ways, written as the file may write it.
    static let tricky = """
    {"title": "tricky", "events": [
    {"id": "a", "time": "2017-11-03T10:00:00Z", "title": "Caf\\u00e9 cr\\u00c8me", "actor": "Stra\\u00dfe", "kind": "report"},
    {"id": "b", "time": "2017-11-03T10:01:00Z", "title": "İstanbul ΣΟΦΟΣ", "actor": "ops", "tags": ["ab", "cd"]},
    {"id": "c", "time": "2017-11-03T10:02:00Z", "title": "障害 発生 \\ud83d\\udd25 fire", "actor": "東京", "kind": "alert"},
    {"id": "d", "time": "2017-11-03T10:03:00Z", "title": "foo", "actor": "bar", "text": "e\\u0301tat 👩‍💻 « ok »"},
    {"id": "e", "time": "2017-11-03T10:04:00Z", "title": "ＡＢＣ ﬁn", "sources": [{"name": "New York Times", "url": "https://nyt.test/x"}],
     "note": {"k": ["v\\"w", 2]}},
    {"id": "f", "time": "2017-11-03T10:05:00Z", "title": "compte rendu", "actor": "ops-oncall", "kind": "report"}
    ]}
    """

    @Test func trickyTextAnswersExactlyAndWordsStayInTheirValue() throws {
        let t = try TimelineLoader.load(bytes: Array(Self.tricky.utf8), name: "tricky.json")
        let index = SearchIndex.build(t.events)
        let cases: [(String, [String])] = [
            ("café", ["a"]), ("CAFE", ["a"]), ("creme", ["a"]), ("strasse", ["a"]), ("actor:ß", ["a"]),
            ("istanbul", ["b"]), ("σοφος", ["b"]), ("障害", ["c"]), ("🔥", ["c"]), ("actor:東京", ["c"]),
            ("etat", ["d"]), ("état", ["d"]), ("👩‍💻", ["d"]), ("«", ["d"]), ("abc", ["e"]), ("fin", ["e"]),
            // Across two values of one event: not a match.
            ("foobar", []), ("\"foo bar\"", []), ("foo bar", ["d"]), ("tag:abcd", []), ("tag:bc", []), ("bc", ["e"]),
            ("tag:ab tag:cd", ["b"]), ("actor:foo", []), ("kind:cafe", []),
            ("cited:york", ["e"]), ("cited:nyt.test", ["e"]), ("source:york", []), ("\"v\\\\\\\"w\"", ["e"]), ("note", ["e"]),
            ("kind:report -actor:ops-oncall compte", []), ("kind:report -actor:ops-oncall", ["a"]),
            ("kind:report OR kind:alert", ["a", "c", "f"]), ("NOT kind:report", ["b", "c", "d", "e"]),
            ("id:a OR (ops -rendu)", ["a", "b"]), ("after:10:03 -foo", ["e", "f"]), ("before:10:01 OR fire", ["a", "c"]),
        ]
        for (text, ids) in cases {
            let e = try expression(text)
            let answer = reference(e, t.events)
            #expect(answer.map { t.events[$0].id } == ids, "reference: \(text)")
            #expect(indexed(e, t.events, index) == answer, "\(text)")
        }
    }

    /// A followed file's new events are matched one by one, the loaded ones from the index,
    /// each moved to where the new ones put it.
    @Test func aTimelineGrownByFollowingAnswersAsDecodingEveryEvent() throws {
        let t = FastSearchTests.timeline(count: 600, seed: 3, lines: true)
        let index = SearchIndex.build(t.events)
        let more = FastSearchTests.timeline(count: 40, seed: 4, lines: true)
        let (grown, added) = t.appending(Array(more.events))
        let (again, _) = grown.appending(Array(FastSearchTests.timeline(count: 10, seed: 5, lines: true).events))
        #expect(added.first! < t.events.count, "some new events land among the loaded ones")
        for text in ["e", "etat -ω", "kind:e OR tag:a", "after:2017-11-03 fin", "zzqx"] {
            let e = try expression(text)
            #expect(indexed(e, grown.events, index) == reference(e, grown.events), "\(text)")
            #expect(indexed(e, again.events, index) == reference(e, again.events), "again: \(text)")
        }
        // An index asked for once the file had grown covers its loaded events, and answers
        // (never nil) as the list grows more, new events matched one by one.
        let fromGrown = SearchIndex.build(grown.events)
        #expect(fromGrown.count == t.events.count)
        for text in ["e", "etat -ω", "kind:e OR tag:a"] {
            let e = try expression(text)
            #expect(indexed(e, grown.events, fromGrown) == reference(e, grown.events), "\(text)")
            #expect(indexed(e, again.events, fromGrown) == reference(e, again.events), "again: \(text)")
        }
        // A list of another size is not answered from it.
        let other = FastSearchTests.timeline(count: 500, seed: 9, lines: true)
        #expect(index.positions(ExpressionMatcher(try expression("e")), in: other.events, among: nil) == nil)
    }
}

/// The same on many events and queries (slow: each event decoded for the reference).
@Suite(.tags(.slow)) struct SearchIndexAgainstDecodingTests {
    let t = SearchIndexTests()

    func indexed(_ e: FilterExpression, _ events: EventList, _ index: SearchIndex, among: [Int]? = nil) -> [Int]? {
        t.indexed(e, events, index, among: among)
    }

    func reference(_ e: FilterExpression, _ events: EventList) -> [Int] { t.reference(e, events) }

    func expression(_ text: String) throws -> FilterExpression { try t.expression(text) }

    @Test func everyQueryAndFieldAnswersAsDecodingEveryEvent() {
        let made = FastSearchTests.made
        let lines = FastSearchTests.timeline(count: 600, lines: true)
        let inMemory = Timeline(title: made.title, events: EventList(made.events.indices.map { made.events[$0] }))
        for (name, t) in [("document", made), ("JSON Lines", lines), ("in memory", inMemory)] {
            let index = SearchIndex.build(t.events)
            for q in FastSearchTests().queries() {
                for f in [EventFilter(text: q), EventFilter(actor: q), EventFilter(kind: q), EventFilter(tag: q),
                          EventFilter(id: q), EventFilter(cited: q)] {
                    let e = FilterExpression.term(f)
                    #expect(indexed(e, t.events, index) == reference(e, t.events), "\(name): \(f)")
                }
            }
        }
    }

    @Test func everyExpressionAnswersAsDecodingEveryEvent() throws {
        let t = FastSearchTests.timeline(count: 3000, seed: 11)
        let index = SearchIndex.build(t.events)
        #expect(index.pieces.count == 1)
        let big = FastSearchTests.timeline(count: 21_000, seed: 12)
        let bigIndex = SearchIndex.build(big.events)
        #expect(bigIndex.pieces.count > 1, "folded in pieces side by side")
        for text in ExpressionMatcherTests.expressions {
            let e = try expression(text)
            let answer = reference(e, t.events)
            #expect(indexed(e, t.events, index) == answer, "\(text)")
            let among = Array(stride(from: 0, to: t.events.count, by: 3))
            #expect(indexed(e, t.events, index, among: among) == answer.filter { $0 % 3 == 0 }, "among: \(text)")
            #expect(e.indices(in: big.events, index: bigIndex) == e.indices(in: big.events), "pieces: \(text)")
        }
    }

    /// A merged timeline's events: their files (`source:`) and ids prefixed with their
    /// file's label where two files use one id, as matching each event sees them.
    @Test func aMergedTimelineAnswersAsDecodingEveryEvent() throws {
        let merged = TimelineMerge.merge([
            MergeInput(label: "edge", timeline: FastSearchTests.timeline(count: 300, seed: 21)),
            MergeInput(label: "core", timeline: FastSearchTests.timeline(count: 300, seed: 22, lines: true)),
        ])
        let index = SearchIndex.build(merged.events)
        for text in ["source:edge", "source:core -e", "id:edge", "edge", "id:ev-1 source:core", "cited:x.test OR tag:a", "source:x.test", "e"] {
            let e = try expression(text)
            #expect(indexed(e, merged.events, index) == reference(e, merged.events), "\(text)")
        }
    }
}
