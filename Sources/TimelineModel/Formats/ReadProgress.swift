import Synchronization

/// How far a reader has gone through its file, for the viewer's loading screen
/// (`Reading 1000000.json (423 MB)… 37 %`): bytes of the file its first pass has gone
/// through, told every `eventsBetweenNotes` events by the readers that walk a file event by
/// event (our JSON and JSON Lines, every record-per-line format), from each of the parts
/// read at once. A reader that reads a document whole never tells: `bytesRead` stays nil
/// and the screen says no figure rather than a made-up one.
public final class ReadProgress: Sendable {
    private let done = Atomic<Int>(0)
    private let told = Atomic<Bool>(false)

    /// How many events a reader reads between two notes (a note is an atomic add).
    static let eventsBetweenNotes = 1024

    public init() {}

    /// The bytes gone through so far, up to `total`; nil while the reader has told nothing.
    public func bytesRead(of total: Int) -> Int? {
        guard told.load(ordering: .relaxed) else { return nil }
        return min(total, done.load(ordering: .relaxed))
    }

    /// `bytes` more were gone through. (A part read again after a speculative read of it
    /// was dropped counts twice: `bytesRead(of:)` stops at the file's size.)
    func add(_ bytes: Int) {
        done.add(bytes, ordering: .relaxed)
        told.store(true, ordering: .relaxed)
    }

    /// The whole file of `total` bytes was gone through (what is left is sorting it).
    func finish(_ total: Int) {
        done.store(total, ordering: .relaxed)
        told.store(true, ordering: .relaxed)
    }
}

/// Where a reading part stands against its `ReadProgress`: the bytes before `noted`
/// were told. A value each part keeps for itself.
struct ProgressNote {
    let progress: ReadProgress?
    private(set) var noted: Int

    init(_ progress: ReadProgress?, from start: Int) {
        self.progress = progress
        noted = start
    }

    /// Tells the bytes up to `position` every `ReadProgress.eventsBetweenNotes` events
    /// (`count`: the events read so far).
    @inline(__always)
    mutating func note(_ position: Int, after count: Int) {
        guard let progress, count % ReadProgress.eventsBetweenNotes == 0, position > noted else { return }
        progress.add(position - noted)
        noted = position
    }
}
