/// A filter as a person writes it at the viewer's `f` prompt or with `export --filter`:
/// field terms (`actor:SRE`, `kind:statement`, `tag:`, `source:` (the file, in a merge), `cited:`
/// (the sources an event cites), `id:`), plain words and
/// "quoted phrases", `-term` or `NOT term` to leave out, terms side by side all holding,
/// `OR`, parentheses, and `after:TIME` / `before:TIME`. Read with
/// `FilterExpression(parsing:…)`; each term matches as `EventFilter` does (case- and
/// accent-insensitive, found anywhere in the field), so filter, search and export agree.
public indirect enum FilterExpression: Sendable, Hashable {
    /// One term: the events `EventFilter` finds.
    case term(EventFilter)
    /// The events the expression does not match.
    case not(FilterExpression)
    /// The events every part matches (an empty list matches every event).
    case all([FilterExpression])
    /// The events one part or more matches.
    case any([FilterExpression])
    /// Events sorting at or after the instant (`after:`), by the sorting rule: a day-only
    /// event at the end of its day.
    case after(Instant)
    /// Events sorting before the instant (`before:`).
    case before(Instant)

    /// The expression that keeps every event.
    public static let everything = FilterExpression.all([])

    /// Whether the expression keeps every event (nothing was written).
    public var isEverything: Bool { self == .everything }

    /// Whether `event` matches, the plain way (every field decoded); `indices` gives the
    /// same answer quickly for many events.
    public func matches(_ event: Event) -> Bool {
        switch self {
        case .term(let f): f.matches(event)
        case .not(let e): !e.matches(event)
        case .all(let parts): parts.allSatisfy { $0.matches(event) }
        case .any(let parts): parts.contains { $0.matches(event) }
        case .after(let t): event.sortInstant >= t
        case .before(let t): event.sortInstant < t
        }
    }

    /// The positions in `events` of the events that match, ascending; given `among`
    /// (ascending), only those are tried. One pass over the events tests the whole
    /// expression on each (`ExpressionMatcher`), with the store's fast matching.
    public func indices(in events: EventList, among: [Int]? = nil) -> [Int] {
        if isEverything { return among ?? Array(events.indices) }
        return EventSearch(expression: ExpressionMatcher(self), events: events).run(among: among)
    }

    /// The position of the first event sorting at or after `t` (the count when none does):
    /// a binary search, as the events are sorted by `sortInstant`.
    public static func firstPosition(in events: EventList, notBefore t: Instant) -> Int {
        var lo = 0
        var hi = events.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if events.sortInstant(at: mid) < t { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

extension FilterExpression {
    /// Whether every event this expression matches is matched by `other` too, so only
    /// `other`'s matches need trying (one more term added, or a word made longer).
    public func narrows(_ other: FilterExpression) -> Bool {
        if other.isEverything || self == other { return true }
        switch (self, other) {
        case (.term(let mine), .term(let theirs)):
            return mine.narrows(theirs)
        case (.all(let mine), .all(let theirs)):
            return theirs.allSatisfy { t in mine.contains { $0.narrows(t) } }
        case (.all(let mine), _):
            return mine.contains { $0.narrows(other) }
        default:
            return false
        }
    }
}
