/// A `FilterExpression` made ready to test many events in one pass: each term's words
/// folded once, and the words a quick look at an event's raw bytes can rule out gathered
/// in one list, so that one look and at most one reading of an event answer the whole
/// expression (not one run over the events a term).
///
/// The quick look (`RawTextPrefilter`) tells for each word whether it may be in the event.
/// A term one of whose words is surely missing does not match; from those, `quickAnswer`
/// settles whatever it can (`-zzqx` holds for an event without `zzqx`, `kind:report
/// compte` fails for one without `compte`), and only the rest is read.
struct ExpressionMatcher: Sendable {
    /// The expression with its terms' matchers.
    indirect enum Node: Sendable {
        /// One term, and the bits in `words` of the words it needs found.
        case term(EventFilter.Matcher, needs: UInt64)
        case not(Node)
        case all([Node])
        case any([Node])
        case after(Instant)
        case before(Instant)
    }

    /// An answer the quick look may give: known, or to be read.
    enum Answer { case yes, no, unknown }

    let root: Node
    /// The words a quick look can rule out (folded to ASCII; see `RawTextPrefilter.canFind`),
    /// at most 64: bit `k` of a mask stands for `words[k]`.
    let words: [FoldedText]
    /// The term, when the expression is one term (the search's case).
    let single: EventFilter.Matcher?
    /// Whether some part compares times (`after:`, `before:`).
    let comparesTimes: Bool

    init(_ expression: FilterExpression) {
        self.init { $0.node(expression) }
    }

    /// The matcher of one term.
    init(_ term: EventFilter.Matcher) {
        self.init { $0.term(term) }
    }

    private init(building make: (inout Builder) -> Node) {
        var b = Builder()
        root = make(&b)
        words = b.words
        comparesTimes = b.times
        if case .term(let m, _) = root { single = m } else { single = nil }
    }

    /// Gathers the words and notes the times while the nodes are made.
    private struct Builder {
        var words: [FoldedText] = []
        var times = false

        mutating func bit(_ w: FoldedText) -> UInt64 {
            guard RawTextPrefilter.canFind(w) else { return 0 }
            if let k = words.firstIndex(of: w) { return 1 << UInt64(k) }
            guard words.count < 64 else { return 0 }
            words.append(w)
            return 1 << UInt64(words.count - 1)
        }

        mutating func term(_ m: EventFilter.Matcher) -> Node {
            var needs: UInt64 = 0
            for w in m.prefilterWords { needs |= bit(w) }
            return .term(m, needs: needs)
        }

        mutating func node(_ e: FilterExpression) -> Node {
            switch e {
            case .term(let f): return term(EventFilter.Matcher(f))
            case .not(let inner): return .not(node(inner))
            // Times first: they cost nothing.
            case .all(let parts): return .all(parts.map { node($0) }.sorted { $0.isTime && !$1.isTime })
            case .any(let parts): return .any(parts.map { node($0) }.sorted { $0.isTime && !$1.isTime })
            case .after(let t): times = true; return .after(t)
            case .before(let t): times = true; return .before(t)
            }
        }
    }

    /// What the quick look settles, given the words that may be in the event (`present`)
    /// and its sorting instant (asked only when the expression compares times).
    func quickAnswer(present: UInt64, instant: () -> Instant) -> Answer {
        Self.quick(root, present, instant)
    }

    private static func quick(_ n: Node, _ present: UInt64, _ instant: () -> Instant) -> Answer {
        switch n {
        case .term(_, let needs): return needs & present == needs ? .unknown : .no
        case .not(let inner):
            switch quick(inner, present, instant) {
            case .yes: return .no
            case .no: return .yes
            case .unknown: return .unknown
            }
        case .all(let parts):
            var answer = Answer.yes
            for p in parts {
                switch quick(p, present, instant) {
                case .no: return .no
                case .unknown: answer = .unknown
                case .yes: break
                }
            }
            return answer
        case .any(let parts):
            var answer = Answer.no
            for p in parts {
                switch quick(p, present, instant) {
                case .yes: return .yes
                case .unknown: answer = .unknown
                case .no: break
                }
            }
            return answer
        case .after(let t): return instant() >= t ? .yes : .no
        case .before(let t): return instant() < t ? .yes : .no
        }
    }

    /// Whether the event matches, each term answered by `term` unless the quick look
    /// (`present`) already rules it out.
    func matches(present: UInt64, instant: () -> Instant, term: (EventFilter.Matcher) -> Bool) -> Bool {
        Self.matches(root, present, instant, term)
    }

    private static func matches(_ n: Node, _ present: UInt64, _ instant: () -> Instant,
                                _ term: (EventFilter.Matcher) -> Bool) -> Bool {
        switch n {
        case .term(let m, let needs): return needs & present == needs && term(m)
        case .not(let inner): return !matches(inner, present, instant, term)
        case .all(let parts): return parts.allSatisfy { matches($0, present, instant, term) }
        case .any(let parts): return parts.contains { matches($0, present, instant, term) }
        case .after(let t): return instant() >= t
        case .before(let t): return instant() < t
        }
    }

    /// Whether some term asks for tags, sources or any field (so reading an event must
    /// collect the places of its lists).
    var wantsLists: Bool { Self.wantsLists(root) }

    private static func wantsLists(_ n: Node) -> Bool {
        switch n {
        case .term(let m, _): m.tag != nil || m.cited != nil || m.text != nil
        case .not(let inner): wantsLists(inner)
        case .all(let parts), .any(let parts): parts.contains(where: wantsLists)
        case .after, .before: false
        }
    }
}

extension ExpressionMatcher.Node {
    fileprivate var isTime: Bool {
        switch self {
        case .after, .before: true
        default: false
        }
    }
}
