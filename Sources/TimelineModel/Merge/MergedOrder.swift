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
    /// The instants' list the passes wrote to and fro with, as long and its pages already
    /// faulted in: room a later step may use for anything of the same stride
    /// (`TimelineMerge.titleGroups`' sort); empty when the order was sorted whole.
    var spare: [Instant] = []

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
        (entries, instants, spare) = (list.entries, list.instants, other.instants)
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

    /// The runs of `list` (each sorted, in the order of the files) merged two by two, each
    /// pass from one list into the other; the answer ends in `list`. A pass's merges are cut
    /// into pieces (`pieces`) so that every core has work to the last pass, which has one merge.
    private static func merge(_ files: [Range<Int>], _ list: inout List, _ other: inout List) {
        var runs = files
        while runs.count > 1 {
            let current = runs
            let pairs = (runs.count + 1) / 2
            list.withPlaces { fromEntries, fromInstants in
                other.withPlaces { toEntries, toInstants in
                    let from = (fromEntries, fromInstants)
                    let jobs = (0..<pairs).flatMap { k -> [Piece] in
                        let a = current[2 * k]
                        let b = 2 * k + 1 < current.count ? current[2 * k + 1] : a.upperBound..<a.upperBound
                        return pieces(a, b, count: (Self.piecesAPass + pairs - 1) / pairs, instants: fromInstants)
                    }
                    _ = ConcurrentWork(count: jobs.count) { k -> Bool in
                        merge(jobs[k], from: from, into: (toEntries, toInstants))
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

    /// How many pieces a pass's merges are cut into, at least (more than the cores: pieces
    /// of equal length can take unequal times).
    private static let piecesAPass = 8

    /// A part of `a` and a part of `b` that merge into the places from `start` on.
    private struct Piece {
        let a: Range<Int>
        let b: Range<Int>
        let start: Int
    }

    /// The merge of the runs `a` and `b` (`b` right after `a`, into the same places) cut into
    /// `count` pieces of about equal length.
    private static func pieces(_ a: Range<Int>, _ b: Range<Int>, count: Int,
                               instants: UnsafeMutableBufferPointer<Instant>) -> [Piece] {
        let total = a.count + b.count
        guard count > 1, total >= 4_096, !b.isEmpty else { return [Piece(a: a, b: b, start: a.lowerBound)] }
        // Where the merged list's k-th place splits a and b: i of a's first, k - i of b's.
        let cuts = (0...count).map { n -> Int in
            n == 0 ? 0 : n == count ? a.count : coRank(total * n / count, a, b, instants)
        }
        return (0..<count).map { n in
            let (k0, k1) = (total * n / count, total * (n + 1) / count)
            return Piece(a: a.lowerBound + cuts[n] ..< a.lowerBound + cuts[n + 1],
                         b: b.lowerBound + k0 - cuts[n] ..< b.lowerBound + k1 - cuts[n + 1], start: a.lowerBound + k0)
        }
    }

    /// How many of `a`'s events come among the first `k` of `a` and `b` merged (`a`'s first
    /// on equal instants), found by halves.
    private static func coRank(_ k: Int, _ a: Range<Int>, _ b: Range<Int>, _ instants: UnsafeMutableBufferPointer<Instant>) -> Int {
        var (low, high) = (max(0, k - b.count), min(k, a.count))
        while low < high {
            let i = (low + high) / 2
            let j = k - i
            // a's i-th comes before b's (j-1)-th (no later: a's first on a tie): more of a's.
            if j > 0, !(instants[b.lowerBound + j - 1] < instants[a.lowerBound + i]) {
                low = i + 1
            } else {
                high = i
            }
        }
        return low
    }

    /// A piece of a merge (`pieces`) merged into `to`; on equal instants `a`'s events (the
    /// earlier files') come first.
    private static func merge(_ piece: Piece,
                              from: (UnsafeMutableBufferPointer<UInt64>, UnsafeMutableBufferPointer<Instant>),
                              into to: (UnsafeMutableBufferPointer<UInt64>, UnsafeMutableBufferPointer<Instant>)) {
        let (fe, fi) = from
        let (te, ti) = to
        let (a, b) = (piece.a, piece.b)
        var (i, j) = (a.lowerBound, b.lowerBound)
        for k in piece.start..<(piece.start + a.count + b.count) {
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
