import Foundation

/// The walk of `TimelineMerge`'s duplicate check over groups of events whose folded titles
/// hash alike: within a group holding events of two files or more, each event is matched
/// against the earlier-listed ones it can be the same happening as (`SameHappening`).
/// A group never touches another, so runs of whole groups are walked at the same time.
///
/// Two events known to the hour or better can only match within an hour of each other,
/// so those candidates are read from their newest end and stop there. Events known only
/// to the day, month or year are few and kept apart; with them the reach is their period
/// (a year for a year) and what placing a date adds, so the coarser-precision rule holds
/// for any period. Within the reach the rule decides; titles are compared as text only
/// when the times match. The earliest listed match keeps the event.
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
    /// file and its position there.
    struct Key: Sendable {
        var hash: UInt32
        var n: Int32
        var part: Int32
        var at: Int32
    }

    /// What a run of groups found: the merged positions dropped, and each event absorbed
    /// by a kept one, in the order found.
    struct Found: Sendable {
        var dropped: [Int] = []
        var absorbed: [Absorbed] = []
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
        var seconds: Int64
        var stamp: SameHappening.Stamp
        var day: Day
        var absorbed: UInt64 = 0
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

    func walk(_ keys: ArraySlice<Key>) -> Found {
        var found = Found()
        // The group's kept events in the order listed: those known to the hour or better,
        // and the others (few), each read back from its newest end only as far as can match.
        var fine: [Kept] = []
        var coarse: [Kept] = []
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
            fine.removeAll(keepingCapacity: true)
            coarse.removeAll(keepingCapacity: true)
            foldedTitles.removeAll(keepingCapacity: true)
            for k in i..<j {
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
                    return sameTitle(c.n, n)
                }
                let isCoarse = Self.isCoarse(mine)
                let myDay = Self.day(mine)
                /// The earliest listed match in `list` within `reach` seconds: the first listed is the one kept.
                func earliest(in list: [Kept], reach: Int64) -> Int? {
                    // The list is in the merged order, so by sort instant: the reach's start found by halves.
                    var (low, high) = (0, list.count)
                    while low < high {
                        let mid = (low + high) / 2
                        if list[mid].seconds < now - reach { low = mid + 1 } else { high = mid }
                    }
                    for k in low..<list.count {
                        let c = list[k]
                        // Where either is a date known to the day, the days as written must be the same
                        // (a date in another zone than the other file's: the rule decides).
                        if let a = myDay, let b = c.day, a != b, mine.start.isDay || c.stamp.start.isDay,
                           otherZones(c.stamp, c.part, mine, part) == nil { continue }
                        if matches(c) { return k }
                    }
                    return nil
                }
                let reach = Self.coarseReach(mine)
                let inFine = earliest(in: fine, reach: isCoarse ? reach : Self.fineReach)
                let inCoarse = earliest(in: coarse, reach: reach)
                if inFine != nil || inCoarse != nil {
                    let fromFine = inCoarse.map { c in inFine.map { fine[$0].n < coarse[c].n } ?? false } ?? true
                    let m = fromFine ? inFine! : inCoarse!
                    let matched = fromFine ? fine[m].n : coarse[m].n
                    if part < 64 {
                        if fromFine { fine[m].absorbed |= 1 << UInt64(part) } else { coarse[m].absorbed |= 1 << UInt64(part) }
                    } else {
                        beyond64[matched, default: []].append(part)
                    }
                    found.absorbed.append(Absorbed(kept: Int32(matched), part: Int32(part)))
                    found.dropped.append(n)
                    continue
                }
                let kept = Kept(n: n, part: part, seconds: now, stamp: mine, day: myDay)
                if isCoarse { coarse.append(kept) } else { fine.append(kept) }
            }
        }
        return found
    }
}
