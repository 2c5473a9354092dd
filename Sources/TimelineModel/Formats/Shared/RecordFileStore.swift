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

    /// The record of the event at `position`, for a quick look when its format allows one
    /// (`RecordReader.quickLook`) and the record is one line without control characters.
    func rawBytes(at position: Int) -> UnsafeBufferPointer<UInt8>? {
        rawRecord(Int(records[position].fileIndex), offset: records[position].offset)
    }

    func rawBytes(inReadingOrder i: Int) -> UnsafeBufferPointer<UInt8>? {
        rawRecord(i, offset: records[fileOrder.map { Int($0[i]) } ?? i].offset)
    }

    func quickLookWords(_ words: [FoldedText]) -> [FoldedText] {
        reader.quickLook?.words(words) ?? []
    }

    /// Whether plain text is found in the title or actor of the event at `position`, read
    /// as a listing (without extra fields and tags): true proves a match, false nothing.
    func matchesListedText(_ matcher: EventFilter.Matcher, at position: Int, cache: inout FoldMemo) -> Bool {
        guard matcher.asksOnlyText, let text = matcher.text else { return false }
        let e = listed(at: position)
        return text.isFound(in: e.title) || e.actor.map(text.isFound(in:)) == true
    }

    /// The bytes of the `index`-th record in the file, which starts at `offset`: up to the
    /// next event's record when records may hold line breaks (CSV), else its line, when the
    /// next event starts on the next line (or none follows).
    private func rawRecord(_ index: Int, offset: Int) -> UnsafeBufferPointer<UInt8>? {
        guard let look = reader.quickLook else { return nil }
        if look.lineBreaks {
            let end = index + 1 < records.count ? records[fileOrder.map { Int($0[index + 1]) } ?? index + 1].offset : bytes.count
            guard end > offset else { return nil }
            return look.lookable(UnsafeBufferPointer(start: bytes.base + offset, count: end - offset))
        }
        let end = RecordFile.lineEnd(bytes, from: offset)
        if index + 1 < ids.lines.count {
            guard ids.lines[index] >= 0, ids.lines[index + 1] == ids.lines[index] + 1 else { return nil }
        } else if end + 1 < bytes.count {
            return nil
        }
        return look.lookable(UnsafeBufferPointer(start: bytes.base + offset, count: end - offset))
    }

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
