/// What a merge reads of every event of a record-per-line file: the id from the ids the
/// first pass kept (`EventIds`), not from the record read again whole.
extension RecordFileStore {
    func withId(at position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var id = ids.id(Int(records[position].fileIndex))
        id.withUTF8(body)
    }

    /// The id as `withId(at:)` gives it and the record read once for its listing.
    func withIdAndListedTitle(at position: Int, _ body: (_ id: UnsafeBufferPointer<UInt8>, _ listed: Event, _ title: UnsafeBufferPointer<UInt8>?) -> Void) {
        let (event, title) = listedTitleBytes(at: position)
        withId(at: position) { body($0, event, title) }
    }

    /// The time and title from the listing the first pass kept, when it kept one: no
    /// record read again, no event made.
    func withStampAndTitle(at position: Int, _ body: (_ stamp: SameHappening.Stamp, _ title: UnsafeBufferPointer<UInt8>) -> Void) {
        let record = records[position]
        guard let line = listing[Int(record.fileIndex)] else {
            let event = listed(at: position)
            var title = event.title
            return title.withUTF8 { body(SameHappening.Stamp(event), $0) }
        }
        let time = line.time(record)
        body(SameHappening.Stamp(time: time, precision: line.statedPrecision ?? time.impliedPrecision, hasEnd: false), line.title(bytes, record: record.offset))
    }

    /// The title as `withStampAndTitle` gives it, the time not read.
    func withTitle(at position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let record = records[position]
        guard let line = listing[Int(record.fileIndex)] else {
            var title = listed(at: position).title
            return title.withUTF8(body)
        }
        body(line.title(bytes, record: record.offset))
    }
}
