/// What a reader hands to `ReadTimeline`: the events it read (with ids, places and times;
/// `sortInstant` and `fileIndex` are set later, in one place), the timeline's own fields
/// when the format has them, and what was wrong, each with its place.
struct ReaderOutput {
    var title: String?
    var summary: String?
    /// The home zone the format names (Statuspage's `page.time_zone`), an IANA name.
    var timezone: String?
    var events: [Event] = []
    var problems: [Problem] = []
    var warnings: [Problem] = []
    var extraFields: [ExtraField] = []
}
