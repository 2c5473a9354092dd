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
}
