/// What the first pass keeps of one event: where it is, and where it sorts.
/// 40 bytes an event, so a million of them cost 40 MB; the rest stays in the file.
struct EventRecord: Sendable {
    /// The event's `{` in the file.
    var offset: Int
    var sortInstant: Instant
    /// Position among the file's events (0-based).
    var fileIndex: Int32
    /// Days since 1970-01-01 of a day-only `time`, whose sort instant needs the
    /// timeline's zone; `EventRecord.notDayOnly` otherwise.
    var dayOnly: Int64

    static let notDayOnly = Int64.min

    /// Sorting order: by instant, then file order.
    @inline(__always) static func precedes(_ a: EventRecord, _ b: EventRecord) -> Bool {
        if a.sortInstant.seconds != b.sortInstant.seconds { return a.sortInstant.seconds < b.sortInstant.seconds }
        if a.sortInstant.nanoseconds != b.sortInstant.nanoseconds { return a.sortInstant.nanoseconds < b.sortInstant.nanoseconds }
        return a.fileIndex < b.fileIndex
    }
}
