import Dispatch
import Foundation

/// Several files' timelines as one (`timeline-tui a.json b.csv`), by the timeline's one
/// sorting rule (`EventRecord.sort`): by instant, ties in the order of the files on the
/// command line, then in file order.
///
/// - The title and home zone are the first file's (unless `title` is given); a day-only
///   event of a file in another zone stays a day in its own file's zone (`Event.dateZone`):
///   it sorts at that day's end there, and is labelled, counted and exported there.
/// - Ids stay as written; an id used in more than one file is shown as `label:id`.
/// - The same happening in two files (`SameHappening`) is shown once, at the first file's
///   event, with both files in its `origins`, unless `keepDuplicates`. With `foldingLater`
///   that check is left for `foldDuplicates` (the viewer shows the events first).
public enum TimelineMerge {
    public static func merge(_ inputs: [MergeInput], title: String? = nil, keepDuplicates: Bool = false,
                             foldingLater: Bool = false) -> Timeline {
        precondition(!inputs.isEmpty, "a merge needs at least one timeline")
        let first = inputs[0].timeline
        let home = TimelineBuilder.knownZone(first.timezone) ?? .utc
        let dateZones = inputs.map { Zone.sameDays($0.timeline.timezone, first.timezone) ? nil : $0.timeline.timezone }
        let parts = inputs.map(\.timeline.events)
        let later = !keepDuplicates && inputs.count > 1 && foldingLater
        let folds = !keepDuplicates && inputs.count > 1 && !later
        // What the merge needs of each event, read on all the cores a file at a time.
        // The seed the files' first passes hashed ids with, when they kept what the merge reads.
        let kept = inputs.lazy.compactMap { ($0.timeline.events.store as? JSONEventStore)?.firstPassFacts?.reading.seed }.first
        let hasher = kept.map { SeededHash(seed: $0) } ?? SeededHash()
        var facts = ConcurrentWork(count: inputs.count) { k in
            MergeFacts(inputs[k].timeline, ids: inputs.count > 1 ? hasher : nil, titles: folds ? hasher : nil, titlesLater: folds)
        }.run()
        // A date keeps its file's sort instant: the end of its day in its own zone.
        var order = MergedOrder(parts: parts, replaced: parts.map { _ in [:] })
        // Only the titles of events another file's event can meet in time are read.
        let meets = folds ? meetableTitles(&facts, order.entries, order.instants, parts: parts, hasher: hasher) : nil
        // The ids two files share are found on one core while the other gathers the title
        // groups (helped by the first when it is done); the groups are then walked on all the cores.
        let shared = SharedPieces()
        // Handed over, not shared: the title groups' sort writes in it without a copy.
        var room = order.spare
        order.spare = []
        let sides = ConcurrentWork(count: folds ? 2 : 1) { k -> MergeSide in
            if k == 0 {
                let colliding = collidingIds(facts, parts: parts)
                // Then helps the other side read the title groups' times.
                if folds { shared.help() }
                return .collidingIds(colliding)
            }
            return .titleGroups(titleGroups(order.entries, order.instants, facts: facts, meetable: meets, sharing: shared,
                                            room: &room))
        }.run()
        guard case .collidingIds(let colliding) = sides[0] else { preconditionFailure("each side gives its own result") }
        // The merged order's lists are handed on, not shared, so the fold moves events in them.
        var (entries, instants) = order.taken()
        let fold: Folded
        if folds, case .titleGroups(let groups) = sides[1] {
            fold = folded(&entries, &instants, groups, parts: parts, labels: inputs.map(\.label),
                          dateZones: Self.zones(dateZones, home: home))
        } else {
            fold = Folded(entries: entries, instants: instants)
        }
        let store = MergedEventStore(parts: parts, labels: inputs.map(\.label), entries: fold.entries, instants: fold.instants,
                                     collidingIds: colliding, alsoIn: fold.alsoIn, copies: fold.copies, home: first.timezone,
                                     dateZones: dateZones, foldLater: later ? DuplicateFold(home: home) : nil)
        var timeline = Timeline(
            title: title ?? first.title, summary: first.summary, timezone: first.timezone,
            zones: Self.unique(inputs.flatMap(\.timeline.zones)), extraFields: first.extraFields,
            events: EventList(store: store), warnings: inputs.flatMap(\.timeline.warnings))
        timeline.inputFormat = Self.readers(inputs)
        // The home zone is the first file's, and so is why it is UTC.
        timeline.zoneNote = first.zoneNote.map { "\(inputs[0].label): " + $0 }
        // Files may share a label (a Slack channel's days): one source each label.
        timeline.origins = Self.unique(inputs.map(\.label))
        timeline.dateZones = Self.unique((dateZones.compactMap { $0 } + inputs.flatMap(\.timeline.dateZones)).filter { $0 != first.timezone })
        return timeline
    }

