import Foundation

/// The walk of `TimelineMerge`'s duplicate check over groups of events whose folded titles
/// hash alike: within a group holding events of two files or more, each event is matched
/// against the earlier-listed ones it can be the same happening as (`SameHappening`).
/// A group never touches another, so runs of whole groups are walked at the same time.
///
/// Two events known to the hour or better can only match within an hour of each other,
/// so those candidates are read from an hour back. Events known only to the day, month or
/// year are few and kept apart; with them the reach is their period (a year for a year) and
/// what placing a date adds, so the coarser-precision rule holds for any period. Within the
/// reach the rule decides; titles are compared as text only when the times match (a run's
/// pairs all at once after its walk, a group walked again where two titles differ). The
/// earliest listed match keeps the event.
struct TitleGroupWalk: Sendable {
    /// The merged order: `part << 40 | position in that part`.
    let entries: [UInt64]
    let parts: [EventList]
    /// Each key's event's time as the rule reads it, by key (`TimelineMerge.TitleGroups`).
    let stamps: [SameHappening.Stamp]
    /// Each key's event's sort instant's seconds, by key.
    let seconds: [Int64]
    /// The zone each file's dates are in, by file (the home zone for a file whose dates
    /// are its days); empty when every file's are the home zone's.
    var dateZones: [Zone] = []

    /// An event of the merged order (`n`), its folded title's hash (the low 32 bits), its
    /// file and its place in that file's facts (`MergeFacts.place(of:)`).
    struct Key: Sendable {
        var hash: UInt32
        var n: Int32
        var part: Int32
        var place: Int32
    }

    /// What a run of groups found: the merged positions dropped, and each event absorbed
    /// by a kept one, in the order found.
    struct Found: Sendable {
        var dropped: [Int] = []
        var absorbed: [Absorbed] = []
        /// What bringing the titles near read (`EventStore.touchListed`), kept only so that its reads are made.
        var touched: UInt8 = 0
    }

    /// The event at merged position `kept` shows the same happening from file `part` too.
    struct Absorbed: Sendable {
        var kept: Int32
        var part: Int32
    }

