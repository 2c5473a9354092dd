import TimelineModel

/// One query of `bench-viewer`: the time the model's filter takes over all events, next
/// to decoding and matching every event one by one (the way it was done before, and the
/// reference its answers must equal).
struct SearchFigures {
    /// The queries timed: a word in every event, a common and a rare one, field terms,
    /// accents, a word in none, issue 13's expression of three terms and a NOT, and a CJK
    /// word (in the CJK files' titles and tags).
    static let queries = ["e", "erreur", "actor:@twittergov", "tag:insider", "etat", "écran", "zzqx",
                          "kind:report -actor:ops-oncall compte", "障害"]


    let timeline: Timeline
    let query: String
    /// The viewer's search index: the filter is timed from it, and the way without it beside.
    let index: SearchIndex?
    /// Also decode and match every event one by one and compare.
    var check = false

    func line(_ ms: (Duration) -> String) -> String {
        let filter: FilterExpression
        do {
            filter = try EventQuery.expression(query, timeline: timeline, formatter: TimeFormatter(timeline: timeline))
        } catch {
            return "filter “\(query)”: \(error.description)"
        }
        let clock = ContinuousClock()
        /// The best of three: wall and processor time.
        func timed(_ work: () -> [Int]) -> (found: [Int], wall: Duration, cpu: Duration) {
            var found: [Int] = []
            var cpu = Duration.zero
            let wall = (0..<3).map { _ in
                let c0 = BenchClock.processCPU()
                let wall = clock.measure { found = work() }
                let used = BenchClock.processCPU() - c0
                cpu = cpu == .zero ? used : min(cpu, used)
                return wall
            }.min()!
            return (found, wall, cpu)
        }
        let looking = timed { filter.indices(in: timeline.events) }
        var found = looking.found
        var answer = "filter “\(query)”: \(found.count) matches in \(ms(looking.wall)) (CPU \(ms(looking.cpu)))"
        if let index {
            let indexed = timed { filter.indices(in: timeline.events, index: index) }
            answer = "filter “\(query)”: \(indexed.found.count) matches from the search index in \(ms(indexed.wall)) "
                + "(CPU \(ms(indexed.cpu))); looking at each event \(ms(looking.wall)) (CPU \(ms(looking.cpu)))"
                + (indexed.found == looking.found ? "" : " DIFFERENT answers")
            found = indexed.found
        }
        guard check else { return answer }
        var reference: [Int] = []
        let events = timeline.events
        let slow = clock.measure { reference = events.indices.filter { filter.matches(events[$0]) } }
        let same = found == reference ? "same" : "DIFFERENT from"
        return answer + " (\(same) decoding every event: \(ms(slow)))"
    }
}

extension SearchFigures {
    /// A search typed at `/` before the index is built, as the viewer runs it: a part after
    /// another, told as found (`EffectRunner.searchInParts`), next to the one pass; the
    /// first part's time is when the first matches show. Best of three, CPU beside.
    static func inParts(_ timeline: Timeline, query: String, _ ms: (Duration) -> String) -> String {
        let clock = ContinuousClock()
        let job = SearchJob(query: query, among: nil, shownVersion: 0)
        var one: [Int] = []
        var parts: [Int] = []
        var first = Duration.zero
        var best = (one: Duration.zero, parts: Duration.zero, oneCPU: Duration.zero, partsCPU: Duration.zero)
        for k in 0..<3 {
            var c0 = BenchClock.processCPU()
            let a = clock.measure { one = timeline.search(query) }
            let aCPU = BenchClock.processCPU() - c0
            c0 = BenchClock.processCPU()
            let start = clock.now
            var firstTold: Duration?
            let b = clock.measure {
                let answer = EffectRunner.searchInParts(job, timeline: timeline, wanted: { true },
                                                        told: { _ in if firstTold == nil { firstTold = clock.now - start } })
                if case .searched(_, let found)? = answer { parts = found }
            }
            let bCPU = BenchClock.processCPU() - c0
            if k == 0 || b < best.parts { first = firstTold ?? b }
            best = k == 0 ? (a, b, aCPU, bCPU) : (min(best.one, a), min(best.parts, b), min(best.oneCPU, aCPU), min(best.partsCPU, bCPU))
        }
        return "search “\(query)” in parts: \(parts.count) matches in \(ms(best.parts)) (CPU \(ms(best.partsCPU))), "
            + "the first part told after \(ms(first)); one pass \(ms(best.one)) (CPU \(ms(best.oneCPU)))"
            + (parts == one ? "" : " DIFFERENT answers")
    }
}
