import TimelineModel

/// The files shown, as the runtime reads them again (`R`) and follows them (`F`): their
/// paths, how the one file is read, and how to read them whole as at start.
struct WatchedFile: Sendable {
    /// The files in the order given: one, or the several merged into the timeline shown.
    let paths: [String]
    let options: ReadOptions
    /// Reads the files whole as the viewer did at start (several merged, their duplicates
    /// checked at once: this runs away from the loop).
    let read: @Sendable () -> Result<ReadAgain, ReloadFailure>

    init(paths: [String], options: ReadOptions, read: @escaping @Sendable () -> Result<ReadAgain, ReloadFailure>) {
        self.paths = paths
        self.options = options
        self.read = read
    }

    /// One file, read whole by `read`.
    init(path: String, options: ReadOptions, read: @escaping @Sendable () -> Result<Timeline, ReloadFailure>) {
        self.init(paths: [path], options: options, read: { read().map { ReadAgain($0) } })
    }

    /// The one file followed by its end (`FileTail`); nil for several files, which are
    /// read again whole when one of them changes.
    var path: String? { paths.count == 1 ? paths[0] : nil }
}

/// The files read again: the timeline, and what to say of it (files skipped by `--skip-bad`).
struct ReadAgain: Sendable {
    let timeline: Timeline
    let note: String?

    init(_ timeline: Timeline, note: String? = nil) {
        self.timeline = timeline
        self.note = note
    }
}
