import Dispatch

/// One run of an `EventFilter` over an `EventList`. The events are read in the order
/// cheapest for memory (a loaded file's), in a few pieces searched side by side (figures
/// in docs/MEASURING.md), each piece with its own `FoldMemo`; the
/// matches are marked in a byte a position and collected in order at the end.
struct EventSearch: Sendable {
    let matcher: EventFilter.Matcher
    let events: EventList
    /// Below this many events one thread is quicker than starting others.
    var parallelFrom = 20_000

    /// The matching positions among `among` (ascending), or among all events.
    func run(among: [Int]? = nil) -> [Int] {
        let n = events.count
        let marks = Marks(count: n)
        let store = events.store
        let order = store.readingOrder
        // A few candidates are read where they are; many, in reading order.
        let direct = among.map { $0.count * 8 < n || order == nil } ?? (order == nil)
        if let among { for p in among { marks.set(p, 1) } }
        let count = direct ? among?.count ?? n : n
        let pieces = count >= parallelFrom ? 8 : 1
        let words = store.quickLookWords(matcher.prefilterWords)
        // More pieces than cores, so that a slow piece does not leave a core idle.
        DispatchQueue.concurrentPerform(iterations: pieces) { k in
            var cache = FoldMemo()
            var view = RawTextPrefilter(words: words)
            defer { view.release() }
            let look = !words.isEmpty
            let listedText = matcher.asksOnlyText
            let range = count * k / pieces ..< count * (k + 1) / pieces
            var tries = 0
            var hits = 0
            for i in range {
                let p: Int
                if direct {
                    p = among?[i] ?? i
                } else {
                    p = order.map { Int($0[i]) } ?? i
                    if among != nil && marks[p] == 0 { continue }
                }
                if look, let raw = direct ? store.rawBytes(at: p) : store.rawBytes(inReadingOrder: i),
                   !view.mayContain(in: raw) {
                    marks.set(p, 0)
                    continue
                }
                // A word in the title or actor (most events hold a short one) is a match without
                // walking the event; asked only after the quick look, which skips most events for
                // a rarer word more cheaply, and no longer once it mostly fails (a rare word).
                if listedText && (tries < 256 || hits * 2 >= tries) {
                    tries += 1
                    if store.matchesListedText(matcher, at: p, cache: &cache) {
                        hits += 1
                        marks.set(p, 2)
                        continue
                    }
                }
                marks.set(p, store.matches(matcher, at: p, cache: &cache) ? 2 : 0)
            }
        }
        return marks.positions(marked: 2)
    }
}

/// A byte for each position, written by the threads of one search: raw memory, since two
/// threads writing different elements of one array would be overlapping accesses to it.
private final class Marks: @unchecked Sendable {
    private let bytes: UnsafeMutableBufferPointer<UInt8>

    init(count: Int) {
        bytes = .allocate(capacity: count)
        bytes.initialize(repeating: 0)
    }

    deinit { bytes.deallocate() }

    subscript(position: Int) -> UInt8 { bytes[position] }

    /// Each position is set by one thread only, and read after all have finished.
    func set(_ position: Int, _ value: UInt8) { bytes[position] = value }

    /// The positions marked `value`, ascending.
    func positions(marked value: UInt8) -> [Int] {
        var out: [Int] = []
        for p in bytes.indices where bytes[p] == value { out.append(p) }
        return out
    }
}
