import TestSupport
import Testing
@testable import TimelineModel

/// The merged order of several files (`MergedOrder`): by instant, ties in the order of the
/// files on the command line, then in each file's order — whether the files are merged two
/// by two (each already sorted) or, when a file's instants were moved, sorted whole.
@Suite struct MergedOrderTests {
    /// A file of `count` events at random seconds of one minute (so many tie), each titled
    /// `label#i` in its own file order.
    static func file(_ label: String, count: Int, using rng: inout some RandomNumberGenerator) throws -> Timeline {
        let events = (0..<count).map { i in
            let second = Int.random(in: 0..<20, using: &rng)
            return #"{"id": "\#(label)\#(i)", "time": "2020-01-01T10:00:\#(second < 10 ? "0" : "")\#(second)Z", "title": "\#(label)#\#(i)"}"#
        }
        return try MergeTests.ours(label, events.joined(separator: ", "))
    }

    /// What the rule gives: every event of every file, sorted stably by its instant, the
    /// files in the order given and each file's events in its order.
    static func expected(_ parts: [EventList], instant: (Int, Int) -> Instant) -> [UInt64] {
        var all: [(instant: Instant, entry: UInt64)] = []
        for (k, part) in parts.enumerated() {
            for i in 0..<part.count { all.append((instant(k, i), MergedEventStore.pack(part: k, position: i))) }
        }
        // Swift's sort is not stable: the entry (file, then position) breaks the ties.
        return all.sorted { $0.instant != $1.instant ? $0.instant < $1.instant : $0.entry < $1.entry }.map(\.entry)
    }

    @Test(arguments: [1, 2, 3, 5, 10])
    func filesMergedTwoByTwoKeepTheOrderOfTheFilesOnATie(files: Int) throws {
        var rng = SplitMix(seed: UInt64(files))
        let timelines = try (0..<files).map { try Self.file("f\($0)", count: Int.random(in: 0...40, using: &rng), using: &rng) }
        let parts = timelines.map(\.events)
        let order = MergedOrder(parts: parts, replaced: parts.map { _ in [:] })
        #expect(order.entries == Self.expected(parts) { parts[$0].sortInstant(at: $1) })
        #expect(order.instants == order.entries.map { e in
            let (k, i) = MergedEventStore.unpack(e)
            return parts[k].sortInstant(at: i)
        })
        // The whole merge lists the same: a title says its file and place in it.
        let merged = TimelineMerge.merge(timelines.enumerated().map { MergeInput(label: "f\($0.offset)", timeline: $0.element) },
                                         keepDuplicates: true)
        #expect(merged.events.map(\.title) == order.entries.map { e in
            let (k, i) = MergedEventStore.unpack(e)
            return parts[k][i].title
        })
    }

    /// Runs long enough for each pass's merges to be cut into pieces (one core a piece), with
    /// thousands of ties at each cut, and files of very unequal lengths.
    @Test(arguments: [2, 3, 7])
    func longFilesCutIntoPiecesKeepTheOrderOfTheFilesOnATie(files: Int) throws {
        var rng = SplitMix(seed: UInt64(100 + files))
        let timelines = try (0..<files).map { k in
            try Self.file("f\(k)", count: k == 1 ? 7 : Int.random(in: 3_000...9_000, using: &rng), using: &rng)
        }
        let parts = timelines.map(\.events)
        let order = MergedOrder(parts: parts, replaced: parts.map { _ in [:] })
        #expect(order.entries == Self.expected(parts) { parts[$0].sortInstant(at: $1) })
    }

    @Test func aFileWhoseInstantsMovedIsSortedWithTheSameRule() throws {
        var rng = SplitMix(seed: 7)
        let parts = try (0..<4).map { try Self.file("g\($0)", count: 30, using: &rng).events }
        // Some events of the second file moved earlier, out of its order (as day-only
        // events placed again in the home zone are).
        let start = parts[1].sortInstant(at: 0)
        let replaced: [[Int: Instant]] = [[:], [29: start, 28: start.adding(seconds: -5), 3: start], [:], [0: start.adding(seconds: 30)]]
        let order = MergedOrder(parts: parts, replaced: replaced)
        let instant = { (k: Int, i: Int) in replaced[k][i] ?? parts[k].sortInstant(at: i) }
        #expect(order.entries == Self.expected(parts, instant: instant))
        #expect(order.instants == order.entries.map { e in
            let (k, i) = MergedEventStore.unpack(e)
            return instant(k, i)
        })
    }
}
