/// A set of positions in one file, a bit each.
struct PositionSet: Sendable {
    private var words: [UInt64]

    init(count: Int) {
        words = Array(repeating: 0, count: (count + 63) / 64)
    }

    func contains(_ position: Int) -> Bool {
        words[position >> 6] & (1 << UInt64(position & 63)) != 0
    }

    /// Whether no position is in the set.
    var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

    mutating func insert(_ position: Int) {
        words[position >> 6] |= 1 << UInt64(position & 63)
    }

    /// The set whose members are `positions[i]` for each member `i` of this one (a set of
    /// file indices made a set of positions): `positions` read front to back.
    func moved(to positions: [Int32]) -> PositionSet {
        var moved = PositionSet(count: positions.count)
        for (w, word) in words.enumerated() where word != 0 {
            var bits = word
            while bits != 0 {
                moved.insert(Int(positions[w << 6 | bits.trailingZeroBitCount]))
                bits &= bits - 1
            }
        }
        return moved
    }
}
