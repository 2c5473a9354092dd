import TimelineModel

/// A big timeline's searchable text folded once in the background after the first screen
/// (`buildSearchIndex` effect, answered by `searchIndexBuilt`), so that searches and
/// filters are answered from it (`SearchIndex`); until it is in, they take the path that
/// looks at each event, with the same answers. Kept while following (the loaded events
/// stay in its list; the new ones are matched one by one), dropped when the timeline is
/// replaced (`R`, a file reopened, a merge's duplicates folded) and built again for the new one.
extension ViewState {
    /// Whether the index is wanted and not asked for yet: a timeline big enough to be
    /// searched in the background, not waiting for its duplicate check.
    var wantsSearchIndex: Bool {
        events.count > searchIndexFrom && !foldingDuplicates && searchIndex == nil && searchIndexAsked != timelineVersion
    }

    /// Asks for the index when wanted and no other effect is asked for by this update.
    mutating func askSearchIndexIfWanted() {
        guard effect == nil, wantsSearchIndex else { return }
        searchIndexAsked = timelineVersion
        effect = .buildSearchIndex
    }

    /// The index came: kept if it is for the timeline shown (asked for at `version`).
    mutating func searchIndexBuilt(_ index: SearchIndex, version: Int) {
        guard version == timelineVersion, searchIndex == nil else { return }
        searchIndex = index
    }
}