    /// Each file's titles hashed where another file's event can meet the event in time
    /// (`MeetableEvents`), a file a core, into `facts` (read with `titlesLater`): by file,
    /// the events whose titles were read (nil: all).
    static func meetableTitles(_ facts: inout [MergeFacts], _ entries: [UInt64], _ instants: [Instant], parts: [EventList],
                               hasher: SeededHash) -> [PositionSet]? {
        let meetable = MeetableEvents(entries: entries, instants: instants, parts: parts, facts: facts)
        let known = facts
        // The files go to the cores as each core is free; a core keeps one memo of the titles
        // it has folded for every file it reads (the files of one incident say the same things).
        let next = NextJob(count: parts.count)
        let cores = min(parts.count, ProcessInfo.processInfo.activeProcessorCount)
        let read = ConcurrentWork(count: cores) { _ -> [(file: Int, hashes: [UInt64])] in
            var keys = TitleKeyMemo()
            var mine: [(file: Int, hashes: [UInt64])] = []
            while let k = next.take() {
                var f = known[k]
                f.keepTitles(of: parts[k].store, hasher: hasher, at: meetable.positions?[k], keys: &keys)
                mine.append((k, f.titleHashes))
            }
            return mine
        }.run()
        for (k, hashes) in read.joined() { facts[k].titleHashes = hashes }
        return meetable.positions
    }

    /// What each of the two sides of a merge gives.
    private enum MergeSide: Sendable {
        case collidingIds([PositionSet])
        case titleGroups(TitleGroups)
    }

    /// Which reader read which file (`2017-11-03: timeline JSON; edge: JSON Lines log`), or
    /// nil when every file is in our own format (as for one such file). Our format leaves
    /// `inputFormat` nil, so it is named here: a merge must not look read by one reader.
    private static func readers(_ inputs: [MergeInput]) -> String? {
        guard inputs.contains(where: { $0.timeline.inputFormat != nil }) else { return nil }
        if inputs.count == 1 { return inputs[0].timeline.inputFormat }
        return unique(inputs.map { "\($0.file ?? $0.label): \($0.timeline.inputFormat ?? "timeline JSON")" }).joined(separator: "; ")
    }

