import TimelineModel

/// One look at a followed file, asked of the runtime when the file changed: read what was
/// appended since `bytesRead` and say which of the new events the filter and the search
/// of the moment take (so `update` only merges lists).
struct FollowJob: Hashable, Sendable {
    /// Where the timeline shown ends in the file (`Timeline.bytesRead`).
    let bytesRead: Int?
    /// The filter the list shows, as typed and as read.
    let filterTyped: String
    let filter: FilterExpression
    /// The search whose matches are shown, empty for none.
    let search: String
}

/// What came of a `FollowJob`.
enum FollowOutcome: Sendable {
    /// No complete new line (or a line still being written).
    case nothing
    /// New events: the timeline with them, their positions (ascending), those among them
    /// the job's filter shows and those its search matches, and the new lines' warnings.
    case grew(Timeline, added: [Int], shownAdded: [Int], searchAdded: [Int], warnings: [Problem])
    /// The new lines have problems: none of them was taken.
    case badLines([Problem])
    /// The file is now shorter than what was read (`size` bytes).
    case truncated(size: Int)
    /// Another file was renamed over the one followed: it was read whole (a state in the
    /// zone shown, as for `R`).
    case reopened(ViewState)
    /// The same file was written again from its start (truncated, then to the same size
    /// or more): it was read whole, as for `reopened`.
    case rewritten(ViewState)
    /// The file is not line-based (a JSON document): it was read again whole.
    case reread(ViewState)
}

/// Positions after events were inserted: `added` are the new events' positions in the new
/// numbering, ascending; an old position moves up by the new events placed before it.
struct InsertedPositions {
    /// For each new event, how many old ones come before it (never decreasing).
    private let oldBefore: [Int]

    init(_ added: [Int]) {
        oldBefore = added.enumerated().map { $1 - $0 }
    }

    /// Where the old position `old` is now.
    func moved(_ old: Int) -> Int {
        var lo = 0
        var hi = oldBefore.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if oldBefore[mid] <= old { lo = mid + 1 } else { hi = mid }
        }
        return old + lo
    }

    /// Where the old positions `old` (ascending) are now, in one walk.
    func moved(_ old: [Int]) -> [Int] {
        guard !oldBefore.isEmpty else { return old }
        var out: [Int] = []
        out.reserveCapacity(old.count)
        var k = 0
        for p in old {
            while k < oldBefore.count && oldBefore[k] <= p { k += 1 }
            out.append(p + k)
        }
        return out
    }

    /// `a` and `b` (ascending, no position in both) as one ascending list.
    static func merged(_ a: [Int], _ b: [Int]) -> [Int] {
        guard !b.isEmpty else { return a }
        if let last = a.last, last < b[0] { return a + b }
        var out: [Int] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] < b[j]) {
                out.append(a[i]); i += 1
            } else {
                out.append(b[j]); j += 1
            }
        }
        return out
    }
}
