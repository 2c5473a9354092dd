/// How to read a file: which reader (`--input-format`, else detection by content), what
/// to do with times that carry no zone (`--assume-zone`, `--ambiguous`), and which fields
/// of a JSON Lines log hold what (`--map`).
public struct ReadOptions: Sendable {
    public var format: InputFormat?
    public var time: TimeReading
    public var map: FieldMap
    /// Whether reading measures each event's actor and title for the plain-text export
    /// while their bytes are at hand (our JSON). The viewer leaves it to its own exports,
    /// which measure the events they write: its first screen comes sooner.
    public var measuresListedText: Bool
    /// Set when the file is one of several merged (`TimelineMerge`): our JSON's first pass
    /// then keeps what the merge reads of each event, while its bytes are at hand.
    public var merging: MergeReading?
    /// Set when every field of every event will be written (`ExportFormat.keptEventValues`):
    /// our JSON's first pass then keeps where each value is (`EventValueSpans`), so that the
    /// export does not walk each event's object again. Nil for the viewer and the text
    /// export, which would only pay its memory.
    public var keepsEventValues: KeptEventValues?

    /// What the first pass keeps of each event's values (`keepsEventValues`).
    public enum KeptEventValues: Sendable {
        /// Where each value is.
        case places
        /// And which strings are simple text, which a writer that checks text before
        /// writing it (CSV's cells, HTML, Markdown) then need not check (`TextValue.simple`).
        case placesAndSimpleText
    }

    /// Told how far the reader has gone through the file (the viewer's loading screen);
    /// nil: nobody asks.
    public var progress: ReadProgress?

    public init(format: InputFormat? = nil, time: TimeReading = TimeReading(), map: FieldMap = FieldMap(),
                measuresListedText: Bool = true) {
        self.format = format
        self.time = time
        self.map = map
        self.measuresListedText = measuresListedText
    }
}
