/// A whole incident: its title, its home zone and its events sorted by time.
///
/// Sorting rule: events sort by `Event.sortInstant`, ties keep file order. An instant sorts
/// at the instant written (an approximate `~18:48` at 18:48). A day-only event sorts at the
/// end of its day in the timeline's zone (the last nanosecond before the next day starts
/// there): it happened some time that day, so it is listed after everything known to the
/// minute on that day, never at a made-up 00:00.
public struct Timeline: Sendable {
    public var title: String
    public var summary: String?
    /// The incident's home zone (IANA name, `UTC`, or a fixed offset `UTC+05:30`): the
    /// file's own, else the one its times were written in (`WrittenOffsets`), else `UTC`.
    public var timezone: String
    /// Why the home zone is UTC when the file's times carry different offsets
    /// (`offsets vary: +01:00, +02:00; home zone UTC`); exports say it after "Read as".
    public var zoneNote: String?
    /// Other zones worth viewing this timeline in (`Europe/Paris` for the seeds' vantage).
    public var zones: [String]
    /// Top-level fields the format does not define.
    public var extraFields: [ExtraField]
    /// Sorted by time, stably.
    public var events: EventList
    /// What is wrong with the file but did not stop it loading, in file order: invalid
    /// UTF-8 inside a string, shown as U+FFFD
    /// (`bad.json:2:44: events[0].title: invalid UTF-8 at byte 57 (shown as U+FFFD)`).
    /// Like problems, messages quote the file; neutralise them before showing them.
    public var warnings: [Problem]
    /// The reader that read the file (`Timesketch CSV`), nil for our own format; exports
    /// say it in their header.
    public var inputFormat: String?
    /// The reader a saved timeline was first read with (`read_as`, written by our JSON
    /// export of a file in another format or of a merge): exports say it as `inputFormat`
    /// does, but this file is read, and followed, as our own format.
    public var savedReadAs: String?
    /// What the exports name in "Read as": the reader a saved timeline was first read
    /// with, else the one that read this file; nil for our own format read as itself.
    /// (A merge saved as Timesketch is read by the Timesketch reader, but its events were
    /// first read by their own readers, as a merge saved as JSON says.)
    public var readAs: String? { savedReadAs ?? inputFormat }
    /// "Read as" as the exports say it: the reader, then why the home zone is UTC when the
    /// times' offsets vary. What a saved timeline keeps (`read_as`), so that reading it
    /// back says the same.
    public var readAsSaid: String? { readAs.map { $0 + (zoneNote.map { "; " + $0 } ?? "") } }
    /// When merged from several files, their labels in command-line order (what
    /// `Event.origins` names); empty for a timeline read from one file.
    public var origins: [String] = []
    /// The zones other than `timezone` that some events' dates are in (`Event.dateZone`):
    /// a merged file's own, or those a saved merge names on its events. A day written in
    /// UTC stays a day in UTC in a timeline whose home is Los Angeles.
    public var dateZones: [String] = []
    /// How many bytes of its file were read (nil when not read from a file): following
    /// the file reads on from there (`FileTail`).
    public var bytesRead: Int?
    /// The label the file's events get when merged with others, when the file says what
    /// they are known by and its name does not (a Discord channel saved as `Guild -
    /// Category - deploys [1234].json` is `#deploys`); nil: the file's name. `--label`
    /// overrides it.
    public var ownLabel: String?

    public init(
        title: String, summary: String? = nil, timezone: String = "UTC", zones: [String] = [],
        extraFields: [ExtraField] = [], events: EventList, warnings: [Problem] = []
    ) {
        self.title = title
        self.summary = summary
        self.timezone = timezone
        self.zones = zones
        self.extraFields = extraFields
        self.events = events
        self.warnings = warnings
    }
}
