import TimelineModel

/// Something `update` asks the outside world to do. The runtime (`EffectRunner`) does it
/// and sends what came of it back through `update` as a `Message`, so `update` itself
/// stays pure: it reads no file, writes none, and never waits for long work.
enum Effect: Hashable, Sendable {
    /// Leave the viewer.
    case quit
    /// Write the export of the events shown to `path` in `format` (`overwrite`: the user
    /// said yes). Answered by `exported`, `exportFailed` or `exportTargetExists`.
    case export(path: String, format: ExportFormat, overwrite: Bool)
    /// Write the bookmarks' ids to their sidecar file. Answered by `bookmarksSaved` or
    /// `bookmarksNotSaved`.
    case saveBookmarks(path: String, ids: [String])
    /// Put the event at `index` on the clipboard (its export line; `wholeDetail`: the
    /// detail pane's text). Answered by `copied` or `copyFailed`.
    case copy(index: Int, wholeDetail: Bool)
    /// Read the file again. Answered by `reloaded` or `reloadFailed`.
    case reload
    /// Read the lines appended to the followed file. Answered by `followed` (or, when the
    /// file cannot be read by its end, `reloaded` / `reloadFailed`).
    case follow(FollowJob)
    /// Turn the terminal's mouse reporting on or off. Not answered.
    case mouse(on: Bool)
    /// Read the zone typed at `Z` from the tz database. Answered by `zoneLoaded`.
    case loadZone(name: String)
    /// List the zone names for the `Z` prompt. Answered by `zoneNamesLoaded`.
    case loadZoneNames
    /// Search a big timeline in the background, a part at a time. Answered by
    /// `searchProgress` after each part, then `searched`; a newer search stops it.
    case search(SearchJob)
    /// Stop the background search (Esc, the search cleared): its answer is not wanted.
    /// Not answered.
    case stopSearch
    /// Filter a big timeline in the background. Answered by `filtered`.
    case filter(FilterJob)
    /// Show once the same happening in several merged files, in the background (the
    /// merged events are shown before). Answered by `duplicatesFolded`.
    case foldDuplicates
    /// Fold the timeline's searchable text once (`SearchIndex`), in the background after
    /// the first screen. Answered by `searchIndexBuilt`.
    case buildSearchIndex

    /// Work that only computes or reads (never writes, never ends the viewer): tests and
    /// the bench may do it at once.
    var isQuiet: Bool {
        switch self {
        case .quit, .export, .saveBookmarks, .copy, .mouse, .reload, .stopSearch: false
        case .loadZone, .loadZoneNames, .search, .filter, .follow, .foldDuplicates, .buildSearchIndex: true
        }
    }
}
