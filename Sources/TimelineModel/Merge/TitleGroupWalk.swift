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

    func walk(_ keys: ArraySlice<(hash: UInt64, n: Int32)>) -> Found {
        var found = Found()
        var fine: [Kept] = []
        var daily: [Kept] = []
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
            fine.removeAll(keepingCapacity: true)
            daily.removeAll(keepingCapacity: true)
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
                for c in fine.reversed() {
                    if c.seconds < now - reach { break }
                    if matches(c) { match = c.n }
                }
                if match == nil {
                    match = daily.first { c in c.seconds >= now - 2 * 86_400 && matches(c) }?.n
                }
                if let match {
                    found.absorbed[match, default: []].append(part)
                    found.dropped.append(n)
                    continue
                }
                let kept = Kept(n: n, part: part, seconds: parts[part].sortInstant(at: at).seconds, stamp: mine)
                func add(_ list: inout [Kept]) {
                    // Forget what is more than two days behind, so the lists stay short.
                    var old = 0
                    while old < list.count, list[old].seconds < now - 2 * 86_400 { old += 1 }
                    if old > 0 { list.removeFirst(old) }
                    list.append(kept)
                }
                if mine.precision >= .day { add(&daily) } else { add(&fine) }
            }
        }
        return found
    }
}
