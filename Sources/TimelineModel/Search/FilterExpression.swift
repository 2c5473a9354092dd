/// A filter as a person writes it at the viewer's `f` prompt or with `export --filter`:
/// field terms (`actor:SRE`, `kind:statement`, `tag:`, `source:`, `id:`), plain words and
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
    /// (ascending), only those are tried. Each term is one run of the store's fast
    /// matching, and the terms of an AND look only among what the earlier ones kept:
    /// times first (a binary search), then the terms that keep, then those that leave out.
    public func indices(in events: EventList, among: [Int]? = nil) -> [Int] {
        switch self {
        case .term(let f):
            if f.isEmpty { return among ?? Array(events.indices) }
            return f.indices(in: events, among: among)
        case .not(let e):
            return Self.subtract(e.indices(in: events, among: among), from: among ?? Array(events.indices))
        case .all(let parts):
            var kept = among
            for part in parts.sorted(by: { $0.cost < $1.cost }) {
                kept = part.indices(in: events, among: kept)
                if kept?.isEmpty == true { break }
            }
            return kept ?? Array(events.indices)
        case .any(let parts):
            var found: [Int] = []
            for part in parts { found = Self.union(found, part.indices(in: events, among: among)) }
            return found
        case .after(let t):
            let from = Self.firstPosition(in: events, notBefore: t)
            guard let among else { return Array(from..<events.count) }
            return Array(among[Self.firstIndex(in: among, atLeast: from)...])
        case .before(let t):
            let upTo = Self.firstPosition(in: events, notBefore: t)
            guard let among else { return Array(0..<upTo) }
            return Array(among[..<Self.firstIndex(in: among, atLeast: upTo)])
        }
    }

    /// Which parts of an AND to run first: the cheapest and most selective.
    private var cost: Int {
        switch self {
        case .after, .before: 0
        case .term: 1
        case .all, .any: 2
        case .not: 3
        }
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

    private static func firstIndex(in sorted: [Int], atLeast value: Int) -> Int {
        var lo = 0
        var hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// `all` without `some` (both ascending; `some` within `all`).
    private static func subtract(_ some: [Int], from all: [Int]) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(all.count - some.count)
        var j = 0
        for p in all {
            while j < some.count && some[j] < p { j += 1 }
            if j < some.count && some[j] == p { continue }
            out.append(p)
        }
        return out
    }

    /// Both lists merged, ascending, without repeats.
    private static func union(_ a: [Int], _ b: [Int]) -> [Int] {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        var out: [Int] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] < b[j]) {
                out.append(a[i]); i += 1
            } else if i == a.count || b[j] < a[i] {
                out.append(b[j]); j += 1
            } else {
                out.append(a[i]); i += 1; j += 1
            }
        }
        return out
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
