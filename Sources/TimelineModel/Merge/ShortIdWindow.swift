/// The short ids (`ShortId`) of a stretch of the shared-id check's entries (sorted by id
/// hash), read a few thousand at a time in one loop ahead of the comparisons: each read is at
/// random in the files' lists, and reads with nothing between them wait on memory side by
/// side, where the comparisons' reads waited one after another.
struct ShortIdWindow {
    private var ids: [ShortId] = []
    /// The first entry held, and how many are.
    private var first = 0
    private var held = 0

    static let stretch = 4_096

    /// Makes the entries of `range` held: when they are not, the window is read again from
    /// the range's start (a stretch, or the whole range when longer).
    mutating func hold(_ range: Range<Int>, of sorted: [(hash: UInt64, at: UInt64)], _ shortIds: [[ShortId]]) {
        if range.lowerBound >= first, range.upperBound <= first + held { return }
        first = range.lowerBound
        held = min(sorted.count, max(range.upperBound, first + Self.stretch)) - first
        if ids.count < held { ids = Array(repeating: .tooLong, count: held) }
        let start = first
        let count = held
        ids.withUnsafeMutableBufferPointer { out in
            sorted.withUnsafeBufferPointer { entries in
                for k in 0..<count {
                    let (part, at) = MergedEventStore.unpack(entries[start + k].at)
                    out[k] = shortIds[part][at]
                }
            }
        }
    }

    /// The short id of entry `k` (held).
    subscript(_ k: Int) -> ShortId { ids[k - first] }
}
