import Testing
@testable import TimelineModel

/// The marks of a merge's shared-id check, made in file order and moved to positions.
@Suite struct PositionSetTests {
    @Test func aSetOfFileIndicesMovesToTheirPositions() {
        // File index i is at position positions[i] (a file read out of time order).
        let positions: [Int32] = (0..<200).map { Int32((($0 * 37) + 11) % 200) }
        var byFileIndex = PositionSet(count: 200)
        let members = [0, 1, 63, 64, 65, 127, 128, 199]
        for i in members { byFileIndex.insert(i) }
        let moved = byFileIndex.moved(to: positions)
        let expected = Set(members.map { Int(positions[$0]) })
        #expect((0..<200).filter { moved.contains($0) } == expected.sorted())
        #expect(PositionSet(count: 200).moved(to: positions).isEmpty)
    }
}
