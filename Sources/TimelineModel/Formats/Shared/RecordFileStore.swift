/// The events of a record-per-line file (see `RecordReader`), kept in the loaded file and
/// read again when asked for: an event costs its sort record and its line.
final class RecordFileStore: EventStore {
    let bytes: FileBytes
    let reader: RecordReader
    /// Sorted; `offset` is where the event's record starts.
    let records: [EventRecord]
    let ids: EventIds
    /// The positions in the order their records sit in the file, when that is not sorted
    /// order (memory read front to back).
    let fileOrder: [Int32]?

    init(bytes: FileBytes, reader: RecordReader, records: [EventRecord], ids: EventIds) {
        self.bytes = bytes
        self.reader = reader
        self.records = records
        self.ids = ids
        if records.indices.contains(where: { Int(records[$0].fileIndex) != $0 }) {
            var order = [Int32](repeating: 0, count: records.count)
            for (position, r) in records.enumerated() { order[Int(r.fileIndex)] = Int32(position) }
            fileOrder = order
        } else {
            fileOrder = nil
        }
    }

    var count: Int { records.count }

    func sortInstant(at position: Int) -> Instant { records[position].sortInstant }

    var readingOrder: [Int32]? { fileOrder }

    func event(at position: Int) -> Event { event(at: position, whole: true) }

    /// Without extra fields, tags and id (see `EventList.listed(at:)`).
    func listed(at position: Int) -> Event { event(at: position, whole: false) }

    /// The event at `position`, read again from its record. The first pass read it, so
    /// this cannot fail; if it somehow did, the event says so rather than crash.
    private func event(at position: Int, whole: Bool) -> Event {
        let record = records[position]
        let index = Int(record.fileIndex)
        let id = whole ? ids.id(index) : ""
        guard let draft = reader.read(record.offset, Int(ids.lines[index]), whole).draft else {
            return Event(id: id, time: .instant(record.sortInstant, .init(offsetSeconds: 0, hasSeconds: true, fractionDigits: 0)),
                         title: "(unreadable event)", fileIndex: index, sortInstant: record.sortInstant)
        }
        return draft.event(id: id, record: record)
    }
}
