/// The swimlane view of some events (the viewer's `l`, `export --lanes`): one lane per
/// actor (in the order each first appears) or per file (in the order of the files on the
/// command line), each event in its lane, and each span as a bar down its lane over the
/// events that happen before it ends. By file, an event found in several files (a folded
/// duplicate) is marked in the lane of each of them.
public struct LaneLayout: Sendable {
    /// What makes a lane.
    public enum Grouping: String, Sendable {
        case actor, source

        /// The other one (`L`).
        public var toggled: Grouping { self == .actor ? .source : .actor }
    }

    /// The lanes' names: actors in the order they first appear; files in the order given
    /// (`Timeline.origins`), those with no event here left out.
    public let names: [String]
    /// For each event given, its lane (by file: the file it was read from).
    public let lane: [Int]
    /// For each event given, the other lanes it is marked in: by file, the other files
    /// that hold the same happening, in `names` order; empty by actor.
    public let alsoIn: [[Int]]
    /// For each event given, the lanes a span drawn from an earlier event runs through.
    public let bars: [Set<Int>]

    /// What a lane is called when an event has no actor (or, read from one file, no file).
    public static let nobody = "(none)"

    /// The lanes of `events` at `indices` (ascending), by `grouping`. `order` names the
    /// files in command-line order (`Timeline.origins`): by file, the lanes follow it
    /// (a name it lacks comes after, in the order it first appears).
    public init(events: EventList, indices: [Int], by grouping: Grouping, order: [String] = []) {
        var names: [String] = []
        var numbers: [String: Int] = [:]
        var lane: [Int] = []
        var alsoIn: [[Int]] = []
        lane.reserveCapacity(indices.count)
        alsoIn.reserveCapacity(indices.count)
        func laneNumber(named name: String) -> Int {
            if let known = numbers[name] { return known }
            numbers[name] = names.count
            names.append(name)
            return names.count - 1
        }
        var spans: [(end: Instant, lanes: [Int])] = []
        var sorts: [Instant] = []
        sorts.reserveCapacity(indices.count)
        for i in indices {
            let e = events.listed(at: i)
            lane.append(laneNumber(named: Self.name(of: e, by: grouping)))
            alsoIn.append(grouping == .source ? e.origins.dropFirst().map { laneNumber(named: $0) } : [])
            sorts.append(e.sortInstant)
            if let end = e.end?.instant, let start = e.time.instant, start < end {
                spans.append((end, [lane[lane.count - 1]] + alsoIn[alsoIn.count - 1]))
            } else {
                spans.append((Instant(seconds: 0), []))
            }
        }
        // Lanes by file in the order of the files, then renumbered.
        if grouping == .source, !order.isEmpty {
            let rank = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
            let sorted = names.indices.sorted { a, b in
                (rank[names[a]] ?? order.count + a, a) < (rank[names[b]] ?? order.count + b, b)
            }
            var renumbered = [Int](repeating: 0, count: names.count)
            for (new, old) in sorted.enumerated() { renumbered[old] = new }
            names = sorted.map { names[$0] }
            lane = lane.map { renumbered[$0] }
            alsoIn = alsoIn.map { $0.map { renumbered[$0] }.sorted() }
            spans = spans.map { ($0.end, $0.lanes.map { renumbered[$0] }) }
        }
        // Spans still running when each event happens (at or before their end).
        var running: [(end: Instant, lanes: [Int])] = []
        var bars: [Set<Int>] = []
        bars.reserveCapacity(indices.count)
        for (k, at) in sorts.enumerated() {
            running.removeAll { $0.end < at }
            bars.append(Set(running.flatMap(\.lanes)))
            if !spans[k].lanes.isEmpty { running.append(spans[k]) }
        }
        self.names = names
        self.lane = lane
        self.alsoIn = alsoIn
        self.bars = bars
    }

    /// Whether the event at position `k` is marked in `laneNumber` (its own or, by file,
    /// another file that holds it).
    public func marks(_ k: Int, in laneNumber: Int) -> Bool {
        lane[k] == laneNumber || alsoIn[k].contains(laneNumber)
    }

    /// The lane an event goes in.
    public static func name(of e: Event, by grouping: Grouping) -> String {
        switch grouping {
        case .actor: return e.actor.flatMap { $0.isEmpty ? nil : $0 } ?? nobody
        case .source: return e.origins.first ?? nobody
        }
    }
}
