extension ExportView {
    /// How many events' objects are brought near at a time (see `EventStore.touchObjects`):
    /// few enough that what they read stays in the processor's cache until it is used.
    static let touchedAtOnce = 128

    /// `body` given each position of `indices` in order and its event's values
    /// (`EventStore.values`): one `EventValues` refilled for every event, the objects of the
    /// next events read into the processor's cache a batch at a time, since events in
    /// sorted order sit all over a loaded file. What every writer of every field runs.
    func forEachValues(_ indices: ArraySlice<Int>, _ body: (Int, EventValues) -> Void) {
        let store = timeline.events.store
        var values = EventValues()
        var k = indices.startIndex
        while k < indices.endIndex {
            let batch = indices[k..<min(k + Self.touchedAtOnce, indices.endIndex)]
            // The answer only makes the reads happen; the store cannot know it is unused.
            _ = store.touchObjects(batch)
            for i in batch {
                store.values(at: i, into: &values)
                body(i, values)
            }
            k = batch.endIndex
        }
    }
}
