/// Events kept as places in a loaded file and decoded when asked for: a million events
/// cost their 24-byte records, not a million sets of Swift strings.
final class LazyEvents: Sendable {
    let bytes: FileBytes
    /// Sorted.
    let records: [EventRecord]
    /// The nesting level of event objects in the file (for the same depth limit as the
    /// first pass).
    let depth: Int

    init(bytes: FileBytes, records: [EventRecord], depth: Int) {
        self.bytes = bytes
        self.records = records
        self.depth = depth
    }

    /// The event at `position` in sorted order. The first pass checked it, so reading it
    /// again cannot fail; if it somehow did, the event says so rather than crash.
    /// Unless `full`, only the fields a one-line listing shows are decoded.
    func event(at position: Int, full: Bool = true) -> Event {
        let record = records[position]
        var c = JSONCursor(base: bytes.base, start: record.offset, end: bytes.count, endName: "file")
        c.trusted = true
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
