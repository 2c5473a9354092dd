import TimelineModel

/// Something `update` asks the outside world to do; the terminal loop does it and reports
/// back with `ViewState.finish(_:)`, so `update` itself stays pure.
enum Effect: Hashable, Sendable {
    /// Leave the viewer.
    case quit
    /// Write the events shown to `path` in `format` (`overwrite`: the user said yes).
    case export(path: String, format: ExportFormat, overwrite: Bool)
}
