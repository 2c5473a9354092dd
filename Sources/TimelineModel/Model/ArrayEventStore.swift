/// Events built in memory, already sorted: what a reader other than the JSON one makes
/// (through `TimelineBuilder`), and what tests and callers give `EventList([Event])`.
struct ArrayEventStore: EventStore {
    let events: [Event]

    init(_ events: [Event]) {
        self.events = events
    }

    var count: Int { events.count }
    func event(at position: Int) -> Event { events[position] }
    func sortInstant(at position: Int) -> Instant { events[position].sortInstant }
}
