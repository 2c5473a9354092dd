import Dispatch

extension SearchIndex {
    /// Fewer candidates than this are quicker matched one by one than by passes over the
    /// whole index.
    static let fewCandidates = 20_000

    /// The positions in `events` matching `expression` among `among` (ascending; nil for
    /// all), from the index; nil when it cannot answer for `events` (another list, or a
    /// few candidates, matched one by one instead). `events` is the list the index was
    /// built for, or that list grown by following its file (`GrownEventStore`), whose new
    /// events are matched one by one.
    func positions(_ expression: ExpressionMatcher, in events: EventList, among: [Int]?,
                   fewCandidates: Int = SearchIndex.fewCandidates) -> [Int]? {
        if let among, among.count < fewCandidates { return nil }
        if events.count == count, !(events.store is GrownEventStore) {
            return matching(expression, among: among)
        }
        guard let grown = events.store as? GrownEventStore, grown.base.count == count else { return nil }
        // The loaded events from the index, each moved past the new events sorting before
        // it (`basesBefore`); the new ones matched one by one.
        let loaded = matching(expression, among: nil)
        let tailPositions = grown.basesBefore.enumerated().map { $1 + $0 }
        var out: [Int] = []
        out.reserveCapacity(loaded.count)
        var k = 0
        for b in loaded {
            while k < grown.basesBefore.count && grown.basesBefore[k] <= b { k += 1 }
            out.append(b + k)
        }
        let tailFound = EventSearch(expression: expression, events: events).run(among: tailPositions)
        out = Self.merged(out, tailFound)
        guard let among else { return out }
        return Self.intersection(out, among)
    }

    /// The positions of the indexed events matching `expression`, among `among`.
    private func matching(_ expression: ExpressionMatcher, among: [Int]?) -> [Int] {
        let n = count
        let marks = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: n)
        marks.initialize(repeating: 0)
        defer { marks.deallocate() }
        let events = self.events
        let times: @Sendable (ExpressionMatcher.Node) -> Range<Int> = { node in
            switch node {
            case .after(let t): FilterExpression.firstPosition(in: events, notBefore: t)..<n
            case .before(let t): 0..<FilterExpression.firstPosition(in: events, notBefore: t)
            default: 0..<n
            }
        }
        let pieces = self.pieces
        let root = expression.root
        nonisolated(unsafe) let out = marks
        // Each piece marks its own positions: no byte is written by two threads.
        DispatchQueue.concurrentPerform(iterations: pieces.count) { k in
            let piece = pieces[k]
            let bits = piece.evaluate(root, times: times)
            for (w, word) in bits.enumerated() where word != 0 {
                var word = word
                while word != 0 {
                    let e = w << 6 | word.trailingZeroBitCount
                    out[Int(piece.positions[e])] = 1
                    word &= word - 1
                }
            }
        }
        if let among { return among.filter { marks[$0] != 0 } }
        var found: [Int] = []
        for p in 0..<n where marks[p] != 0 { found.append(p) }
        return found
    }

    /// Two ascending lists with no position in both, as one.
    static func merged(_ a: [Int], _ b: [Int]) -> [Int] {
        guard !b.isEmpty else { return a }
        var out: [Int] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] < b[j]) { out.append(a[i]); i += 1 } else { out.append(b[j]); j += 1 }
        }
        return out
    }

    /// The positions in both ascending lists.
    static func intersection(_ a: [Int], _ b: [Int]) -> [Int] {
        var out: [Int] = []
        var i = 0
        var j = 0
        while i < a.count && j < b.count {
            if a[i] < b[j] { i += 1 } else if a[i] > b[j] { j += 1 } else { out.append(a[i]); i += 1; j += 1 }
        }
        return out
    }
}

extension FilterExpression {
    /// `indices(in:among:)` answered from `index` when it can (built for `events`, see
    /// `SearchIndex.positions`): the same positions.
    public func indices(in events: EventList, among: [Int]? = nil, index: SearchIndex?) -> [Int] {
        if isEverything { return among ?? Array(events.indices) }
        let expression = ExpressionMatcher(self)
        if let index, let found = index.positions(expression, in: events, among: among) { return found }
        return EventSearch(expression: expression, events: events).run(among: among)
    }
}

extension Timeline {
    /// `search(_:among:)` answered from `index` when it can: the same positions.
    public func search(_ query: String, among: [Int]? = nil, index: SearchIndex?) -> [Int] {
        guard let index, !query.isEmpty else { return search(query, among: among) }
        return FilterExpression.term(EventFilter(text: query)).indices(in: events, among: among, index: index)
    }
}
