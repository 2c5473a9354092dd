import Dispatch

/// Several files' timelines as one (`timeline-tui a.json b.csv`), by the timeline's one
/// sorting rule (`EventRecord.sort`): by instant, ties in the order of the files on the
/// command line, then in file order.
///
/// - The title and home zone are the first file's (unless `title` is given); a day-only
///   event of a file in another zone is placed again at the end of its day in the home zone.
/// - Ids stay as written; an id used in more than one file is shown as `label:id`.
/// - The same happening in two files (`SameHappening`) is shown once, at the first file's
///   event, with both files in its `origins`, unless `keepDuplicates`.
public enum TimelineMerge {
    public static func merge(_ inputs: [MergeInput], title: String? = nil, keepDuplicates: Bool = false) -> Timeline {
        precondition(!inputs.isEmpty, "a merge needs at least one timeline")
        let first = inputs[0].timeline
        let home = TimelineBuilder.knownZone(first.timezone) ?? .utc
        let parts = inputs.map(\.timeline.events)
        let folds = !keepDuplicates && inputs.count > 1
        // What the merge needs of each event, read on all the cores a file at a time.
        let hasher = SeededHash()
        let facts = ConcurrentWork(count: inputs.count) { k in
            MergeFacts(inputs[k].timeline, home: home, ids: inputs.count > 1 ? hasher : nil, titles: folds ? hasher : nil)
        }.run()
        var records: [EventRecord] = []
        records.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for (k, part) in parts.enumerated() {
            let replaced = facts[k].replaced
            for i in 0..<part.count {
                var r = EventRecord(offset: Int(MergedEventStore.pack(part: k, position: i)), fileIndex: Int32(records.count))
                r.sortInstant = replaced.isEmpty ? part.sortInstant(at: i) : replaced[i] ?? part.sortInstant(at: i)
                records.append(r)
            }
        }
        EventRecord.sort(&records)
        let colliding = collidingIds(facts, parts: parts)
        var entries = records.map { UInt64($0.offset) }
        var instants = records.map(\.sortInstant)
        records = []
        var alsoIn: [Int: [String]] = [:]
        if folds {
            (entries, instants, alsoIn) = folded(entries, instants, parts: parts, labels: inputs.map(\.label), facts: facts)
        }
        let store = MergedEventStore(parts: parts, labels: inputs.map(\.label), entries: entries, instants: instants,
                                     collidingIds: colliding, alsoIn: alsoIn)
        var timeline = Timeline(
            title: title ?? first.title, summary: first.summary, timezone: first.timezone,
            zones: Self.unique(inputs.flatMap(\.timeline.zones)), extraFields: first.extraFields,
            events: EventList(store: store), warnings: inputs.flatMap(\.timeline.warnings))
        timeline.inputFormat = Self.readers(inputs)
        timeline.origins = inputs.map(\.label)
        return timeline
    }

    /// Which reader read which file (`2017-11-03: timeline JSON; edge: JSON Lines log`), or
    /// nil when every file is in our own format (as for one such file). Our format leaves
    /// `inputFormat` nil, so it is named here: a merge must not look read by one reader.
    private static func readers(_ inputs: [MergeInput]) -> String? {
        guard inputs.contains(where: { $0.timeline.inputFormat != nil }) else { return nil }
        if inputs.count == 1 { return inputs[0].timeline.inputFormat }
        return inputs.map { "\($0.label): \($0.timeline.inputFormat ?? "timeline JSON")" }.joined(separator: "; ")
    }