    /// `keys` (sorted by hash) cut into at most `pieces` runs of whole groups.
    static func runs(_ keys: [Key], pieces: Int) -> [Range<Int>] {
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

    /// An event kept so far in a group, with the files whose event it absorbed (a bit each
    /// for the first 64 files; the walk's `beyond64` for the others).
    private struct Kept {
        var n: Int
        var part: Int
        var stamp: SameHappening.Stamp
        var absorbed: UInt64 = 0
    }

    /// A group's kept events of one kind, in the order listed, with their sort seconds and
    /// days beside them: finding where a reach starts and passing over the events of other
    /// days read sixteen bytes an event, not the whole kept event.
    private struct KeptList {
        var events: [Kept] = []
        var places: [Place] = []
        /// Where the reach of an event known to the hour or better starts: the group's
        /// events come in the merged order, so it only moves forward.
        var start = 0

        /// An event's sort seconds, and its `day` (`noDay` for nil).
        struct Place {
            var seconds: Int64
            var day: Int64
        }

        static let noDay = Int64.min

        var isEmpty: Bool { events.isEmpty }

        mutating func removeAll() {
            events.removeAll(keepingCapacity: true)
            places.removeAll(keepingCapacity: true)
            start = 0
        }

        mutating func append(_ kept: Kept, seconds s: Int64, day: Day) {
            events.append(kept)
            places.append(Place(seconds: s, day: day ?? Self.noDay))
        }

        /// The first event whose sort seconds are `from` or later, found by halves.
        func first(from: Int64) -> Int {
            var (low, high) = (0, places.count)
            while low < high {
                let mid = (low + high) / 2
                if places[mid].seconds < from { low = mid + 1 } else { high = mid }
            }
            return low
        }

        /// `first(from:)` for a `from` never earlier than the last one asked in this group.
        mutating func moved(to from: Int64) -> Int {
            while start < places.count, places[start].seconds < from { start += 1 }
            return start
        }
    }

    /// The day an event names where it was written, or nil when it is read as a month or
    /// year: a date known to the day and another event can be the same happening only on
    /// the same such day, a test cheaper than the rule's. (Two instants, one known to the
    /// day, are compared in the coarser one's offset: the rule decides those.)
    typealias Day = Int64?

    static func day(_ stamp: SameHappening.Stamp) -> Day {
        guard stamp.precision <= .day else { return nil }
        let m = stamp.start
        if m.isDay { return m.nanoseconds == -1 ? m.seconds : nil }
        let s = m.seconds + Int64(m.offset)
        return s >= 0 ? s / 86_400 : (s - 86_399) / 86_400
    }

    /// How far back (in sort seconds) an event known to the hour or better finds another
    /// such event it can be the same happening as: both in one hour.
    static let fineReach: Int64 = 3_601
    /// What a day, month or year's placing adds to the reach: an instant's date is where
    /// it was written (offsets up to ±23:59), a date sorts at its end in its own zone.
    static let placingSlack: Int64 = 4 * 86_400

    /// How far back an event finds an event known to the day or coarser, or, when it is
    /// one itself, any event: the length of its own period (a day when it is finer), and
    /// the placing slack. Within that the rule itself decides (`SameHappening.sameStart`).
    static func coarseReach(_ stamp: SameHappening.Stamp) -> Int64 {
        let unit = stamp.start.isDay ? max(stamp.precision, stamp.start.period(at: .day).precision) : stamp.precision
        let days: Int64 = switch unit {
        case .year: 366
        case .month: 31
        default: 1
        }
        return days * 86_400 + placingSlack
    }

    /// Whether the rule may read `stamp` as a day, month or year (never within an hour).
    static func isCoarse(_ stamp: SameHappening.Stamp) -> Bool {
        stamp.start.isDay || stamp.precision >= .day
    }

    /// The zones of `a` (a date of file `pa`) and `b` (of `pb`) when both are dates of
    /// different zones (`SameHappening.sameStart(_:in:_:in:)`); nil otherwise.
    private func otherZones(_ a: SameHappening.Stamp, _ pa: Int, _ b: SameHappening.Stamp, _ pb: Int) -> (Zone, Zone)? {
        guard !dateZones.isEmpty, a.start.isDay, b.start.isDay, dateZones[pa] != dateZones[pb] else { return nil }
        return (dateZones[pa], dateZones[pb])
    }

    /// An event (`event`, a merged position) whose time matches a kept event's (`kept`).
    struct TitlePair {
        var kept: Int
        var event: Int
    }

    /// Whether each pair's titles are the same (`sameTitle`), a few hundred pairs at a time,
    /// each batch's titles first brought into the cache by their files (`touchListed`).
    private func sameTitles(_ pairs: [TitlePair], _ sameTitle: (Int, Int) -> Bool, touched: inout UInt8) -> [Bool] {
        var same: [Bool] = []
        same.reserveCapacity(pairs.count)
        var byFile = [[Int]](repeating: [], count: parts.count)
        for start in stride(from: 0, to: pairs.count, by: 256) {
            let batch = pairs[start..<min(start + 256, pairs.count)]
            for k in byFile.indices { byFile[k].removeAll(keepingCapacity: true) }
            for pair in batch {
                let (kept, event) = (MergedEventStore.unpack(entries[pair.kept]), MergedEventStore.unpack(entries[pair.event]))
                byFile[kept.part].append(kept.position)
                byFile[event.part].append(event.position)
            }
            for (k, positions) in byFile.enumerated() where !positions.isEmpty {
                touched ^= parts[k].store.touchListed(positions[...])
            }
            for pair in batch { same.append(sameTitle(pair.kept, pair.event)) }
        }
        return same
    }

    func walk(_ keys: ArraySlice<Key>) -> Found {
        var found = Found()
        // The group's kept events in the order listed: those known to the hour or better,
        // and the others (few), each read from where its reach starts.
        var fine = KeptList()
        var coarse = KeptList()
        var foldedTitles: [Int: [UInt8]] = [:]
        var beyond64: [Int: [Int]] = [:]
        var scratch: [UInt8] = []
        func listed(_ n: Int) -> Event {
            let (part, at) = MergedEventStore.unpack(entries[n])
            return parts[part].listed(at: at)
        }
        /// The bytes of the title as compared (`FoldedTitleBytes.comparedTitle`).
        func title(_ n: Int) -> [UInt8] {
            if let t = foldedTitles[n] { return t }
            let (part, at) = MergedEventStore.unpack(entries[n])
            var t: [UInt8] = []
            parts[part].store.withTitle(at: at) { bytes in
                if let count = FoldedTitleBytes.fold(bytes, reusing: &scratch) {
                    t = Array(scratch[..<count])
                } else {
                    t = Array(FoldedTitleBytes.comparedTitle(String(decoding: bytes, as: UTF8.self)).utf8)
                }
            }
            foldedTitles[n] = t
            return t
        }
        /// Whether the events at `a` and `b` have the same title as compared: the same bytes
        /// as written (most often), or the same once folded.
        func sameTitle(_ a: Int, _ b: Int) -> Bool {
            let (pa, ia) = MergedEventStore.unpack(entries[a])
            let (pb, ib) = MergedEventStore.unpack(entries[b])
            var asWritten = false
            parts[pa].store.withTitle(at: ia) { ta in
                parts[pb].store.withTitle(at: ib) { tb in
                    asWritten = ta.count == tb.count && (ta.count == 0 || memcmp(ta.baseAddress!, tb.baseAddress!, ta.count) == 0)
                }
            }
            return asWritten || title(a) == title(b)
        }
        /// The time-matching pairs whose titles a speculative walk took as the same, to compare.
        var pairs: [TitlePair] = []
        /// Walks the group `keys[group]` into `found`; `speculative`: titles that matter are
        /// taken as the same and noted in `pairs`, for `sameTitles` to compare afterwards.
        func walkGroup(_ group: Range<Int>, speculative: Bool) {
            if !beyond64.isEmpty {
                for k in group { beyond64[Int(keys[k].n)] = nil }
            }
            fine.removeAll()
            coarse.removeAll()
            foldedTitles.removeAll(keepingCapacity: true)
            for k in group {
                let key = keys[k]
                let n = Int(key.n)
                let part = Int(key.part)
                let mine = stamps[k]
                let now = seconds[k]
                func matches(_ c: Kept) -> Bool {
                    guard c.part != part else { return false }
                    let zones = otherZones(c.stamp, c.part, mine, part)
                    if let zones {
                        guard SameHappening.sameStart(c.stamp, in: zones.0, mine, in: zones.1) else { return false }
                    } else {
                        guard SameHappening.sameStart(c.stamp, mine) else { return false }
                    }
                    if part < 64 ? c.absorbed & (1 << UInt64(part)) != 0 : (beyond64[c.n] ?? []).contains(part) { return false }
                    if mine.hasEnd, !SameHappening.sameTime(listed(c.n), in: zones?.0, listed(n), in: zones?.1) { return false }
                    if speculative {
                        pairs.append(TitlePair(kept: c.n, event: n))
                        return true
                    }
                    return sameTitle(c.n, n)
                }
                let isCoarse = Self.isCoarse(mine)
                let myDay = Self.day(mine)
                let reach = Self.coarseReach(mine)
                // The list is in the merged order, so by sort instant: where the reach starts.
                let fineFrom = isCoarse ? fine.first(from: now - reach) : fine.moved(to: now - Self.fineReach)
                var inFine: Int?
                if mine.start.isDay, let a = myDay {
                    // A date known to the day meets an instant only on the day written (an
                    // instant's day is never read in another zone: the rule's day check below).
                    for k in fineFrom..<fine.events.count where fine.places[k].day == a {
                        if matches(fine.events[k]) {
                            inFine = k
                            break
                        }
                    }
                } else {
                    for k in fineFrom..<fine.events.count where matches(fine.events[k]) {
                        inFine = k
                        break
                    }
                }
                var inCoarse: Int?
                if !coarse.isEmpty {
                    for k in (isCoarse ? coarse.first(from: now - reach) : coarse.moved(to: now - reach))..<coarse.events.count {
                        let c = coarse.events[k]
                        // Where either is a date known to the day, the days as written must be the same
                        // (a date in another zone than the other file's: the rule decides).
                        if let a = myDay, coarse.places[k].day != KeptList.noDay, a != coarse.places[k].day, mine.start.isDay || c.stamp.start.isDay,
                           otherZones(c.stamp, c.part, mine, part) == nil { continue }
                        if matches(c) {
                            inCoarse = k
                            break
                        }
                    }
                }
                if inFine != nil || inCoarse != nil {
                    let fromFine = inCoarse.map { c in inFine.map { fine.events[$0].n < coarse.events[c].n } ?? false } ?? true
                    let m = fromFine ? inFine! : inCoarse!
                    let matched = fromFine ? fine.events[m].n : coarse.events[m].n
                    if part < 64 {
                        if fromFine { fine.events[m].absorbed |= 1 << UInt64(part) } else { coarse.events[m].absorbed |= 1 << UInt64(part) }
                    } else {
                        beyond64[matched, default: []].append(part)
                    }
                    found.absorbed.append(Absorbed(kept: Int32(matched), part: Int32(part)))
                    found.dropped.append(n)
                    continue
                }
                let kept = Kept(n: n, part: part, stamp: mine)
                if isCoarse { coarse.append(kept, seconds: now, day: myDay) } else { fine.append(kept, seconds: now, day: myDay) }
            }
        }
        // Each group walked with the titles of time-matching events taken as the same (as
        // they nearly always are), the titles then compared in one go, brought near first
        // (they sit all over the files, and each compared alone waited on memory); a group
        // where a pair's titles differ is walked again comparing each.
        var groups: [(keys: Range<Int>, found: Int, pairs: Int)] = []
        var i = keys.startIndex
        while i < keys.endIndex {
            var j = i + 1
            let firstPart = keys[i].part
            var severalFiles = false
            while j < keys.endIndex && keys[j].hash == keys[i].hash {
                if !severalFiles, keys[j].part != firstPart { severalFiles = true }
                j += 1
            }
            defer { i = j }
            guard severalFiles else { continue }
            walkGroup(i..<j, speculative: true)
            groups.append((i..<j, found.dropped.count, pairs.count))
        }
        let same = sameTitles(pairs, sameTitle, touched: &found.touched)
        guard same.contains(false) else { return found }
        let speculated = found
        found = Found(touched: speculated.touched)
        var (foundFrom, pairsFrom) = (0, 0)
        for g in groups {
            if same[pairsFrom..<g.pairs].allSatisfy({ $0 }) {
                found.dropped += speculated.dropped[foundFrom..<g.found]
                found.absorbed += speculated.absorbed[foundFrom..<g.found]
            } else {
                walkGroup(g.keys, speculative: false)
            }
            (foundFrom, pairsFrom) = (g.found, g.pairs)
        }
        return found
    }
}
