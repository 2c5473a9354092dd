/// One thing that happened: a tweet, an action, a report.
public struct Event: Sendable, Hashable {
    /// Unique within its file.
    public var id: String
    /// When it happened (or began, for a span).
    public var time: EventTime
    /// When a span ended (the 11 minutes offline), never before `time`.
    public var end: EventTime?
    /// How exactly `time` (and `end`) are known.
    public var precision: Precision
    /// "About": the time is an estimate, shown with `~`.
    public var approximate: Bool
    /// Who did it or said it.
    public var actor: String?
    /// Free text: `action`, `statement`, `reaction`, `report`…
    public var kind: String?
    /// One line.
    public var title: String
    /// Longer text, paragraphs separated by blank lines.
    public var text: String?
    /// A verbatim quotation.
    public var quote: Quote?
    /// Where it is known from.
    public var sources: [Source]
    public var tags: [String]
    /// Fields the format does not know, kept in file order and shown as they were written.
    public var extraFields: [ExtraField]
    /// Position in the file (0-based): the tie-breaker that keeps sorting stable.
    public var fileIndex: Int
    /// Where the event's object starts in its file, when the source tracks it. The JSON
    /// loader leaves it nil: it counts lines only to place problems, never on the fast path.
    public var place: SourcePlace?
    /// The instant the event sorts at (see `Timeline` for the rule).
    public var sortInstant: Instant
    /// In a timeline merged from several files, the files it was read from, by label (the
    /// file's stem or `--label`): the first is the file this event is from, the others
    /// files that hold the same happening (see `TimelineMerge`). Empty for one file.
    public var origins: [String] = []
    /// The zone its day, month or year is in, when it is known only to that and the zone
    /// is not the timeline's (`Timeline.timezone`): in a merged timeline, the own zone of a
    /// later file in another zone. Nil: the timeline's. Read it through
    /// `TimeFormatter.dateZone(of:)`, the one answer every view and export uses.
    public var dateZone: String?

    public init(
        id: String, time: EventTime, end: EventTime? = nil, precision: Precision? = nil,
        approximate: Bool = false, actor: String? = nil, kind: String? = nil, title: String,
        text: String? = nil, quote: Quote? = nil, sources: [Source] = [], tags: [String] = [],
        extraFields: [ExtraField] = [], fileIndex: Int = 0, place: SourcePlace? = nil,
        sortInstant: Instant
    ) {
        self.id = id
        self.time = time
        self.end = end
        self.precision = precision ?? time.impliedPrecision
        self.approximate = approximate
        self.actor = actor
        self.kind = kind
        self.title = title
        self.text = text
        self.quote = quote
        self.sources = sources
        self.tags = tags
        self.extraFields = extraFields
        self.fileIndex = fileIndex
        self.place = place
        self.sortInstant = sortInstant
    }
}