    /// The events whose id another file uses too, by part: the ids' hashes sorted, and only
    /// the texts of equal hashes from different files compared. Each file's ids are read and
    /// marked in the order its facts keep them (`MergeFacts.filePositions`), the marks then
    /// moved to the events' positions.
    private static func collidingIds(_ facts: [MergeFacts], parts: [EventList]) -> [PositionSet] {
        // Written through a pointer, as `titleGroups`' lists are.
        var sorted = [(hash: UInt64, at: UInt64)](unsafeUninitializedCapacity: facts.reduce(0) { $0 + $1.idHashes.count }) { out, made in
            made = 0
            for (k, f) in facts.enumerated() {
                f.idHashes.withUnsafeBufferPointer { hashes in
                    for (i, h) in hashes.enumerated() where h != MergeFacts.noId {
                        out.initializeElement(at: made, to: (h, MergedEventStore.pack(part: k, position: i)))  // i: in the facts' order
                        made += 1
                    }
                }
            }
        }
        // Sorted by the hash's high half (four passes, not eight): equal hashes end up in the
        // same run of equal halves, sorted here by the whole hash when it holds two. Eight
        // bits a pass: a pass's writes go to 256 places at a time, which the cache keeps near
        // (with 65,536, two passes each waited on memory for most writes).
        RadixSort.sort(&sorted, keyBits: 32, digitBits: 8) { $0.hash >> 32 }
        var runStart = 0
        while runStart < sorted.count {
            var runEnd = runStart + 1
            var alike = true
            while runEnd < sorted.count && sorted[runEnd].hash >> 32 == sorted[runStart].hash >> 32 {
                if sorted[runEnd].hash != sorted[runStart].hash { alike = false }
                runEnd += 1
            }
            if !alike { sorted[runStart..<runEnd].sort { $0.hash < $1.hash } }
            runStart = runEnd
        }
        let shortIds = facts.map(\.shortIds)
        let filePositions = facts.map(\.filePositions)
        /// The id's UTF-8, as hashed: ids are compared byte for byte, short ones as kept.
        func id(_ entry: UInt64) -> [UInt8] {
            let (part, at) = MergedEventStore.unpack(entry)
            let short = shortIds[part][at]
            if short.isKept { return short.bytes }
            var text: [UInt8] = []
            parts[part].store.withId(at: filePositions[part].map { Int($0[at]) } ?? at) { text = Array($0) }
            return text
        }
        // The short ids of the next entries, read in one loop ahead of the comparisons: the
        // reads (at random in the files' lists) wait on memory side by side, not one by one.
        var window = ShortIdWindow()
        /// Whether the ids of the entries at `a` and `b` of `sorted` (in the window) are the same bytes.
        func sameId(_ a: Int, _ b: Int) -> Bool {
            let (sa, sb) = (window[a], window[b])
            if sa.isKept || sb.isKept { return sa == sb }
            return id(sorted[a].at) == id(sorted[b].at)
        }
        var colliding = parts.map { PositionSet(count: $0.count) }
        /// Marked in the facts' order (by file index where they are), made positions at the end.
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
                window.hold(i..<j, of: sorted, shortIds)
                // Almost always one id in several files; else each text with its first file.
                if ((i + 1)..<j).allSatisfy({ sameId(i, $0) }) {
                    for e in sorted[i..<j] { mark(e.at) }
                } else {
                    let texts = sorted[i..<j].map { id($0.at) }
                    var files: [[UInt8]: Set<Int>] = [:]
                    for (text, e) in zip(texts, sorted[i..<j]) { files[text, default: []].insert(MergedEventStore.unpack(e.at).part) }
                    for (text, e) in zip(texts, sorted[i..<j]) where files[text]!.count > 1 { mark(e.at) }
                }
            }
            i = j
        }
        for (k, positions) in filePositions.enumerated() {
            if let positions, !colliding[k].isEmpty { colliding[k] = colliding[k].moved(to: positions) }
        }
        return colliding
    }

    /// Every event's folded title hash (its low 32 bits), file and time, gathered in the
    /// merged order and sorted by hash (a radix sort, which keeps the merged order within a
    /// group of equal hashes), each event's time and sort instant then read in that order:
    /// what `folded` walks. A group may hold two titles whose hashes end alike (the walk
    /// compares the titles themselves); the same title is never in two groups.
    struct TitleGroups: Sendable {
        var keys: [TitleGroupWalk.Key]
        /// The time of the event of each key, by key.
        var stamps: [SameHappening.Stamp]
        /// The sort instant's seconds of the event of each key, by key.
        var seconds: [Int64]
    }

    /// `meetable`: by file, the events whose titles were read (`MeetableEvents`); nil for all.
    /// `sharing`: where another core may help with the reads of the groups' times (each
    /// offered piece a stretch of keys); nil to read them here alone. `room`: a list no
    /// longer used (`MergedOrder.spare`), its pages faulted in already, for the sort's
    /// scratch (a fresh 16 MB faulted in costs as much as the sort's passes).
    static func titleGroups(_ entries: [UInt64], _ instants: [Instant], facts: [MergeFacts],
                            meetable: [PositionSet]? = nil, sharing: SharedPieces? = nil) -> TitleGroups {
        var room: [Instant] = []
        return titleGroups(entries, instants, facts: facts, meetable: meetable, sharing: sharing, room: &room)
    }

    static func titleGroups(_ entries: [UInt64], _ instants: [Instant], facts: [MergeFacts],
                            meetable: [PositionSet]?, sharing: SharedPieces?, room: inout [Instant]) -> TitleGroups {
        // Read here once in the merged order (the files' facts sit in file order), then
        // in the order of the title groups, in one loop (the reads wait on memory side by
        // side) rather than one by one in the walk.
        // Each list is written through a pointer: appending, or `map`, checks room for each
        // of a million elements, and the reads then wait on memory one at a time.
        let hashes = facts.map(\.titleHashes)
        let fileIndices = facts.map(\.fileIndices)
        var keys = [TitleGroupWalk.Key](unsafeUninitializedCapacity: entries.count) { out, made in
            made = 0
            for (n, entry) in entries.enumerated() {
                let (part, at) = MergedEventStore.unpack(entry)
                if let meetable, !meetable[part].contains(at) { continue }
                let place = fileIndices[part].map { Int($0[at]) } ?? at
                out.initializeElement(at: made, to: TitleGroupWalk.Key(hash: UInt32(truncatingIfNeeded: hashes[part][at]), n: Int32(n),
                                                                     part: Int32(part), place: Int32(place)))
                made += 1
            }
        }
        Self.sortByHash(&keys, room: &room)
        let fileStamps = facts.map(\.stamps)
        let count = keys.count
        var stamps = [SameHappening.Stamp](unsafeUninitializedCapacity: count) { _, made in made = count }
        var seconds = [Int64](unsafeUninitializedCapacity: count) { _, made in made = count }
        keys.withUnsafeBufferPointer { keys in
            stamps.withUnsafeMutableBufferPointer { stamps in
                seconds.withUnsafeMutableBufferPointer { seconds in
                    instants.withUnsafeBufferPointer { instants in
                        let (stamps, seconds) = (stamps, seconds)
                        // Each piece a stretch of keys, both lists written there (every place once).
                        let pieces = count < 65_536 ? 1 : 32
                        let piece = { (k: Int) in
                            for i in count * k / pieces ..< count * (k + 1) / pieces {
                                let key = keys[i]
                                stamps.initializeElement(at: i, to: fileStamps[Int(key.part)][Int(key.place)])
                                seconds.initializeElement(at: i, to: instants[Int(key.n)].seconds)
                            }
                        }
                        if let sharing { sharing.offer(count: pieces, piece) } else { (0..<pieces).forEach(piece) }
                    }
                }
            }
        }
        return TitleGroups(keys: keys, stamps: stamps, seconds: seconds)
    }

    /// `keys` sorted by hash, the sort's scratch in `room` when it is long enough.
    private static func sortByHash(_ keys: inout [TitleGroupWalk.Key], room: inout [Instant]) {
        guard room.count >= keys.count, MemoryLayout<Instant>.stride == MemoryLayout<TitleGroupWalk.Key>.stride,
              MemoryLayout<Instant>.alignment >= MemoryLayout<TitleGroupWalk.Key>.alignment else {
            return RadixSort.sort(&keys, keyBits: 32, digitBits: 8) { UInt64($0.hash) }
        }
        keys.withUnsafeMutableBufferPointer { keys in
            room.withUnsafeMutableBufferPointer { room in
                // Both are plain values of one stride: the room's places hold keys for the sort.
                room.withMemoryRebound(to: TitleGroupWalk.Key.self) { scratch in
                    let scratch = UnsafeMutableBufferPointer(rebasing: scratch[..<keys.count])
                    if RadixSort.sort(keys, scratch: scratch, keyBits: 32, digitBits: 8, key: { UInt64($0.hash) }) {
                        _ = keys.update(fromContentsOf: scratch)
                    }
                }
            }
        }
    }

    /// The events a merge keeps once the same happening in several files is shown once.
    struct Folded {
        var entries: [UInt64]
        var instants: [Instant]
        /// By merged position, the other files that hold the event there.
        var alsoIn: [Int: [String]] = [:]
        /// By merged position, the events of those files (`MergedEventStore.pack`), in
        /// the same order: how each wrote it (`EventList.copies(at:)`).
        var copies = FoldedCopies()
    }

    /// Drops each event that is the same happening as an earlier-listed one from another
    /// file (the one listed first is kept), naming its file on the one kept: the kept events
    /// are moved down in `entries` and `instants`, which end as long as they are.
    ///
    /// Only events whose folded titles hash alike can be the same happening: only a group
    /// of `groups` holding events of two files or more is read (`TitleGroupWalk`, on the
    /// cores).
    static func folded(_ entries: inout [UInt64], _ instants: inout [Instant], _ groups: TitleGroups, parts: [EventList],
                       labels: [String], dateZones: [Zone] = []) -> Folded {
        let keys = groups.keys
        // Groups never touch one another: the keys are cut at group boundaries into a few
        // runs a core, walked at the same time.
        let runs = TitleGroupWalk.runs(keys, pieces: keys.count < 65_536 ? 1 : 8)
        // The walk's hold on `entries` ends with it, before the events are moved in them.
        func walked() -> [TitleGroupWalk.Found] {
            let walk = TitleGroupWalk(entries: entries, parts: parts, stamps: groups.stamps, seconds: groups.seconds,
                                      dateZones: dateZones)
            return ConcurrentWork(count: runs.count) { k in walk.walk(keys[runs[k]]) }.run()
        }
        let found = walked()
        var dropped = [Bool](repeating: false, count: entries.count)
        var droppedCount = 0
        for f in found {
            for n in f.dropped { dropped[n] = true }
            droppedCount += f.dropped.count
        }
        guard droppedCount > 0 else { return Folded(entries: entries, instants: instants) }
        // Each kept event's absorbed files in the order found (a kept event's are all in
        // one run), by merged position: met in one walk with the events. A run's absorbed
        // and dropped are found together: the k-th absorbed is the k-th dropped.
        var absorbed = found.flatMap { zip($0.absorbed, $0.dropped) }.enumerated()
            .map { (order: $0.offset, a: $0.element.0, entry: entries[$0.element.1]) }
        absorbed.sort { ($0.a.kept, $0.order) < ($1.a.kept, $1.order) }
        var alsoIn: [Int: [String]] = [:]
        var copies = FoldedCopies()
        // The kept events moved down in place, through pointers (the lists are the merge's
        // own: no fresh million-event lists to fault in).
        var kept = 0
        entries.withUnsafeMutableBufferPointer { entries in
            instants.withUnsafeMutableBufferPointer { instants in
                var next = 0
                for n in entries.indices where !dropped[n] {
                    if next < absorbed.count, Int(absorbed[next].a.kept) == n {
                        var files: [String] = []
                        while next < absorbed.count, Int(absorbed[next].a.kept) == n {
                            files.append(labels[Int(absorbed[next].a.part)])
                            copies.add(absorbed[next].entry)
                            next += 1
                        }
                        alsoIn[kept] = files
                        copies.close(at: kept)
                    }
                    entries[kept] = entries[n]
                    instants[kept] = instants[n]
                    kept += 1
                }
            }
        }
        entries.removeSubrange(kept...)
        instants.removeSubrange(kept...)
        return Folded(entries: entries, instants: instants, alsoIn: alsoIn, copies: copies)
    }

    /// Each file's dates' zone (`dateZones`, nil for the home zone's days) as a zone.
    static func zones(_ dateZones: [String?], home: Zone) -> [Zone] {
        dateZones.map { $0.flatMap { Zone(identifier: $0) } ?? home }
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
