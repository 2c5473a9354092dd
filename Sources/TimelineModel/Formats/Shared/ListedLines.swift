/// Each event's `ListedLine` in file order, as the parts of a file read at once kept them
/// (joined without copying: the copy would add to the load's peak memory), with the titles
/// each part made (`MadeTitles`).
struct ListedLines: Sendable {
    private let first: [ListedLine]
    private let second: [ListedLine]
    private let made: (first: MadeTitles?, second: MadeTitles?)

    init(_ first: [ListedLine] = [], _ second: [ListedLine] = [], made: (first: MadeTitles?, second: MadeTitles?) = (nil, nil)) {
        self.first = first
        self.second = second
        self.made = made
    }

    var count: Int { first.count + second.count }

    /// The usable listing of the `index`-th event of the file, nil when none.
    subscript(index: Int) -> ListedText? {
        let inFirst = index < first.count
        let line = inFirst ? first[index] : index - first.count < second.count ? second[index - first.count] : ListedLine()
        guard line.isUsable else { return nil }
        guard line.isMade else { return ListedText(line: line, made: nil) }
        guard let titles = inFirst ? made.first : made.second else { return nil }
        return ListedText(line: line, made: UnsafePointer(titles.base + line.madeEntry))
    }
}

/// A usable listing and where its title and actor are: in the file's record, or in the
/// entry its part made for it (`MadeTitles`).
struct ListedText {
    let line: ListedLine
    /// The made entry, for a made listing.
    let made: UnsafePointer<UInt8>?

    /// The title's bytes, for the record at `record`.
    func title(_ bytes: FileBytes, record: Int) -> UnsafeBufferPointer<UInt8> {
        made.map(MadeTitles.title) ?? line.title(bytes, record: record)
    }

    /// The actor's bytes, for the record at `record`; nil for none.
    func actor(_ bytes: FileBytes, record: Int) -> UnsafeBufferPointer<UInt8>? {
        guard let made else { return line.actor(bytes, record: record) }
        return MadeTitles.actor(made)
    }

    /// The text of a line, for the record at `record` (see `ListedLine.text`).
    func text(_ bytes: FileBytes, record: Int) -> VerbatimLineText {
        guard let made else { return ListedLine.text(title: title(bytes, record: record), actor: actor(bytes, record: record)) }
        return MadeTitles.text(made)
    }

    /// The event, its time and stated precision, as the listing gives them (see `ListedLine`).
    func event(_ record: EventRecord, line number: Int32) -> Event { line.event(record, line: number) }
    func time(_ record: EventRecord) -> EventTime { line.time(record) }
    var statedPrecision: Precision? { line.statedPrecision }
}
