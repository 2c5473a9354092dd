/// The lines of a merged timeline as one piece of a text export reads them, each file's tag
/// (`[edge] `) made once and picked by the file's number: the events come without their
/// origins, so that no array that the pieces on both cores share is counted for each line
/// (`MergedEventStore.untaggedLine`).
struct MergedLines: ExportedLines {
    static var leavesOutOrigins: Bool { true }
    let store: MergedEventStore
    /// Each file's own tag, by its number.
    private let own: [OriginTag]
    /// The tags of events found in several files, by their files' numbers (`sharedKey`).
    private var shared: [UInt64: OriginTag] = [:]
    /// The tags of events found in several files whose numbers make no key.
    private var sharedByName = OriginTag.Made()
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

    @inline(__always)
    mutating func tag(of event: Event) -> OriginTag {
        last.alsoIn ? sharedTag() : own[last.part]
    }

    /// The tag of the line given last, found in several files: by the files' numbers, with
    /// no list of names made and compared for each line.
    private mutating func sharedTag() -> OriginTag {
        guard let key = sharedKey() else { return sharedByName.tag(for: store.origins(at: last.position)) }
        if let tag = shared[key] { return tag }
        let tag = OriginTag(store.origins(at: last.position))
        shared[key] = tag
        return tag
    }

    /// The files of the line given last, found in several, as a key: its own file's number
    /// and those of its copies (`MergedEventStore.copies`, in the order `origins(at:)`
    /// names them), a byte each. Nil when they do not fit in one (eight files, a number
    /// from 255) or the merge kept no copies: the tag is then found by the files' names.
    private func sharedKey() -> UInt64? {
        let copies = store.copies[last.position]
        guard !copies.isEmpty, copies.count < 8, last.part < 255 else { return nil }
        var key = UInt64(last.part + 1)
        for (k, entry) in copies.enumerated() {
            let part = entry >> 40
            guard part < 255 else { return nil }
            key |= (part + 1) << (8 * UInt64(k + 1))
        }
        return key
    }
}
