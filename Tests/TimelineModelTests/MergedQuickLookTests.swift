import Testing
@testable import TimelineModel

/// A merged timeline's search looks at each file's raw bytes first, also for events whose
/// id another file uses too and is shown prefixed (`edge:deploy`): the words such a prefix
/// could hold are not looked for, so every answer is the one decoding every event gives.
@Suite struct MergedQuickLookTests {
    static let merged: Timeline = {
        func file(_ name: String, _ salt: Int) -> Timeline {
            let events = (0..<60).map { k in
                #"{"id": "\#(k % 3 == 0 ? "deploy-\(k)" : "\(name)-\(k)")", "time": "2020-01-01T10:\#(String(format: "%02d", k % 60)):0\#(salt)Z", "actor": "ops", "title": "\#(k % 2 == 0 ? "Edge cache" : "Core route") \#(k)"}"#
            }
            return try! MergeTests.ours(name, events.joined(separator: ","))
        }
        return TimelineMerge.merge([MergeInput(label: "edge", timeline: file("edge", 1)), MergeInput(label: "core", timeline: file("core", 2))])
    }()

    @Test func everyWordOfAPrefixedIdIsFoundAsByDecoding() throws {
        let events = Self.merged.events
        #expect(events.indices.contains { events[$0].id.hasPrefix("edge:deploy") })
        let formatter = TimeFormatter(timeline: Self.merged)
        for text in ["edge", "\"edge:\"", "\"dge:dep\"", "\":deploy\"", "\"e:d\"", "\"core:deploy-3\"", "deploy", "ed", "ore", "zzqx", "-edge",
                     "-\"edge:deploy-3\"", "id:edge", "cache -core", "NOT (edge OR core)", "route", "-deploy"] {
            let e = try FilterExpression(parsing: text, timeline: Self.merged, formatter: formatter)
            let expected = events.indices.filter { e.matches(events[$0]) }
            #expect(e.indices(in: events) == expected, "\(text)")
            #expect(EventSearch(expression: ExpressionMatcher(e), events: events, parallelFrom: 10).run() == expected, "\(text)")
        }
    }

    /// The look is taken for words no prefix holds, and not for those one could.
    @Test func wordsAPrefixCouldHoldAreNotLookedFor() {
        let store = Self.merged.events.store
        let asked = ["cache", "edge", "dge", "e:d", "zzqx"].map(FoldedText.init)
        #expect(store.quickLookWords(asked).map { String(decoding: $0.bytes, as: UTF8.self) } == ["cache", "zzqx"])
        #expect(store.rawBytes(at: 0) != nil)
    }
}
