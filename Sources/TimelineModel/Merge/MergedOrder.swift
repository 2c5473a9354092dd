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
        // Each file's instants, read once (a file a core).
        let runs = ConcurrentWork(count: parts.count) { k -> Run in
            let part = parts[k]
            let moved = replaced[k]
            var instants = [Instant]()
            instants.reserveCapacity(part.count)
            var entries = [UInt64]()
            entries.reserveCapacity(part.count)
            var ascending = true
            for i in 0..<part.count {
                let instant = moved.isEmpty ? part.sortInstant(at: i) : moved[i] ?? part.sortInstant(at: i)
                if let last = instants.last, instant < last { ascending = false }
                instants.append(instant)
                entries.append(MergedEventStore.pack(part: k, position: i))
            }
            return Run(entries: entries, instants: instants, ascending: ascending)
        }.run()
        if runs.allSatisfy(\.ascending) {
            let merged = Self.merge(runs)
            (entries, instants) = (merged.entries, merged.instants)
        } else {
            (entries, instants) = Self.sorted(runs)
        }
    }

    /// One file's events (or several files' merged), in order.
    struct Run: Sendable {
        var entries: [UInt64]
        var instants: [Instant]
        var ascending = true
    }

    /// The runs merged two by two, the pairs of a pass on the cores at once.
    private static func merge(_ runs: [Run]) -> Run {
        var runs = runs
        while runs.count > 1 {
            let pairs = (runs.count + 1) / 2
            let current = runs
            runs = ConcurrentWork(count: pairs) { k -> Run in
                2 * k + 1 < current.count ? merge(current[2 * k], current[2 * k + 1]) : current[2 * k]
            }.run()
        }
        return runs.first ?? Run(entries: [], instants: [])
    }

    /// `a` and `b` merged; on equal instants `a`'s events (the earlier files') come first.
    private static func merge(_ a: Run, _ b: Run) -> Run {
        let n = a.entries.count + b.entries.count
        var mergedInstants: [Instant] = []
        let mergedEntries = [UInt64](unsafeUninitializedCapacity: n) { entries, entriesMade in
            mergedInstants = [Instant](unsafeUninitializedCapacity: n) { instants, instantsMade in
                a.entries.withUnsafeBufferPointer { ae in
                    a.instants.withUnsafeBufferPointer { ai in
                        b.entries.withUnsafeBufferPointer { be in
                            b.instants.withUnsafeBufferPointer { bi in
                                var (i, j) = (0, 0)
                                for k in 0..<n {
                                    if j == bi.count || (i < ai.count && !(bi[j] < ai[i])) {
                                        entries[k] = ae[i]
                                        instants[k] = ai[i]
                                        i += 1
                                    } else {
                                        entries[k] = be[j]
                                        instants[k] = bi[j]
                                        j += 1
                                    }
                                }
                            }
                        }
                    }
                }
                instantsMade = n
            }
            entriesMade = n
        }
        return Run(entries: mergedEntries, instants: mergedInstants)
    }

    /// The runs' events sorted by `EventRecord.sort` (ties in the order of the runs, then
    /// of each run).
    private static func sorted(_ runs: [Run]) -> ([UInt64], [Instant]) {
        var records: [EventRecord] = []
        records.reserveCapacity(runs.reduce(0) { $0 + $1.entries.count })
        for run in runs {
            for (entry, instant) in zip(run.entries, run.instants) {
                var r = EventRecord(offset: Int(entry), fileIndex: Int32(records.count))
                r.sortInstant = instant
                records.append(r)
            }
        }
        EventRecord.sort(&records)
        return (records.map { UInt64($0.offset) }, records.map(\.sortInstant))
    }
}
