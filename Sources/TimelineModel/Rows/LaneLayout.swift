/// The swimlane view of some events (the viewer's `l`, `export --lanes`): one lane per
/// actor or per file, in the order each first appears, each event in its lane, and each
/// span as a bar down its lane over the events that happen before it ends.
public struct LaneLayout: Sendable {
    /// What makes a lane.
    public enum Grouping: String, Sendable {
        case actor, source

        /// The other one (`L`).
        public var toggled: Grouping { self == .actor ? .source : .actor }
    }

    /// The lanes' names, in the order they first appear.
    public let names: [String]
    /// For each event given, its lane.
    public let lane: [Int]
    /// For each event given, the lanes a span drawn from an earlier event runs through.
    public let bars: [Set<Int>]

    /// What a lane is called when an event has no actor (or, read from one file, no file).
    public static let nobody = "(none)"

    /// The lanes of `events` at `indices` (ascending), by `grouping`.
    public init(events: EventList, indices: [Int], by grouping: Grouping) {
        var names: [String] = []
        var number: [String: Int] = [:]
        var lane: [Int] = []
        var ends: [(lane: Int, end: Instant)] = []
        var bars: [Set<Int>] = []
        lane.reserveCapacity(indices.count)
        for i in indices {
            let e = events.listed(at: i)
            let name = Self.name(of: e, by: grouping)
            let k: Int
            if let known = number[name] { k = known } else {
                k = names.count
                number[name] = k
                names.append(name)
            }
            lane.append(k)
            // Spans still running when this event happens (at or before their end).
            ends.removeAll { $0.end < e.sortInstant }
            bars.append(Set(ends.map(\.lane)))
            if let end = e.end?.instant, let start = e.time.instant, start < end {
                ends.append((k, end))
            }
        }
        self.names = names
        self.lane = lane
        self.bars = bars
    }

    /// The lane an event goes in.
    public static func name(of e: Event, by grouping: Grouping) -> String {
        switch grouping {
        case .actor: return e.actor.flatMap { $0.isEmpty ? nil : $0 } ?? nobody
        case .source: return e.origins.first ?? nobody
        }
    }
}
