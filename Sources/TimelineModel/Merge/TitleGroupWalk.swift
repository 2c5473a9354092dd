/// The walk of `TimelineMerge`'s duplicate check over groups of events whose folded titles
/// hash alike: within a group holding events of two files or more, each event is matched
/// against the earlier-listed ones it can be the same happening as (`SameHappening`).
/// A group never touches another, so runs of whole groups are walked at the same time.
///
/// Two events known to the hour or better can only match within an hour of each other,
/// so those candidates are read from their newest end and stop there; events known only
/// to the day are few and kept apart, two days. Titles are compared as text only when
/// the times match.
struct TitleGroupWalk: Sendable {
    /// The merged order: `part << 40 | position in that part`, and the sort instants.
    let entries: [UInt64]
    let instants: [Instant]
    let parts: [EventList]
    /// Where each part's stamps start in `stamps`.
    let first: [Int]
    let stamps: [SameHappening.Stamp]
    /// Which parts have day-only events placed again in the home zone (whose merged sort
    /// instants are not their own).
    let placedAgain: [Bool]

    /// What a run of groups found: the merged positions dropped, and for each kept event
    /// that absorbed others, their parts in the order found.
    struct Found: Sendable {
        var dropped: [Int] = []
        var absorbed: [Int: [Int]] = [:]
    }

    /// `keys` (sorted by hash) cut into at most `pieces` runs of whole groups.
    static func runs(_ keys: [(hash: UInt64, n: Int32)], pieces: Int) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0
        for k in 1...max(pieces, 1) {
            var end = k == pieces ? keys.count : max(start, keys.count * k / pieces)
            while end > start, end < keys.count, keys[end].hash == keys[end - 1].hash { end += 1 }
            if end > start { runs.append(start..<end) }
            start = end
        }
        return runs.isEmpty ? [0..<0] : runs
    }

    private struct Kept {
        var n: Int
        var part: Int
        var seconds: Int64
        var stamp: SameHappening.Stamp
    }

    /// Kept events in the order listed, from `start` on.
    private struct Recent {
        private var list: [Kept] = []
        private var start = 0

        var kept: ArraySlice<Kept> { list[start...] }

        mutating func removeAll() {
            list.removeAll(keepingCapacity: true)
            start = 0
        }

        /// Adds `k`, forgetting the events before `earliest` seconds.
        mutating func add(_ k: Kept, after earliest: Int64) {
            while start < list.count, list[start].seconds < earliest { start += 1 }
            if start > 1024, start * 2 > list.count {
                list.removeFirst(start)
                start = 0
            }
            list.append(k)
        }
    }

    func walk(_ keys: ArraySlice<(hash: UInt64, n: Int32)>) -> Found {
        var found = Found()
        // The candidates of the last two days, the older ones forgotten by moving `start`.
        var fine = Recent()
        var daily = Recent()
        var foldedTitles: [Int: [UInt8]] = [:]
        var scratch: [UInt8] = []
        func listed(_ n: Int) -> Event {
            let (part, at) = MergedEventStore.unpack(entries[n])
            return parts[part].listed(at: at)
        }
        /// The bytes of the title as compared (`FoldedTitleBytes.comparedTitle`).
        func title(_ n: Int) -> [UInt8] {
            if let t = foldedTitles[n] { return t }
            let (part, at) = MergedEventStore.unpack(entries[n])
            let (event, bytes) = parts[part].store.listedTitleBytes(at: at)
            let t: [UInt8]
            if let bytes, FoldedTitleBytes.fold(bytes, into: &scratch) {
                t = scratch
            } else {
                t = Array(FoldedTitleBytes.comparedTitle(bytes.map { String(decoding: $0, as: UTF8.self) } ?? event.title).utf8)
            }
            foldedTitles[n] = t
            return t
        }
        var i = keys.startIndex
        while i < keys.endIndex {
            var j = i + 1
            let firstPart = MergedEventStore.unpack(entries[Int(keys[i].n)]).part
            var severalFiles = false
            while j < keys.endIndex && keys[j].hash == keys[i].hash {
                if !severalFiles, MergedEventStore.unpack(entries[Int(keys[j].n)]).part != firstPart { severalFiles = true }
                j += 1
            }
            defer { i = j }
            guard severalFiles else { continue }
            fine.removeAll()
            daily.removeAll()
            foldedTitles.removeAll(keepingCapacity: true)
            for key in keys[i..<j] {
                let n = Int(key.n)
                let (part, at) = MergedEventStore.unpack(entries[n])
                let mine = stamps[first[part] + at]
                let now = instants[n].seconds
                func matches(_ c: Kept) -> Bool {
                    guard c.part != part, SameHappening.sameStart(c.stamp, mine),
                          !(found.absorbed[c.n] ?? []).contains(part) else { return false }
                    if mine.hasEnd, !SameHappening.sameTime(listed(c.n), listed(n)) { return false }
                    return title(c.n) == title(n)
                }
                var match: Int?
                let reach: Int64 = mine.precision >= .day ? 2 * 86_400 : 3_601
                // The earliest that matches: the first listed is the one kept.
                for c in fine.kept.reversed() {
                    if c.seconds < now - reach { break }
                    if matches(c) { match = c.n }
                }
                if match == nil {
                    match = daily.kept.first { c in c.seconds >= now - 2 * 86_400 && matches(c) }?.n
                }
                if let match {
                    found.absorbed[match, default: []].append(part)
                    found.dropped.append(n)
                    continue
                }
                let seconds = placedAgain[part] ? parts[part].sortInstant(at: at).seconds : now
                let kept = Kept(n: n, part: part, seconds: seconds, stamp: mine)
                // Forget what is more than two days behind, so the lists stay short.
                if mine.precision >= .day { daily.add(kept, after: now - 2 * 86_400) } else { fine.add(kept, after: now - 2 * 86_400) }
            }
        }
        return found
    }
}
