/// Which events to show: every condition set must hold. Matching is a case- and
/// accent-insensitive substring search (`twittergov` matches `@TwitterGov`, `erreur`
/// matches `Erreur`, `etat` matches `État`).
public struct EventFilter: Sendable, Hashable {
    /// Found in the actor.
    public var actor: String?
    /// Found in the kind.
    public var kind: String?
    /// Found in one of the tags.
    public var tag: String?
    /// Found anywhere: id, title, actor, kind, text, quote, tags, sources, extra fields.
    public var text: String?

    public init(actor: String? = nil, kind: String? = nil, tag: String? = nil, text: String? = nil) {
        self.actor = actor
        self.kind = kind
        self.tag = tag
        self.text = text
    }

    /// Whether no condition is set (every event matches).
    public var isEmpty: Bool {
        [actor, kind, tag, text].allSatisfy { ($0 ?? "").isEmpty }
    }

    /// Whether `event` meets every condition.
    public func matches(_ event: Event) -> Bool {
        Matcher(self).matches(event)
    }

    /// The positions in `events` of the events that match, ascending. Given `among`
    /// (ascending positions), only those are tried: the matches of a query this one
    /// extends, or the events a filter shows. Big lists are searched on two threads.
    public func indices(in events: EventList, among: [Int]? = nil) -> [Int] {
        EventSearch(matcher: Matcher(self), events: events).run(among: among)
    }

    /// Whether an event that matches this filter always matches `other` as well, so that
    /// `other`'s matches are the only places to look for this one's: each condition of
    /// `other` is a part of this one's (`erreu` is a part of `erreur`).
    public func narrows(_ other: EventFilter) -> Bool {
        func within(_ mine: String?, _ theirs: String?) -> Bool {
            guard let theirs, !theirs.isEmpty else { return true }
            guard let mine, !mine.isEmpty else { return false }
            return FoldedText(theirs).isFound(in: mine)
        }
        return within(actor, other.actor) && within(kind, other.kind) && within(tag, other.tag) && within(text, other.text)
    }

    /// The filter with its words folded once, for matching many events.
    struct Matcher {
        let actor, kind, tag, text: FoldedText?
        /// The words a `FoldView` can look for first: those folded to ASCII.
        let viewWords: [FoldedText]

        init(_ f: EventFilter) {
            func folded(_ s: String?) -> FoldedText? {
                guard let s, !s.isEmpty else { return nil }
                return FoldedText(s)
            }
            actor = folded(f.actor)
            kind = folded(f.kind)
            tag = folded(f.tag)
            text = folded(f.text)
            viewWords = [actor, kind, tag, text].compactMap { $0 }.filter(FoldView.canFind)
        }

        /// The straightforward way: every field decoded and folded.
        func matches(_ e: Event) -> Bool {
            if let actor, !actor.isFound(in: e.actor ?? "") { return false }
            if let kind, !kind.isFound(in: e.kind ?? "") { return false }
            if let tag, !e.tags.contains(where: { tag.isFound(in: $0) }) { return false }
            if let text {
                let fields: [String?] = [e.title, e.actor, e.kind, e.id, e.text, e.quote?.text]
                if fields.contains(where: { $0.map(text.isFound(in:)) ?? false }) { return true }
                if e.tags.contains(where: text.isFound(in:)) { return true }
                if e.sources.contains(where: { text.isFound(in: $0.name) || text.isFound(in: $0.url ?? "") }) { return true }
                if e.extraFields.contains(where: { text.isFound(in: $0.name) || text.isFound(in: $0.json) }) { return true }
                return false
            }
            return true
        }

        /// The same conditions on the event's fields as they sit in a file (see
        /// `LazyEvents.matches`); keep the two in step.
        func matches(_ e: FieldText, cache: inout FoldCache) -> Bool {
            let f = e.fields
            if let actor, !e.find(actor, in: f.actor, cache: &cache) { return false }
            if let kind, !e.find(kind, in: f.kind, cache: &cache) { return false }
            if let tag, !f.tagTokens.contains(where: { e.find(tag, in: $0, cache: &cache) }) { return false }
            if let text {
                for t in [f.title, f.actor, f.kind, f.id, f.text, f.quoteText] where e.find(text, in: t, cache: &cache) {
                    return true
                }
                if f.tagTokens.contains(where: { e.find(text, in: $0, cache: &cache) }) { return true }
                if f.sourceTokens.contains(where: { e.find(text, in: $0, cache: &cache) }) { return true }
                return e.findInExtras(text, cache: &cache)
            }
            return true
        }
    }
}

extension Timeline {
    /// The positions of the events in which `query` is found anywhere (case- and
    /// accent-insensitive), ascending; every event for an empty query.
    public func search(_ query: String, among: [Int]? = nil) -> [Int] {
        EventFilter(text: query).indices(in: events, among: among)
    }
}
