import Testing
@testable import TimelineModel

/// A merge saved in our format keeps its files where the viewer reads them: the
/// timeline's `origins` (source column, colours, lanes), each event's, also in the
/// one-line listing the list draws from, and in what the writers read (`values`).
@Suite struct SavedMergeFilesTests {
    static func merged() throws -> Timeline {
        let edge = try MergeTests.ours("edge", #"""
            {"id": "deploy", "time": "2020-01-01T10:00:00Z", "actor": "ci", "title": "Edge deploy"},
            {"id": "x", "time": "2020-01-01T10:02:00Z", "title": "Failover started"}
            """#)
        let core = try MergeTests.ours("core", #"""
            {"id": "deploy", "time": "2020-01-01T10:01:00Z", "actor": "ci", "title": "Core deploy"},
            {"id": "y", "time": "2020-01-01T10:02:00Z", "title": "failover STARTED"}
            """#)
        return TimelineMerge.merge([MergeInput(label: "edge", timeline: edge), MergeInput(label: "core", timeline: core)])
    }

    @Test(arguments: [ExportFormat.json, .jsonl])
    func everyReadOfASavedMergeHasItsFiles(format: ExportFormat) throws {
        let original = try Self.merged()
        #expect(original.events.contains { $0.origins.count == 2 })  // the folded failover
        let back = try TimelineLoader.load(bytes: format.bytes(ExportView(timeline: original)), name: "m." + format.name)
        #expect(back.origins == ["edge", "core"])
        #expect(back.events.count == original.events.count)
        for p in 0..<back.events.count {
            let files = original.events[p].origins
            #expect(back.events[p].origins == files)
            #expect(back.events.listed(at: p).origins == files)
            #expect(back.events.store.values(at: p).origins == files)
            #expect(back.events[p].extraFields.isEmpty)
        }
        let matcher = EventFilter.Matcher(EventFilter(source: "core"))
        let found = EventSearch(matcher: matcher, events: back.events).run()
        #expect(found == (0..<original.events.count).filter { original.events[$0].origins.contains("core") })
        #expect(!found.isEmpty)
    }

    /// A first JSON Lines line with `title` and `source_files` is the timeline's, not an
    /// event; a file an event names that the timeline does not is added after its own.
    @Test func aHandWrittenHeaderLineWithFilesIsTheTimelines() throws {
        let jsonl = """
            {"title": "t", "source_files": ["a", "b"]}
            {"id": "1", "time": "2020-01-01T10:00Z", "title": "one", "source_files": ["b"]}
            {"id": "2", "time": "2020-01-01T10:01Z", "title": "two", "source_files": ["c", "a"]}

            """
        let t = try TimelineLoader.load(bytes: Array(jsonl.utf8), name: "h.jsonl")
        #expect(t.title == "t")
        #expect(t.origins == ["a", "b", "c"])
        #expect(t.events.map(\.origins) == [["b"], ["c", "a"]])
    }
}
