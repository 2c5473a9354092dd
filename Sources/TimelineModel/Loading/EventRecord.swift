/// What the first pass keeps of one event: where it is, and where it sorts.
/// 24 bytes an event, so a million of them cost 24 MB; the rest stays in the file.
struct EventRecord: Sendable {
    /// The event's `{` in the file.
    var offset: Int
    /// The sort instant's seconds; for a day-only event not yet placed, its day (days
    /// since 1970-01-01), which needs the timeline's zone to become an instant.
    private var seconds: Int64
    /// The sort instant's nanoseconds; -1 marks a day-only event not yet placed.
    private var nanoseconds: Int32
    /// Position among the file's events (0-based).
    var fileIndex: Int32

    init(offset: Int, fileIndex: Int32) {
        self.offset = offset
        self.fileIndex = fileIndex
        seconds = 0
        nanoseconds = 0
    }

    var sortInstant: Instant {
        get { Instant(seconds: seconds, nanoseconds: max(nanoseconds, 0)) }
        set {
            seconds = newValue.seconds
            nanoseconds = newValue.nanoseconds
        }
    }

    /// The day of a day-only `time` whose sort instant is not set yet.
    var dayOnly: Int64? {
        get { nanoseconds < 0 ? seconds : nil }
        set {
            guard let newValue else { return }
            seconds = newValue
            nanoseconds = -1
        }
    }

    /// Sorting order: by instant, then file order.
    @inline(__always) static func precedes(_ a: EventRecord, _ b: EventRecord) -> Bool {
        if a.seconds != b.seconds { return a.seconds < b.seconds }
        if a.nanoseconds != b.nanoseconds { return a.nanoseconds < b.nanoseconds }
        return a.fileIndex < b.fileIndex
    }
}
