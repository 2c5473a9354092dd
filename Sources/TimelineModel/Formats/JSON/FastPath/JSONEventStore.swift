/// Events kept as places in a loaded file and decoded when asked for: a million events
/// cost their 24-byte records, not a million sets of Swift strings.
final class JSONEventStore: Sendable {
    let bytes: FileBytes
    /// Sorted.
    let records: [EventRecord]
    /// The nesting level of event objects in the file (for the same depth limit as the
    /// first pass).
    let depth: Int
    /// The positions in the order their events sit in the file, when that is not sorted
    /// order: reading a million events that way goes through memory front to back instead
    /// of jumping about (see docs/MEASURING.md).
    let fileOrder: [Int32]?
    /// Where each event starts, in file order (empty if file indices are not 0..<count):
    /// where one ends is where the next starts.
    let fileOffsets: [Int]
    /// Where each event's listed fields are, by file index (see `ListingFieldSpans`); empty
    /// when not kept.
    let places: [ListingFieldSpans]
    /// Whether the file's strings are all valid UTF-8 (it loaded without warnings), so
    /// that its bytes can be copied into JSON as they are.
    let validUTF8: Bool
    /// `--assume-zone` for times written without a zone, when one was given.
    let assumedZone: AssumedZone?
    /// What a merge reads of each event, by file index, when the first pass kept it
    /// (`ReadOptions.merging`); kept only with `places`.
    let firstPassFacts: FirstPassFacts?
    /// Where each event's other values are, by file index, when the first pass kept them
    /// (`ReadOptions.keepsEventValues`); kept only with `places`.
    let valueSpans: EventValueSpans?

    init(bytes: FileBytes, records: [EventRecord], depth: Int, places: [ListingFieldSpans] = [], validUTF8: Bool = false,
         assumedZone: AssumedZone? = nil, firstPassFacts: FirstPassFacts? = nil, valueSpans: EventValueSpans? = nil) {
        self.bytes = bytes
        self.assumedZone = assumedZone
        self.records = records
        self.depth = depth
        self.validUTF8 = validUTF8
        (fileOrder, fileOffsets) = Self.fileOrder(records)
        // Looked up by file index: only when file indices are 0..<count, as `fileOffsets`.
        self.places = places.count == records.count && fileOffsets.count == records.count ? places : []
        self.firstPassFacts = self.places.isEmpty ? nil : firstPassFacts.flatMap { $0.count == records.count && $0.isComplete ? $0 : nil }
        self.valueSpans = self.places.isEmpty ? nil : valueSpans.flatMap { $0.count == records.count ? $0 : nil }
    }

    private static func fileOrder(_ records: [EventRecord]) -> ([Int32]?, [Int]) {
        let sorted = !records.indices.contains(where: { Int(records[$0].fileIndex) != $0 })
        if sorted { return (nil, records.map(\.offset)) }
        let n = records.count
        var order = [Int32](repeating: -1, count: n)
        var offsets = [Int](repeating: 0, count: n)
        // A big list on two cores: each reads every record and writes the file indices of
        // its half, so that no slot is written by both.
        let parts = n >= EventRecord.twoCoreSortThreshold ? 2 : 1
        let fine = records.withUnsafeBufferPointer { records in
            order.withUnsafeMutableBufferPointer { order in
                offsets.withUnsafeMutableBufferPointer { offsets in
                    let (order, offsets) = (order, offsets)
                    return ConcurrentWork(count: parts) { part -> Bool in
                        let mine = part == 0 ? 0..<(n / parts) : (n / parts)..<n
                        var taken = 0
                        for (position, r) in records.enumerated() {
                            let k = Int(r.fileIndex)
                            guard mine.contains(k) else { continue }
                            // File indices are 0..<count, each once; anything else keeps sorted order.
                            guard order[k] < 0 else { return false }
                            order[k] = Int32(position)
                            offsets[k] = r.offset
                            taken += 1
                        }
                        return taken == mine.count
                    }.run().allSatisfy { $0 }
                }
            }
        }
        return fine ? (order, offsets) : (nil, [])
    }

    /// The event at `position` in sorted order. The first pass checked it, so reading it
    /// again cannot fail; if it somehow did, the event says so rather than crash.
    /// Unless `full`, only the fields a one-line listing shows are decoded.
    func event(at position: Int, full: Bool) -> Event {
        if !full, let places = fieldSpans(at: position) { return listed(at: position, places: places) }
        let record = records[position]
        var c = JSONCursor(base: bytes.base, start: record.offset, end: bytes.count, endName: "file")
        c.trusted = true
        c.assumedZone = assumedZone
        do throws(SyntaxError) {
            let fields = try c.readEvent(index: Int(record.fileIndex), depth: depth, keep: full)
            return c.makeEvent(fields, record: record, full: full)
        } catch {
            return Event(id: "", time: .instant(record.sortInstant, .init(offsetSeconds: 0, hasSeconds: true, fractionDigits: 0)),
                         title: "(unreadable event: \(error.message))", fileIndex: Int(record.fileIndex),
                         sortInstant: record.sortInstant)
        }
    }
}
