/// The lines of a merged timeline as one piece of a text export reads them, each file's tag
/// (`[edge] `) made once and picked by the file's number: the events come without their
/// origins, so that no array that the pieces on both cores share is counted for each line
/// (`MergedEventStore.untaggedLine`).
struct MergedLines: ExportedLines {
    static var leavesOutOrigins: Bool { true }
    let store: MergedEventStore
    /// Each file's own tag, by its number.
    private let own: [OriginTag]
    /// The tags of events found in several files.
    private var shared = OriginTag.Made()
    /// Of the line given last: the position, its file's number, whether other files hold it.
    private var last = (position: 0, part: 0, alsoIn: false)

    init(_ store: MergedEventStore) {
        self.store = store
        own = store.labels.map { OriginTag([$0]) }
    }

    mutating func line(at position: Int) -> (event: Event, text: VerbatimLineText?) {
        last.position = position
        return store.untaggedLine(at: position, part: &last.part, alsoIn: &last.alsoIn)
    }

    mutating func tag(of event: Event) -> OriginTag {
        last.alsoIn ? shared.tag(for: store.origins(at: last.position)) : own[last.part]
    }
}
