/// What a merge reads of every event of a record-per-line file: the id from the ids the
/// first pass kept (`EventIds`), not from the record read again whole.
extension RecordFileStore {
    func withId(at position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        ids.withId(Int(records[position].fileIndex), body)
    }

    /// `withIdStampAndTitle(at:)` of every event, in the file's order: the id and title as
    /// the file's bytes, the time from the listing the first pass kept. One loop, what the
    /// store holds taken once (a merge reads every event: an event costs no string, no
    /// retain).
    func eachIdStampAndTitle(_ body: (_ position: Int, _ id: UnsafeBufferPointer<UInt8>, _ stamp: SameHappening.Stamp,
                                      _ title: UnsafeBufferPointer<UInt8>) -> Void) {
        let (records, listing, ids, order, bytes) = (records, listing, ids, fileOrder, bytes)
        for i in 0..<records.count {
            let p = order.map { Int($0[i]) } ?? i
            let record = records[p]
            guard let line = listing[Int(record.fileIndex)] else {
                withId(at: p) { id in withStampAndTitle(at: p) { body(p, id, $0, $1) } }
                continue
            }
            let time = line.time(record)
            let stamp = SameHappening.Stamp(time: time, precision: line.statedPrecision ?? time.impliedPrecision, hasEnd: false)
            ids.withId(Int(record.fileIndex)) { body(p, $0, stamp, line.title(bytes, record: record.offset)) }
        }
    }

    /// The id and time as `eachIdStampAndTitle` gives them, in the order of the positions
    /// (the records read front to back: no title is read, so the file's order does not help).
    func eachIdAndStamp(_ body: (_ position: Int, _ id: UnsafeBufferPointer<UInt8>, _ stamp: SameHappening.Stamp) -> Void) {
        let (records, listing, ids) = (records, listing, ids)
        for p in 0..<records.count {
            let record = records[p]
            guard let line = listing[Int(record.fileIndex)] else {
                withId(at: p) { id in withStampAndTitle(at: p) { stamp, _ in body(p, id, stamp) } }
                continue
            }
            let time = line.time(record)
            let stamp = SameHappening.Stamp(time: time, precision: line.statedPrecision ?? time.impliedPrecision, hasEnd: false)
            ids.withId(Int(record.fileIndex)) { body(p, $0, stamp) }
        }
    }

    /// The title as `withTitle(at:)` gives it of each event at a position `wanted` (the
    /// others not read), in the file's order.
    func eachTitle(where wanted: (Int) -> Bool, _ body: (_ position: Int, _ title: UnsafeBufferPointer<UInt8>) -> Void) {
        let (records, listing, order, bytes) = (records, listing, fileOrder, bytes)
        for i in 0..<records.count {
            let p = order.map { Int($0[i]) } ?? i
            guard wanted(p) else { continue }
            let record = records[p]
            guard let line = listing[Int(record.fileIndex)] else {
                withTitle(at: p) { body(p, $0) }
                continue
            }
            body(p, line.title(bytes, record: record.offset))
        }
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