    /// The events whose id another file uses too, by part: the ids' hashes sorted, and only
    /// the texts of equal hashes from different files compared.
    private static func collidingIds(_ facts: [MergeFacts], parts: [EventList]) -> [PositionSet] {
        var entries: [(hash: UInt64, at: UInt64)] = []
        entries.reserveCapacity(facts.reduce(0) { $0 + $1.idHashes.count })
        for (k, f) in facts.enumerated() {
            for (i, h) in f.idHashes.enumerated() where h != MergeFacts.noId {
                entries.append((h, MergedEventStore.pack(part: k, position: i)))
            }
        }
        let sorted = RadixSort.sorted(entries, keyBits: 64, digitBits: 16) { $0.hash }
        func id(_ entry: UInt64) -> String {
            let (part, at) = MergedEventStore.unpack(entry)
            var text = ""
            parts[part].store.withId(at: at) { text = String(decoding: $0, as: UTF8.self) }
            return text
        }
        var colliding = parts.map { PositionSet(count: $0.count) }
        func mark(_ entry: UInt64) {
            let (part, at) = MergedEventStore.unpack(entry)
            colliding[part].insert(at)
        }
        var i = 0
        while i < sorted.count {
            var j = i + 1
            let firstPart = MergedEventStore.unpack(sorted[i].at).part
            var severalFiles = false
            while j < sorted.count && sorted[j].hash == sorted[i].hash {
                if MergedEventStore.unpack(sorted[j].at).part != firstPart { severalFiles = true }
                j += 1
            }
            if severalFiles {
                // Almost always one id in several files; else each text with its first file.
                let texts = sorted[i..<j].map { id($0.at) }
                if texts.allSatisfy({ $0 == texts[0] }) {
                    for e in sorted[i..<j] { mark(e.at) }
                } else {
                    var files: [String: Set<Int>] = [:]
                    for (text, e) in zip(texts, sorted[i..<j]) { files[text, default: []].insert(MergedEventStore.unpack(e.at).part) }
                    for (text, e) in zip(texts, sorted[i..<j]) where files[text]!.count > 1 { mark(e.at) }
                }
            }
            i = j
        }
        return colliding
    }

    /// Drops each event that is the same happening as an earlier-listed one from another
    /// file (the one listed first is kept), naming its file on the one kept.
    ///
    /// Only events whose folded titles hash alike can be the same happening: the events
    /// are grouped by that hash (a radix sort, which keeps the merged order within a
    /// group), and only a group holding events of two files or more is read. Within it,
    /// two events known to the hour or better can only match within an hour of each other,
    /// so those candidates are read from their newest end and stop there; events known
    /// only to the day are few and kept apart, two days. Titles are compared as text only
    /// when the times match.
    private static func folded(_ entries: [UInt64], _ instants: [Instant], parts: [EventList], labels: [String],
                               facts: [MergeFacts]) -> ([UInt64], [Instant], [Int: [String]]) {
        // Each file's facts side by side in one array each, read by `first[part] + position`.
        var first: [Int] = []
        var hashes: [UInt64] = []
        var stamps: [SameHappening.Stamp] = []
        for f in facts {
            first.append(hashes.count)
            hashes.append(contentsOf: f.titleHashes)
            stamps.append(contentsOf: f.stamps)
        }
        var keys: [(hash: UInt64, n: Int32)] = []
        keys.reserveCapacity(entries.count)
        for (n, entry) in entries.enumerated() {
            let (part, at) = MergedEventStore.unpack(entry)
            keys.append((hashes[first[part] + at], Int32(n)))
        }
        hashes = []
        keys = RadixSort.sorted(keys, keyBits: 64, digitBits: 16) { $0.hash }

        struct Kept {
            var n: Int
            var part: Int
            var seconds: Int64
            var stamp: SameHappening.Stamp
        }
        /// The files folded into each kept event (by merged position), in the order found.
        var absorbed: [Int: [Int]] = [:]
        var dropped = Set<Int>()
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
        var i = 0
        while i < keys.count {
            var j = i + 1
            let firstPart = MergedEventStore.unpack(entries[Int(keys[i].n)]).part
            var severalFiles = false
            while j < keys.count && keys[j].hash == keys[i].hash {
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
                          !(absorbed[c.n] ?? []).contains(part) else { return false }
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
                    absorbed[match, default: []].append(part)
                    dropped.insert(n)
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
        guard !dropped.isEmpty else { return (entries, instants, [:]) }
        var keptEntries: [UInt64] = []
        var keptInstants: [Instant] = []
        var alsoIn: [Int: [String]] = [:]
        keptEntries.reserveCapacity(entries.count - dropped.count)
        keptInstants.reserveCapacity(entries.count - dropped.count)
        for n in entries.indices where !dropped.contains(n) {
            if let files = absorbed[n] { alsoIn[keptEntries.count] = files.map { labels[$0] } }
            keptEntries.append(entries[n])
            keptInstants.append(instants[n])
        }
        return (keptEntries, keptInstants, alsoIn)
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
