/// The events of a file being followed: those loaded at first (`base`, left in their own
/// store: a million events stay in the file), and the few read since from the lines
/// appended to it (`tail`, built in memory), as one sorted list without copying the base.
///
/// The tail is sorted; each of its events knows how many base events sort before it, so
/// a position is found with a binary search over the tail alone. Appended events that
/// sort before the end land in order; ties keep file order (the base first).
struct GrownEventStore: EventStore {
    let base: any EventStore
    let tail: [Event]
    /// For each tail event, how many base events sort before it (never decreasing).
    let basesBefore: [Int]
    /// The base's reading order in this store's positions, then the tail's.
    private let order: [Int32]?

    init(base: any EventStore, tail: [Event], basesBefore: [Int]) {
        self.base = base
        self.tail = tail
        self.basesBefore = basesBefore
        if let baseOrder = base.readingOrder {
            let all = tail.indices.allSatisfy { basesBefore[$0] == base.count }
            var mapped: [Int32] = []
            mapped.reserveCapacity(baseOrder.count + tail.count)
            if all {
                mapped.append(contentsOf: baseOrder)
            } else {
                // Base event b moves by the tail events sorting before or with it:
                // those with basesBefore ≤ b. Counted once for all b, then added.
                var moved = [Int32](repeating: 0, count: base.count + 1)
                for b in basesBefore { moved[b] += 1 }
                var running: Int32 = 0
                for i in moved.indices {
                    running += moved[i]
                    moved[i] = running
                }
                for p in baseOrder { mapped.append(p + moved[Int(p)]) }
            }
            for j in tail.indices { mapped.append(Int32(basesBefore[j] + j)) }
            order = mapped
        } else {
            order = nil
        }
    }

    var count: Int { base.count + tail.count }

    /// The tail event at `position`, or the base position it stands for.
    private func locate(_ position: Int) -> (tail: Int?, base: Int) {
        // The last tail event at or before `position` (its position: basesBefore + index).
        var lo = 0
        var hi = tail.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if basesBefore[mid] + mid <= position { lo = mid + 1 } else { hi = mid }
        }
        if lo > 0, basesBefore[lo - 1] + lo - 1 == position { return (lo - 1, 0) }
        return (nil, position - lo)
    }

    func event(at position: Int) -> Event {
        let (t, b) = locate(position)
        return t.map { tail[$0] } ?? base.event(at: b)
    }

    func sortInstant(at position: Int) -> Instant {
        let (t, b) = locate(position)
        return t.map { tail[$0].sortInstant } ?? base.sortInstant(at: b)
    }

    func listed(at position: Int) -> Event {
        let (t, b) = locate(position)
        return t.map { tail[$0] } ?? base.listed(at: b)
    }

    func id(at position: Int) -> String {
        let (t, b) = locate(position)
        return t.map { tail[$0].id } ?? base.id(at: b)
    }

    func verbatimLine(at position: Int) -> (event: Event, text: VerbatimLineText?) {
        let (t, b) = locate(position)
        if let t { return (tail[t], nil) }
        return base.verbatimLine(at: b)
    }

    func values(at position: Int) -> EventValues {
        let (t, b) = locate(position)
        return t.map { EventValues(tail[$0]) } ?? base.values(at: b)
    }

    func appendOurJSON(at position: Int, to out: inout [UInt8]) {
        let (t, b) = locate(position)
        if let t { OurJSONEvent.append(tail[t], to: &out) } else { base.appendOurJSON(at: b, to: &out) }
    }

    var readingOrder: [Int32]? { order }

    func rawBytes(at position: Int) -> UnsafeBufferPointer<UInt8>? {
        let (t, b) = locate(position)
        return t == nil ? base.rawBytes(at: b) : nil
    }

    func rawBytes(inReadingOrder i: Int) -> UnsafeBufferPointer<UInt8>? {
        i < base.count ? base.rawBytes(inReadingOrder: i) : nil
    }

    func quickLookWords(_ words: [FoldedText]) -> [FoldedText] { base.quickLookWords(words) }

    func matches(_ matcher: EventFilter.Matcher, at position: Int, cache: inout FoldMemo) -> Bool {
        let (t, b) = locate(position)
        if let t { return matcher.matches(tail[t], memo: &cache) }
        return base.matches(matcher, at: b, cache: &cache)
    }

    func matchesListedText(_ matcher: EventFilter.Matcher, at position: Int, cache: inout FoldMemo) -> Bool {
        let (t, b) = locate(position)
        return t == nil ? base.matchesListedText(matcher, at: b, cache: &cache) : false
    }
}
