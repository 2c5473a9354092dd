import TimelineModel

/// The file shown, as the runtime reads it again (`R`) and follows it (`F`): its path,
/// how it was read, and how to read it whole as at start.
struct WatchedFile: Sendable {
    let path: String
    let options: ReadOptions
    /// Reads the whole file as the viewer did at start.
    let read: @Sendable () -> Result<Timeline, ReloadFailure>
}
