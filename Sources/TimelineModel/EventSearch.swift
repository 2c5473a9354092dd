import Dispatch

/// One run of an `EventFilter` over an `EventList`: the positions are cut into a few
/// pieces searched side by side (two cores make a million events take half the time),
/// each piece with its own `FoldCache`, and the matches joined in order.
struct EventSearch: Sendable {
    let matcher: EventFilter.Matcher
    let events: EventList

    /// Below this many events one thread is quicker than starting others.
    var parallelFrom = 20_000

    /// The matching positions among `among` (ascending), or among all events.
    func run(among: [Int]? = nil) -> [Int] {
        let count = among?.count ?? events.count
        guard count >= parallelFrom else { return search(among, 0..<count) }
        // More pieces than cores, so that a slow piece does not leave a core idle.
        let pieces = 8
        let found = PieceResults(count: pieces)
        DispatchQueue.concurrentPerform(iterations: pieces) { k in
            found.set(k, search(among, count * k / pieces ..< count * (k + 1) / pieces))
        }
        return found.joined()
    }

    /// The matches among `among[range]` (or among the positions `range`).
    private func search(_ among: [Int]?, _ range: Range<Int>) -> [Int] {
        var cache = FoldCache()
        var out: [Int] = []
        if let among {
            for p in among[range] where events.matches(matcher, at: p, cache: &cache) { out.append(p) }
        } else {
            for p in range where events.matches(matcher, at: p, cache: &cache) { out.append(p) }
        }
        return out
    }
}

/// The matches of each piece of a search, written by the thread that searched it.
private final class PieceResults: @unchecked Sendable {
    /// Raw memory rather than an array: two threads writing different elements of one
    /// array would be overlapping accesses to it.
    private let parts: UnsafeMutableBufferPointer<[Int]>

    init(count: Int) {
        parts = .allocate(capacity: count)
        parts.initialize(repeating: [])
    }

    deinit {
        parts.deinitialize()
        parts.deallocate()
    }

    /// Each piece is set by one thread only, and read after all have finished.
    func set(_ k: Int, _ matches: [Int]) {
        parts[k] = matches
    }

    func joined() -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for p in parts { out += p }
        return out
    }
}
