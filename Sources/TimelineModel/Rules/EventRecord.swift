/// What the first pass keeps of one event: where it is, and where it sorts.
/// 24 bytes an event, so a million of them cost 24 MB; the rest stays in the file.
struct EventRecord: Sendable {
    /// The event's `{` in the file.
    var offset: Int
    /// The sort instant's seconds; for an event known only to a day, month or year and
    /// not yet placed, the last day of that period (days since 1970-01-01), which needs
    /// the timeline's zone to become an instant.
    private var seconds: Int64
    /// The sort instant's nanoseconds; -1, -2, -3 mark an event known only to the day,
    /// month, year not yet placed.
    private var nanoseconds: Int32
    /// Position among the file's events (0-based).
    var fileIndex: Int32

    init(offset: Int, fileIndex: Int32) {
        self.offset = offset
        self.fileIndex = fileIndex
        seconds = 0
        nanoseconds = 0
    }

    var sortInstant: Instant {
        get { Instant(seconds: seconds, nanoseconds: max(nanoseconds, 0)) }
        set {
            seconds = newValue.seconds
            nanoseconds = newValue.nanoseconds
        }
    }

    /// The period of an event known only to a day, month or year whose sort instant is
    /// not set yet: its last day (days since 1970-01-01) and its length.
    var dateOnly: (lastDay: Int64, precision: Precision)? {
        get {
            switch nanoseconds {
            case -1: (seconds, .day)
            case -2: (seconds, .month)
            case -3: (seconds, .year)
            default: nil
            }
        }
        set {
            guard let newValue else { return }
            seconds = newValue.lastDay
            nanoseconds = switch newValue.precision {
            case .year: -3
            case .month: -2
            default: -1
            }
        }
    }

    /// Sets where `time`, known to `precision`, sorts: at its instant (an instant known
    /// only to the day too, inside that day), or, for a date and for any time known only
    /// to the month or year, at the end of that period once the zone is known.
    mutating func place(_ time: EventTime, precision: Precision) {
        if case .instant(let i, _) = time, precision <= .day {
            sortInstant = i
        } else if let period = time.period(at: precision) {
            dateOnly = (period.lastDay.daysSinceEpoch, period.precision)
        }
    }

    /// Sorting order: by instant, then file order.
    @inline(__always) static func precedes(_ a: EventRecord, _ b: EventRecord) -> Bool {
        if a.seconds != b.seconds { return a.seconds < b.seconds }
        if a.nanoseconds != b.nanoseconds { return a.nanoseconds < b.nanoseconds }
        return a.fileIndex < b.fileIndex
    }

    /// Sorts `records` (given in file order) by sort instant, ties in file order: a
    /// radix sort of packed keys when the instants span less than about 270 years, else
    /// a comparison sort. A big list is sorted in two halves at once, then merged from both
    /// ends at once (the front half of the answer on one core, the back half on the other).
    static func sort(_ records: inout [EventRecord]) {
        guard records.count > 1 else { return }
        var low = Int64.max
        var high = Int64.min
        for r in records {
            low = min(low, r.seconds)
            high = max(high, r.seconds)
        }
        let span = high.subtractingReportingOverflow(low)
        guard !span.overflow, span.partialValue < 1 << 33, records.count < Int(UInt32.max) else {
            records.sort(by: precedes)
            return
        }
        // seconds since `low` (33 bits), then nanoseconds (30 bits).
        let bits = 64 - (UInt64(span.partialValue) << 30 | 0x3FFF_FFFF).leadingZeroBitCount
        let n = records.count
        let halves = n >= twoCoreSortThreshold ? 2 : 1
        let cut = halves == 1 ? n : n / 2
        // Made here, not on the sorting threads (see `RadixSort.sort`).
        var keys = [Key](repeating: Key(key: 0, index: 0), count: n)
        var scratch = keys
        let unsorted = records
        records = unsorted.withUnsafeBufferPointer { from in
            keys.withUnsafeMutableBufferPointer { keys in
                scratch.withUnsafeMutableBufferPointer { scratch in
                    let (keys, scratch) = (keys, scratch)
                    let inScratch = ConcurrentWork(count: halves) { k -> Bool in
                        let range = k == 0 ? 0..<cut : cut..<n
                        for i in range {
                            let r = from[i]
                            keys[i] = Key(key: UInt64(r.seconds - low) << 30 | UInt64(max(r.nanoseconds, 0)), index: UInt32(i))
                        }
                        return RadixSort.sort(UnsafeMutableBufferPointer(rebasing: keys[range]),
                                              scratch: UnsafeMutableBufferPointer(rebasing: scratch[range]),
                                              keyBits: bits, digitBits: 11) { $0.key }
                    }.run()
                    let a = UnsafeBufferPointer(rebasing: (inScratch[0] ? scratch : keys)[0..<cut])
                    let b = UnsafeBufferPointer(rebasing: (halves == 2 && inScratch[1] ? scratch : keys)[cut..<n])
                    let front = halves == 2 ? n / 2 : n
                    // A new array rather than a copy of the old one written over.
                    return [EventRecord](unsafeUninitializedCapacity: n) { buffer, initialized in
                        let out = buffer
                        _ = ConcurrentWork(count: halves) { k in
                            if k == 0 {
                                mergeFront(a, b, count: front, from: from, into: out)
                            } else {
                                mergeBack(a, b, count: n - front, from: from, into: out)
                            }
                        }.run()
                        initialized = n
                    }
                }
            }
        }
    }

    /// Lists at least this long are sorted on two cores.
    static let twoCoreSortThreshold = 1 << 16

    /// A packed sort key and the record's position in the list being sorted.
    private struct Key {
        var key: UInt64
        var index: UInt32
    }

    /// The first `count` records of the stable merge of `a` (the first half) and `b`: on
    /// equal keys `a`'s come first.
    private static func mergeFront(_ a: UnsafeBufferPointer<Key>, _ b: UnsafeBufferPointer<Key>, count: Int,
                                   from: UnsafeBufferPointer<EventRecord>, into out: UnsafeMutableBufferPointer<EventRecord>) {
        var i = 0
        var j = 0
        for k in 0..<count {
            if j == b.count || (i < a.count && a[i].key <= b[j].key) {
                out[k] = from[Int(a[i].index)]
                i += 1
            } else {
                out[k] = from[Int(b[j].index)]
                j += 1
            }
        }
    }

    /// The last `count` records of the same merge, made from the end: on equal keys `b`'s
    /// come last.
    private static func mergeBack(_ a: UnsafeBufferPointer<Key>, _ b: UnsafeBufferPointer<Key>, count: Int,
                                  from: UnsafeBufferPointer<EventRecord>, into out: UnsafeMutableBufferPointer<EventRecord>) {
        var i = a.count - 1
        var j = b.count - 1
        var k = out.count - 1
        for _ in 0..<count {
            if i < 0 || (j >= 0 && b[j].key >= a[i].key) {
                out[k] = from[Int(b[j].index)]
                j -= 1
            } else {
                out[k] = from[Int(a[i].index)]
                i -= 1
            }
            k -= 1
        }
    }
}
