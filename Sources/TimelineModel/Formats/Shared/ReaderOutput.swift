/// What a reader of another tool's format read: its events as drafts (ids, places and
/// times; the rules, ids left to make and the order are `TimelineBuilder`'s), the
/// timeline's own fields when the format has them, and what was wrong, each with its place.
struct ReaderOutput {
    var title: String?
    var summary: String?
    /// The home zone the format names (Statuspage's `page.time_zone`), an IANA name.
    var timezone: String?
    var events: [EventDraft] = []
    var problems: [Problem] = []
    var warnings: [Problem] = []
    var extraFields: [ExtraField] = []
    /// What the reader recognised that the user should know (`pino: time in epoch
    /// milliseconds`), shown after the format's name in "Read as".
    var readerNote: String?
    /// What the file's events are known by in a merge (`Timeline.ownLabel`).
    var ownLabel: String?
}
