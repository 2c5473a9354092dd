import Testing
@testable import TimelineModel

/// A merge shown before its duplicate check (`foldingLater`), the check done after
/// (`TimelineMerge.foldDuplicates`): the same timeline as a merge that checks at once, and
/// each event's position before moved to the one after.
@Suite struct DuplicateFoldTests {
    /// Two files sharing a failover (10:02 in one, 11:02 Paris to the minute in the other),
    /// an id, and "the day after" in each: a day in New York and a day in Paris, not the
    /// same hours, so never folded.
    static func inputs() throws -> [MergeInput] {
        let edge = try MergeTests.ours("edge", zone: "America/New_York", #"""
            {"id": "deploy", "time": "2020-01-01T10:00:00Z", "actor": "ci", "title": "Edge deploy"},
            {"id": "x", "time": "2020-01-01T10:02:00Z", "actor": "on-call", "title": "Failover started"},
            {"id": "late", "time": "2020-01-01T12:00:00Z", "title": "Edge quiet again"},
            {"id": "day", "time": "2020-01-02", "title": "The day after"}
            """#)
        let core = try MergeTests.ours("core", zone: "Europe/Paris", #"""
            {"id": "deploy", "time": "2020-01-01T11:00:30+01:00", "actor": "ci", "title": "Core deploy"},
            {"id": "y", "time": "2020-01-01T11:02+01:00", "actor": "db", "title": "failover  STARTED"},
            {"id": "z", "time": "2020-01-02", "title": "the day  AFTER"},
            {"id": "w", "time": "2020-01-02T09:00+01:00", "title": "Core report"}
            """#)
        return [MergeInput(label: "edge", timeline: edge), MergeInput(label: "core", timeline: core)]
    }

    /// Each event as the export shows it, and its files.
    static func lines(_ t: Timeline) -> [String] {
        let f = TimeFormatter(timeline: t, zone: .utc)
        return t.events.map { "\($0.origins.joined(separator: "+")) \(f.time(of: $0)) \($0.id) \($0.title)" }
    }

    @Test func theEventsShownFirstAreEveryFilesThenFoldedAsAMergeThatChecksAtOnce() throws {
        let inputs = try Self.inputs()
        let atOnce = TimelineMerge.merge(inputs)
        let first = TimelineMerge.merge(inputs, foldingLater: true)
        #expect(first.duplicatesToFold && !atOnce.duplicatesToFold)
        // Before the check: every event of both files, ids already prefixed where shared.
        #expect(Self.lines(first) == Self.lines(TimelineMerge.merge(inputs, keepDuplicates: true)))
        #expect(first.events.count == 8)
        #expect(first.events.map(\.id).filter { $0.hasSuffix("deploy") } == ["edge:deploy", "core:deploy"])
        let folded = try #require(TimelineMerge.foldDuplicates(first))
        #expect(!folded.timeline.duplicatesToFold)
        #expect(Self.lines(folded.timeline) == Self.lines(atOnce))
        #expect(folded.timeline.events.count == 7 && folded.folded == 1 && folded.countBefore == 8)
        #expect(Self.lines(folded.timeline).suffix(3) == ["core 08:00 w Core report",
                                                           "core time unknown (day in Europe/Paris) z the day  AFTER",
                                                           "edge time unknown (day in America/New_York) day The day after"])
        let text = { (t: Timeline) in TextExporter(timeline: t, zone: .utc, options: .init(details: false, width: nil)).text() }
        #expect(text(folded.timeline) == text(atOnce))
        #expect(text(folded.timeline).contains("[edge, core] on-call — Failover started\n"))
        // Nothing left to do once folded.
        #expect(TimelineMerge.foldDuplicates(folded.timeline) == nil)
    }

    @Test func eachPositionMovesToItsEventOrToTheOneShownInItsPlace() throws {
        let first = TimelineMerge.merge(try Self.inputs(), foldingLater: true)
        let folded = try #require(TimelineMerge.foldDuplicates(first))
        let after = folded.timeline.events
        for (p, e) in first.events.enumerated() {
            let moved = after[folded.moved(p)]
            if after.contains(where: { $0.id == e.id && $0.origins.first == e.origins.first }) {
                #expect(moved.id == e.id && moved.origins.first == e.origins.first, "\(p)")
            } else {
                // Dropped: its twin, kept from the other file, stands in its place.
                #expect(FoldedTitleBytes.comparedTitle(moved.title) == FoldedTitleBytes.comparedTitle(e.title), "\(p)")
                #expect(moved.origins.contains(e.origins[0]), "\(p)")
            }
        }
        #expect(folded.moved(Array(first.events.indices)) == Array(after.indices))
    }

    @Test func nothingIsLeftToFoldWhenDuplicatesAreKeptOrThereIsOneFile() throws {
        let inputs = try Self.inputs()
        #expect(!TimelineMerge.merge(inputs, keepDuplicates: true, foldingLater: true).duplicatesToFold)
        #expect(!TimelineMerge.merge([inputs[0]], foldingLater: true).duplicatesToFold)
        #expect(!inputs[0].timeline.duplicatesToFold)
    }
}
