import TimelineModel

/// Everything `update` reacts to, in one queue as bubbletea has it: keys, the pause
/// between keys, notices from the file watch, and what came of the effects `update` asked
/// for. The runtime turns the outside world into these; `update` never reaches out.
enum Message: Sendable {
    /// A key, a click or wheel turn, or a resize.
    case key(Key)
    /// No key came for a moment: the time to start a search typed while keys came quickly.
    case keysPaused
    /// The file shown changed (or was removed, `removed`) on disk since it was loaded.
    case fileChanged(path: String, removed: Bool)
    /// The terminal shows ASCII only (no UTF-8 locale): draw in ASCII, and say `notice`
    /// once on the status line.
    case screenIsASCIIOnly(notice: String)

    // What came of an effect:
    /// The export target exists: ask before replacing it.
    case exportTargetExists(path: String, format: ExportFormat)
    /// `count` events were written to `path` (absolute) in `format`.
    case exported(path: String, count: Int, format: ExportFormat)
    /// `what` (`the line`, `the detail`) was sent to the clipboard: `characters` long.
    case copied(what: String, characters: Int)
    /// Nothing was copied, for `reason`.
    case copyFailed(reason: String)
    /// The file read again, as a state in the zone shown (see `carriedOver`).
    case reloaded(ViewState)
    /// The file could not be read again, for `reason`; what was shown stays.
    case reloadFailed(reason: String)
    /// The bookmarks were written to their sidecar file.
    case bookmarksSaved
    /// The bookmarks could not be written, for `reason`.
    case bookmarksNotSaved(reason: String)
    /// Nothing was written, for `reason` (one sentence).
    case exportFailed(reason: String)
    /// The zone typed at `Z` (`typed`), ready to show; nil when the tz database does not
    /// know it.
    case zoneLoaded(typed: String, DisplayZones.Entry?)
    /// The zone names the `Z` prompt completes.
    case zoneNamesLoaded([String])
    /// The events matching a search (positions in the timeline, ascending).
    case searched(SearchJob, found: [Int])
    /// What a background search found so far: the matches (positions in the timeline,
    /// ascending) among the first `searched` of the `total` events it looks among, in
    /// their order. The whole answer comes as `searched`.
    case searchProgress(SearchJob, found: [Int], searched: Int, total: Int)
    /// The events a filter shows (positions in the timeline, ascending).
    case filtered(FilterJob, shown: [Int])
    /// What a look at the followed file found; `bytesRead`: where the file has been read
    /// to now.
    case followed(FollowJob, bytesRead: Int?, FollowOutcome)
    /// The merged timeline with the same happening in several files shown once.
    case duplicatesFolded(FoldedDuplicates)
    /// The timeline's search index, built for it when its `timelineVersion` was `version`.
    case searchIndexBuilt(SearchIndex, version: Int)
}

/// A search to run away from `update`, on a timeline too big to search at each key.
struct SearchJob: Hashable, Sendable {
    /// What is looked for.
    let query: String
    /// The events to look among (the matches of a query this one extends, or the events
    /// the filter shows); nil for all.
    let among: [Int]?
    /// The list of events shown the answer is for (`ViewState.shownVersion`): an answer
    /// for a list since filtered otherwise is dropped.
    let shownVersion: Int
}

/// A filter to run away from `update`, on a timeline too big to filter at once.
struct FilterJob: Hashable, Sendable {
    /// The filter as typed.
    let typed: String
    /// The filter as read (times in the zone shown when it was typed).
    let expression: FilterExpression
    /// The events to look among (those shown by a filter this one narrows); nil for all.
    let among: [Int]?
    /// The timeline's size when asked: an answer for a timeline since grown is dropped.
    var eventCount: Int
}
