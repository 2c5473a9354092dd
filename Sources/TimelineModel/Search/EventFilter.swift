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
    /// Found in the id.
    public var id: String?
    /// Found in one of the event's sources (a name or an address: `New York Times`).
    public var cited: String?
    /// Found in the label of one of the files the event was read from (`Event.origins`,
    /// in a merged timeline).
    public var source: String?

    public init(actor: String? = nil, kind: String? = nil, tag: String? = nil, text: String? = nil, source: String? = nil,
                id: String? = nil, cited: String? = nil) {
        self.id = id
        self.cited = cited
        self.actor = actor
        self.kind = kind
        self.tag = tag
        self.text = text
        self.source = source
    }

    /// Whether no condition is set (every event matches).
    public var isEmpty: Bool {
        [actor, kind, tag, text, source, id, cited].allSatisfy { ($0 ?? "").isEmpty }
    }

    /// Whether `event` meets every condition.
    public func matches(_ event: Event) -> Bool {
        Matcher(self).matches(event)
    }

    /// The positions in `events` of the events that match, ascending. Given `among`
    /// (ascending positions), only those are tried: the matches of a query this one
    /// extends, or the events a filter shows. Big lists are searched in pieces side by side
    /// (`EventSearch`).
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
            && within(source, other.source) && within(id, other.id) && within(cited, other.cited)
    }
}

extension Timeline {
    /// The positions of the events in which `query` is found anywhere (case- and
    /// accent-insensitive), ascending; every event for an empty query.
    public func search(_ query: String, among: [Int]? = nil) -> [Int] {
        EventFilter(text: query).indices(in: events, among: among)
    }
}
