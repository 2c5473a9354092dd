/// Asks a reader to keep, while it reads, what a merge of several files reads of each event
/// (`ReadOptions.merging`): the files of one merge share one, so that their ids hash alike.
/// Our JSON's first pass keeps it (`FirstPassFacts`); other readers ignore it.
public struct MergeReading: Sendable {
    /// The seed every file of the merge hashes its ids and titles with.
    public let seed: UInt64
    /// Whether each title's key is kept too (`TitleKey`): only when the merge looks for the
    /// same happening in several files (not with `--keep-duplicates`).
    public let keysTitles: Bool

    public init(seed: UInt64 = .random(in: .min ... .max), keysTitles: Bool = true) {
        (self.seed, self.keysTitles) = (seed, keysTitles)
    }
}

/// What `MergeFacts` reads of each event's id and time, kept by our JSON reader's first
/// pass while the event's bytes are at hand (the merge would otherwise find each event's
/// places and record again, a cache miss or two an event), by file index: each id's hash
/// and short form, and each event's time as `SameHappening` compares it. The same values
/// as `MergeFacts` reading the store gives (`FirstPassFactsTests`); an event that cannot be
/// kept so (places not kept, an id over 255 bytes) leaves the whole file to that reading
/// (`isComplete` false). Each title is keyed (`TitleKey`), not folded: the merge folds each
/// distinct title once for all the files a core reads (`TitleKeyMemo`), which one memo a half
/// of a file could not.
struct FirstPassFacts: Sendable {
    let reading: MergeReading
    private(set) var idHashes: [UInt64] = []
    private(set) var shortIds: [ShortId] = []
    private(set) var stamps: [SameHappening.Stamp] = []
    /// Each title's key, when `reading.keysTitles`.
    private(set) var titleKeys: [TitleKey] = []
    private(set) var isComplete = true

    init(_ reading: MergeReading) {
        self.reading = reading
    }

    var count: Int { stamps.count }

    /// Keeps the next event's id (empty: none) and time; its title's key is kept next
    /// (`append(title:)`) when `reading.keysTitles`.
    mutating func append(id: UnsafeBufferPointer<UInt8>, stamp: SameHappening.Stamp) {
        idHashes.append(id.isEmpty ? MergeFacts.noId : MergeFacts.idHash(id, SeededHash(seed: reading.seed)))
        shortIds.append(id.isEmpty ? .tooLong : ShortId(id))
        stamps.append(stamp)
    }

    /// Keeps the title of the event just appended, as the store gives it (`withTitle(at:)`).
    mutating func append(title: UnsafeBufferPointer<UInt8>) {
        titleKeys.append(TitleKey(title, seed: reading.seed))
    }

    /// The next event cannot be kept here: the merge reads this file's events itself.
    mutating func appendUnknown() {
        isComplete = false
        idHashes.append(MergeFacts.noId)
        shortIds.append(.tooLong)
        stamps.append(SameHappening.Stamp(time: .day(CivilDate(daysSinceEpoch: 0)), precision: .day, hasEnd: false))
        if reading.keysTitles { titleKeys.append(.none) }
    }

    /// The events of the part of the file that follows (read with the same `reading`).
    mutating func append(contentsOf other: FirstPassFacts) {
        idHashes.append(contentsOf: other.idHashes)
        shortIds.append(contentsOf: other.shortIds)
        stamps.append(contentsOf: other.stamps)
        titleKeys.append(contentsOf: other.titleKeys)
        isComplete = isComplete && other.isComplete
    }

    mutating func reserveCapacity(_ n: Int) {
        idHashes.reserveCapacity(n)
        shortIds.reserveCapacity(n)
        stamps.reserveCapacity(n)
        if reading.keysTitles { titleKeys.reserveCapacity(n) }
    }

    /// Each title's key, by file index, when every event's was kept; nil otherwise.
    var keptTitleKeys: [TitleKey]? {
        isComplete && reading.keysTitles && titleKeys.count == count ? titleKeys : nil
    }

    /// Whether a merge hashing ids with `ids` can take these instead of reading the events.
    func serves(ids: SeededHash?) -> Bool {
        guard isComplete, let ids else { return false }
        return ids.seed == reading.seed
    }
}
