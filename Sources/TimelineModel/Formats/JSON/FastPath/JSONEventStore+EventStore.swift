extension JSONEventStore: EventStore {
    var count: Int { records.count }

    func event(at position: Int) -> Event { event(at: position, full: true) }

    func sortInstant(at position: Int) -> Instant { records[position].sortInstant }

    func listed(at position: Int) -> Event { event(at: position, full: false) }

    var readingOrder: [Int32]? { fileOrder }

    func rawBytes(at position: Int) -> UnsafeBufferPointer<UInt8>? {
        rawBytes(inFileOrder: Int(records[position].fileIndex))
    }

    func rawBytes(inReadingOrder i: Int) -> UnsafeBufferPointer<UInt8>? {
        rawBytes(inFileOrder: i)
    }
}
