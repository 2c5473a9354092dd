/// The events of a merge whose title the duplicate check must read: those an event of
/// another file can meet in time (`SameHappening`). Two events are the same happening only
/// at the same instant at the coarser of their precisions, so an event alone in its second
/// (or minute, hour…) across the other files cannot be one, whatever its title: its title
/// is neither folded nor hashed, and it is in no title group.
///
/// Each event reaches as far as the duplicate walk (`TitleGroupWalk`) would look for it,
/// never less: an event known to the second or better its own second, to the minute or
/// hour 59 or 3,599 seconds either side, and a date or an event known to the day or
/// coarser its `coarseReach` either side (a day-only event meets every event of its day,
/// and more where zones place it). A pair of events of two files is kept when either
/// reaches the other; an event is never dropped that the walk could match.
struct MeetableEvents: Sendable {
    /// By file, the positions whose titles are read; nil for every event's.
    var positions: [PositionSet]?
    /// How many events' titles are read.
    var count: Int

    /// `entries` and `instants` are the merged order (`MergedOrder`) of `parts`; `facts`
    /// each file's events' times as the rule reads them (`MergeFacts.stamps`).
    init(entries: [UInt64], instants: [Instant], parts: [EventList], facts: [MergeFacts]) {
        let stamps = facts.map(\.stamps)
        let fileIndices = facts.map(\.fileIndices)
        if Self.datesReachEveryEvent(instants, parts: parts, facts: facts) {
            (positions, count) = (nil, entries.count)
            return
        }
        let n = entries.count
        var reach = [Int64](repeating: 0, count: n)
        var parts = [Int32](repeating: 0, count: n)
        var wide = 0
        for (k, entry) in entries.enumerated() {
            let (part, at) = MergedEventStore.unpack(entry)
            parts[k] = Int32(part)
            let r = Self.reach(stamps[part][fileIndices[part].map { Int($0[at]) } ?? at])
            reach[k] = r
            if r > 0 { wide += 1 }
        }
        var meets = [Bool](repeating: false, count: n)
        instants.withUnsafeBufferPointer { instants in
            // Each event against the nearest event of another file before and after it (the
            // nearest in time, as the order is by instant): within its own reach, it meets.
            var (lastPart, otherBefore): (Int32, Int64?) = (-1, nil)
            for k in 0..<n {
                let part = parts[k]
                if k > 0, part != lastPart { otherBefore = instants[k - 1].seconds }
                lastPart = part
                if let before = otherBefore, instants[k].seconds - before <= reach[k] { meets[k] = true }
            }
            var (nextPart, otherAfter): (Int32, Int64?) = (-1, nil)
            for k in stride(from: n - 1, through: 0, by: -1) {
                let part = parts[k]
                if k < n - 1, part != nextPart { otherAfter = instants[k + 1].seconds }
                nextPart = part
                if let after = otherAfter, after - instants[k].seconds <= reach[k] { meets[k] = true }
            }
            // An event reaching further than its second marks every event of another file
            // within its reach: a count of the events reaching each position, the sum of their
            // files and of their squares (all from one file `q` exactly when
            // Σ(p − q)² = 0), kept as differences.
            guard wide > 0 else { return }
            var count = [Int32](repeating: 0, count: n + 1)
            var sum = [Int64](repeating: 0, count: n + 1)
            var squares = [Int64](repeating: 0, count: n + 1)
            // The events reached, from the first at or after s − reach to the first after
            // s + reach: each bound only moves on, for each of the few reaches there are.
            var reaches: [(reach: Int64, low: Int, high: Int)] = []
            for k in 0..<n where reach[k] > 0 {
                let s = instants[k].seconds
                let r = reach[k]
                let c = reaches.firstIndex { $0.reach == r } ?? reaches.count
                if c == reaches.count { reaches.append((r, 0, 0)) }
                while reaches[c].low < n, instants[reaches[c].low].seconds < s - r { reaches[c].low += 1 }
                while reaches[c].high < n, instants[reaches[c].high].seconds <= s + r { reaches[c].high += 1 }
                let (low, high) = (reaches[c].low, reaches[c].high)
                let p = Int64(parts[k])
                count[low] += 1
                count[high] -= 1
                sum[low] += p
                sum[high] -= p
                squares[low] += p * p
                squares[high] -= p * p
            }
            var (c, s, q2): (Int64, Int64, Int64) = (0, 0, 0)
            for k in 0..<n {
                c += Int64(count[k])
                s += sum[k]
                q2 += squares[k]
                guard c > 0, !meets[k] else { continue }
                let q = Int64(parts[k])
                if q2 - 2 * q * s + c * q * q != 0 { meets[k] = true }
            }
        }
        var positions = stamps.map { PositionSet(count: $0.count) }
        count = 0
        for k in 0..<n where meets[k] {
            let (part, at) = MergedEventStore.unpack(entries[k])
            positions[part].insert(at)
            count += 1
        }
        self.positions = positions
    }

    /// How far (in seconds either side of its sort instant) an event can meet another.
    static func reach(_ stamp: SameHappening.Stamp) -> Int64 {
        if TitleGroupWalk.isCoarse(stamp) { return TitleGroupWalk.coarseReach(stamp) }
        return switch stamp.precision {
        case .exact, .second: 0
        case .minute: 59
        default: 3_599
        }
    }

    /// Whether the reaches of the dates (and events known to the day or coarser) of two
    /// files or more each cover the whole merge: then every event is within the reach of
    /// another file's date, and every title is read (the files' dates only are looked at).
    private static func datesReachEveryEvent(_ instants: [Instant], parts: [EventList], facts: [MergeFacts]) -> Bool {
        guard let first = instants.first?.seconds, let last = instants.last?.seconds else { return false }
        var covering = 0
        for (k, f) in facts.enumerated() {
            // The file's coarse events are nearly in sort order: their reaches start nearly in order.
            var spans: [(start: Int64, end: Int64)] = []
            for (i, stamp) in f.stamps.enumerated() where TitleGroupWalk.isCoarse(stamp) {
                let s = parts[k].sortInstant(at: f.filePositions.map { Int($0[i]) } ?? i).seconds
                let r = TitleGroupWalk.coarseReach(stamp)
                spans.append((s - r, s + r))
            }
            guard !spans.isEmpty else { continue }
            spans.sort { $0.start < $1.start }
            guard spans[0].start <= first else { continue }
            var end = spans[0].end
            for span in spans.dropFirst() {
                if span.start > end + 1 { break }
                end = max(end, span.end)
            }
            if end >= last { covering += 1 }
            if covering == 2 { return true }
        }
        return false
    }
}
