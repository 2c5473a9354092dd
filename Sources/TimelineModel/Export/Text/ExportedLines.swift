/// Where the text export reads each event's line (`EventStore.verbatimLine(at:)`) and the
/// tag it starts with: from the timeline's store (`StoreLines`), or from a merge's files
/// with each file's tag picked by its number (`MergedLines`). `TextExporter.exportBody` is
/// made once for each, so that neither pays for the other.
protocol ExportedLines {
    /// Whether `line(at:)` gives events without their origins: an event with no text as
    /// written is then read again whole for its line.
    static var leavesOutOrigins: Bool { get }
    /// `EventStore.verbatimLine(at:)` of the event at `position`.
    mutating func line(at position: Int) -> (event: Event, text: VerbatimLineText?)
    /// The tag of the line given last by `line(at:)`, whose event is `event`.
    mutating func tag(of event: Event) -> OriginTag
}

/// The lines of a timeline's own store, tagged by their events' origins (a saved merge's;
/// none for one file).
struct StoreLines: ExportedLines {
    static var leavesOutOrigins: Bool { false }
    let store: any EventStore
    private var tags = OriginTag.Made()

    init(store: any EventStore) {
        self.store = store
    }

    func line(at position: Int) -> (event: Event, text: VerbatimLineText?) {
        store.verbatimLine(at: position)
    }

    mutating func tag(of event: Event) -> OriginTag {
        tags.tag(for: event.origins)
    }
}
