/// The merged order of several files' events (`TimelineMerge`): by sort instant, ties in the
/// order of the files, then in each file's order — `EventRecord.sort`'s rule.
///
/// Each file's events already come sorted, so the files are merged two by two (the earlier
/// file first on a tie), a few passes over the events instead of a sort of all of them. A
/// file whose instants are not ascending (events given other sort instants: `replaced`)
/// sends the whole list through the sort instead.
struct MergedOrder: Sendable {
    /// `MergedEventStore.pack(part:position:)` of each event, in the merged order.
    var entries: [UInt64]
    /// The sort instant of each event, in the merged order.
    var instants: [Instant]

    init(parts: [EventList], replaced: [[Int: Instant]]) {
        var starts = [0]
        for part in parts { starts.append(starts[starts.count - 1] + part.count) }
        let n = starts[parts.count]
        // Two lists as long as all the events, the merge passes writing from one into the
        // other: a million events' passes fault in two lists' pages, not one a pass.
        var (list, other) = (List(count: n), List(count: n))
        // Each file's instants, read once into its place of the first list (a file a core).
        let ascending = list.withPlaces { entries, instants in
            ConcurrentWork(count: parts.count) { k -> Bool in
                let (part, moved, start) = (parts[k], replaced[k], starts[k])
                var ascending = true
                for i in 0..<part.count {
                    let instant = moved.isEmpty ? part.sortInstant(at: i) : moved[i] ?? part.sortInstant(at: i)
                    if i > 0, instant < instants[start + i - 1] { ascending = false }
                    instants[start + i] = instant
                    entries[start + i] = MergedEventStore.pack(part: k, position: i)
                }
                return ascending
            }.run()
        }
        guard ascending.allSatisfy({ $0 }) else {
            (entries, instants) = Self.sorted(list)
            return
        }
        Self.merge(parts.indices.map { starts[$0]..<starts[$0 + 1] }, &list, &other)
        (entries, instants) = (list.entries, list.instants)
    }

    /// The entries and instants, leaving this order empty: the caller then holds the only
    /// reference to each list, and can change them without a copy.
    mutating func taken() -> (entries: [UInt64], instants: [Instant]) {
        defer { (entries, instants) = ([], []) }
        return (entries, instants)
    }

    /// Every event's entry and instant, in places a pass writes.
    private struct List {
        var entries: [UInt64]
        var instants: [Instant]

        /// As long as `count` events, not yet written (each pass writes every place).
        init(count: Int) {
            entries = [UInt64](unsafeUninitializedCapacity: count) { _, made in made = count }
            instants = [Instant](unsafeUninitializedCapacity: count) { _, made in made = count }
        }

        mutating func withPlaces<T>(_ body: (UnsafeMutableBufferPointer<UInt64>, UnsafeMutableBufferPointer<Instant>) -> T) -> T {
            entries.withUnsafeMutableBufferPointer { e in instants.withUnsafeMutableBufferPointer { i in body(e, i) } }
        }
    }

    /// The runs of `list` (each sorted, in the order of the files) merged two by two, the
    /// pairs of a pass on the cores at once, each pass from one list into the other; the
    /// answer ends in `list`.
    private static func merge(_ files: [Range<Int>], _ list: inout List, _ other: inout List) {
        var runs = files
        while runs.count > 1 {
            let current = runs
            let pairs = (runs.count + 1) / 2
            list.withPlaces { fromEntries, fromInstants in
                other.withPlaces { toEntries, toInstants in
                    _ = ConcurrentWork(count: pairs) { k -> Bool in
                        let a = current[2 * k]
                        let b = 2 * k + 1 < current.count ? current[2 * k + 1] : a.upperBound..<a.upperBound
                        merge(a, b, from: (fromEntries, fromInstants), into: (toEntries, toInstants))
                        return true
                    }.run()
                }
            }
            runs = (0..<pairs).map { k in
                2 * k + 1 < current.count ? current[2 * k].lowerBound..<current[2 * k + 1].upperBound : current[2 * k]
            }
            swap(&list, &other)
        }
    }

    /// The runs `a` and `b` (`b` right after `a`) merged into the same places of `to`; on
    /// equal instants `a`'s events (the earlier files') come first.
    private static func merge(_ a: Range<Int>, _ b: Range<Int>,
                              from: (UnsafeMutableBufferPointer<UInt64>, UnsafeMutableBufferPointer<Instant>),
                              into to: (UnsafeMutableBufferPointer<UInt64>, UnsafeMutableBufferPointer<Instant>)) {
        let (fe, fi) = from
        let (te, ti) = to
        var (i, j) = (a.lowerBound, b.lowerBound)
        for k in a.lowerBound..<b.upperBound {
            if j == b.upperBound || (i < a.upperBound && !(fi[j] < fi[i])) {
                te[k] = fe[i]
                ti[k] = fi[i]
                i += 1
            } else {
                te[k] = fe[j]
                ti[k] = fi[j]
                j += 1
            }
        }
    }

    /// The events sorted by `EventRecord.sort` (ties in the order of the files, then of
    /// each file, as `list` holds them).
    private static func sorted(_ list: List) -> ([UInt64], [Instant]) {
        var records: [EventRecord] = []
        records.reserveCapacity(list.entries.count)
        for (entry, instant) in zip(list.entries, list.instants) {
            var r = EventRecord(offset: Int(entry), fileIndex: Int32(records.count))
            r.sortInstant = instant
            records.append(r)
        }
        EventRecord.sort(&records)
        return (records.map { UInt64($0.offset) }, records.map(\.sortInstant))
    }
}
