/// One event as a reader read it, before the timeline's rules: what `TimelineBuilder`
/// takes from every reader that is not the JSON fast path (CSV, Timesketch, log lines…).
///
/// A reader fills in what its format has and says where each value was written; the
/// builder checks the rules (empty title, `end` before `time`, a precision finer than the
/// time as written, repeated ids), gives an id to events without one, sorts, and reports
/// problems at the places given here. Parsing a time is the reader's part (formats write
/// times differently); a time it cannot read is its own problem to report
/// (`TimelineBuilder.problem(_:at:)`), and that event is simply not added.
///
/// ```swift
/// var builder = TimelineBuilder(file: "notes.csv")
/// let row = FieldPlace(line: 12, column: 1, path: "row 12")
/// let time = try TimeParser.parse("2017-11-02T18:48-04:00").get()
/// var draft = EventDraft(time: time, timeWritten: "2017-11-02T18:48-04:00",
///                        title: "Account deactivated", place: row)
/// draft.actor = "Twitter support"
/// draft.places.time = FieldPlace(line: 12, column: 1, path: "timestamp")
/// draft.places.title = FieldPlace(line: 12, column: 27, path: "message")
/// builder.add(draft)
/// let timeline = try builder.build()   // or the problems, each with its place
/// ```
public struct EventDraft: Sendable {
    /// Unique within the file; nil when the format has none: the builder then names the
    /// event `<file-stem>:<line>` (the line of `places.event`), or `<file-stem>:<n>` (its
    /// 1-based position) when the line is not known.
    public var id: String?
    /// Whether `id` is the one the service that wrote the record gave it (PagerDuty's log
    /// entry id, Okta's `uuid`), not one the file's author chose: a record repeated whole
    /// under it (pages of an API joined with an overlap) is shown once, with a warning
    /// (`RepeatedRecord`), where a repeated id of the author's is refused.
    public var idFromService = false
    /// When it happened (or began), and how it was written (quoted in messages).
    public var time: EventTime
    public var timeWritten: String
    /// When a span ended, and how it was written.
    public var end: EventTime?
    public var endWritten: String?
    /// The precision the file states; nil for the one the time's form implies.
    public var precision: Precision?
    public var approximate = false
    public var actor: String?
    public var kind: String?
    /// One line, not empty.
    public var title: String
    public var text: String?
    public var quote: Quote?
    public var sources: [Source] = []
    public var tags: [String] = []
    /// Fields the format does not map to an event's own, as compact JSON values.
    public var extraFields: [ExtraField] = []
    /// The files of a merge the event was read from, when a saved merge says them
    /// (`Event.origins`).
    public var origins: [String] = []
    /// The zone its day, month or year is in when the file says so and it is not the
    /// timeline's (a saved merge's later file: `Event.dateZone`); it sorts at the end of
    /// that period there.
    public var dateZone: String?
    /// Where each value was written.
    public var places: Places

    /// Where an event's values were written; a value's place defaults to the event's.
    public struct Places: Sendable, Hashable {
        /// The event as a whole (its object, row or line).
        public var event: FieldPlace
        public var id: FieldPlace?
        public var time: FieldPlace?
        public var end: FieldPlace?
        public var precision: FieldPlace?
        /// Where `dateZone` was written.
        public var dateZone: FieldPlace?
        public var title: FieldPlace?

        public init(event: FieldPlace) {
            self.event = event
        }
    }

    public init(time: EventTime, timeWritten: String, title: String, place: FieldPlace) {
        self.time = time
        self.timeWritten = timeWritten
        self.title = title
        self.places = Places(event: place)
    }
}
