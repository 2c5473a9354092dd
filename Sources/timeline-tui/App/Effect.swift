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
    /// Read the zone typed at `Z` from the tz database. Answered by `zoneLoaded`.
    case loadZone(name: String)
    /// List the zone names for the `Z` prompt. Answered by `zoneNamesLoaded`.
    case loadZoneNames
    /// Search a big timeline in the background. Answered by `searched`.
    case search(SearchJob)
    /// Filter a big timeline in the background. Answered by `filtered`.
    case filter(FilterJob)

    /// Work that only computes or reads (never writes, never ends the viewer): tests and
    /// the bench may do it at once.
    var isQuiet: Bool {
        switch self {
        case .quit, .export: false
        case .loadZone, .loadZoneNames, .search, .filter: true
        }
    }
}
