/// The timeline's own fields, beyond its title and home zone, that a record-per-line file
/// carries beside its events: a Timesketch file our export wrote has them on its first
/// record (`timeline_summary`, `timeline_zones`, …), so that reading it back gives the
/// timeline that was exported, a merge's files and readers included.
struct SavedTimeline: Sendable {
    var summary: String?
    /// Other zones worth viewing the timeline in, and where each is named.
    var zones: [(name: String, place: FieldPlace)] = []
    var extraFields: [ExtraField] = []
    /// A saved merge's files (`Timeline.origins`).
    var origins: [String] = []
    /// The reader the timeline was first read with (`Timeline.savedReadAs`).
    var readAs: String?
}
