/// The events of other files that a merge's kept events show once (`EventList.copies(at:)`),
/// by merged position: flat arrays appended in ascending position as the fold walks the
/// events, looked up by a binary search (a merge of a million duplicates hashes nothing).
struct FoldedCopies: Sendable {
    /// The merged positions that hold copies, ascending.
    private var positions: [Int32] = []
    /// Where each position's entries start in `entries` (one more: the end).
    private var starts: [Int32] = [0]
    /// The copies' entries (`MergedEventStore.pack`), position after position.
    private var entries: [UInt64] = []

    var isEmpty: Bool { positions.isEmpty }

    /// Adds a copy of the event at the position `close` names next.
    mutating func add(_ entry: UInt64) {
        entries.append(entry)
    }

    /// The copies added since the last call are those of `position`, after every
    /// position closed so far.
    mutating func close(at position: Int) {
        positions.append(Int32(position))
        starts.append(Int32(entries.count))
    }

    /// The entries of the copies of the event at `position` (none for most).
    subscript(position: Int) -> ArraySlice<UInt64> {
        var low = 0
        var high = positions.count
        while low < high {
            let mid = (low + high) / 2
            if Int(positions[mid]) < position { low = mid + 1 } else { high = mid }
        }
        guard low < positions.count, Int(positions[low]) == position else { return [] }
        return entries[Int(starts[low])..<Int(starts[low + 1])]
    }
}
