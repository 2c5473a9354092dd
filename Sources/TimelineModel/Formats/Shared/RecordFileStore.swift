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
    /// What each event's one-line listing shows, in file order, as the first pass kept it
    /// (see `ListedLine`); empty when not kept.
    let listing: ListedLines

    init(bytes: FileBytes, reader: RecordReader, records: [EventRecord], ids: EventIds, listing: ListedLines = ListedLines()) {
        self.bytes = bytes
        self.reader = reader
        self.records = records
        self.ids = ids
        self.listing = listing.count == records.count ? listing : ListedLines()
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
        if let line = listedLine(at: position), text.isASCII {
            // An ASCII word found in the bytes of a title or actor shown as written is in
            // its folded text too; not found there, it may still be (`É` folds to `e`).
            let offset = records[position].offset
            if FoldedText.find(text.bytes, in: line.title(bytes, record: offset)) { return true }
            if let actor = line.actor(bytes, record: offset), FoldedText.find(text.bytes, in: actor) { return true }
        }
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

    /// The listing the first pass kept of the event at `position`, when usable.
    private func listedLine(at position: Int) -> ListedText? {
        listing[Int(records[position].fileIndex)]
    }

    /// Without reading the record again when the first pass kept its listing.
    func verbatimLine(at position: Int) -> (event: Event, text: VerbatimLineText?) {
        guard let line = listedLine(at: position) else { return (listed(at: position), nil) }
        let record = records[position]
        return (line.event(record, line: ids.lines[Int(record.fileIndex)]), line.text(bytes, record: record.offset))
    }

    /// The title as bytes of the file when the first pass kept the event's listing (the
    /// event without title and actor, as `JSONEventStore` gives it).
    func listedTitleBytes(at position: Int) -> (event: Event, title: UnsafeBufferPointer<UInt8>?) {
        guard let line = listedLine(at: position) else { return (listed(at: position), nil) }
        let record = records[position]
        return (line.event(record, line: ids.lines[Int(record.fileIndex)]), line.title(bytes, record: record.offset))
    }

    /// Brings near the records and titles the listings of `positions` read (a hint, as
    /// `JSONEventStore.touchListed`).
    func touchListed(_ positions: ArraySlice<Int>) -> UInt8 {
        guard listing.count > 0 else { return 0 }
        var seen: UInt8 = 0
        records.withUnsafeBufferPointer { r in
            for i in positions {
                if let line = listing[Int(r[i].fileIndex)] { seen ^= line.title(bytes, record: r[i].offset).first ?? 0 }
            }
        }
        return seen
    }

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
