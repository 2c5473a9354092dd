import TestSupport
import Testing
@testable import TimelineModel

/// The rules' two big-list steps, on lists long enough to take their quick ways (the sort
/// on two cores, the repeated-id tables): the same answer as the plain way.
@Suite(.tags(.slow)) struct BigListRulesTests {
    /// Records in file order, times from a narrow range so that many are equal.
    static func records(_ count: Int, seed: UInt64) -> [EventRecord] {
        var random = SplitMix(seed: seed)
        return (0..<count).map { i in
            var r = EventRecord(offset: i * 100, fileIndex: Int32(i))
            let nanoseconds = random.chance(perMille: 300) ? Int32(random.below(1000)) * 1_000_000 : 0
            r.sortInstant = Instant(seconds: 1_509_667_200 + Int64(random.below(5_000)), nanoseconds: nanoseconds)
            return r
        }
    }

    @Test(arguments: [EventRecord.twoCoreSortThreshold, 200_001])
    func aBigListSortedOnTwoCoresHasTheOneOrder(_ count: Int) {
        let given = Self.records(count, seed: UInt64(count))
        var sorted = given
        EventRecord.sort(&sorted)
        let expected = given.sorted(by: EventRecord.precedes)
        #expect(sorted.map(\.fileIndex) == expected.map(\.fileIndex))
        #expect(sorted.map(\.offset) == expected.map(\.offset))
        #expect(sorted.map(\.sortInstant) == expected.map(\.sortInstant))
    }

    /// Ids "ev-N", some used again further on; each repeat names its first use.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func everyRepeatedIdAmongManyIsFoundWithItsFirstUse(_ seed: UInt64) {
        var random = SplitMix(seed: seed)
        var ids = IdList(seed: seed)
        var texts: [Int: String] = [:]
        var firstUse: [String: Int] = [:]
        var expected: [(offset: Int, first: Int)] = []
        for i in 0..<100_000 {
            let text = i > 10 && random.chance(perMille: 2) ? "ev-\(random.below(i))" : "ev-\(i)"
            let offset = i * 10 + 3
            ids.append(text, at: offset)
            texts[offset] = text
            if let first = firstUse[text] { expected.append((offset, first)) } else { firstUse[text] = offset }
        }
        let found = ids.repeats { texts[$0]! }
        #expect(expected.count > 100)
        #expect(found.map(\.offset) == expected.map(\.offset))
        #expect(found.map(\.first) == expected.map(\.first))
    }

    @Test func aListWithOneIdOrNoneHasNoRepeat() {
        var ids = IdList(seed: 7)
        #expect(ids.repeats { _ in "" }.isEmpty)
        ids.append("a", at: 0)
        #expect(ids.repeats { _ in "a" }.isEmpty)
        ids.append("a", at: 5)
        #expect(ids.repeats { _ in "a" }.map(\.offset) == [5])
    }
}
