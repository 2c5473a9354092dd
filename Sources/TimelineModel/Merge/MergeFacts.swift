/// What a merge reads of one file's events, on a core of its own (`TimelineMerge` runs one
/// a file at the same time), in the order that reads the file fastest and without decoding
/// events where the store can help: each id's hash (to find the ids two files share),
/// each title's hash once folded and its time as the duplicate rule compares it (to find
/// the same happening in two files). (A day-only event keeps its file's sort instant: the
/// end of its day in its own file's zone, the zone it stays a day in.)
struct MergeFacts: Sendable {
    /// Each event's id hash, by position (by file index when `filePositions` is set); `noId`
    /// when it has none.
    var idHashes: [UInt64] = []
    /// Each event's id when short, in the order of `idHashes`.
    var shortIds: [ShortId] = []
    /// Each event's folded title's hash, by position (empty unless asked for).
    var titleHashes: [UInt64] = []
    /// Each event's time as `SameHappening` compares it, in the order of `idHashes`
    /// (`place(of:)` finds an event's).
    var stamps: [SameHappening.Stamp] = []
    /// Where `idHashes`, `shortIds` and `stamps` are by file index (our JSON's first pass
    /// kept them so: they are taken as they are, not copied into position order), the
    /// position of each file index; nil when they are by position.
    var filePositions: [Int32]?
    /// The file index of each position, when `filePositions` is set.
    var fileIndices: [Int32]?

    /// The place in `stamps` (and in the ids' lists) of the event at `position`.
    func place(of position: Int) -> Int {
        fileIndices.map { Int($0[position]) } ?? position
    }

    static let noId: UInt64 = 0

    /// `titlesLater`: each event's time is read, its title left for `keepTitles` (only the
    /// titles of the events another file can meet are read: `MeetableEvents`).
    init(_ timeline: Timeline, ids: SeededHash?, titles: SeededHash?, titlesLater: Bool = false) {
        let store = timeline.events.store
        let count = store.count
        var (ids, kept) = (ids, false)
        if let file = store as? JSONEventStore, let first = file.firstPassFacts, first.count == count, first.isComplete,
           ids.map({ $0.seed == first.reading.seed }) ?? true {
            if ids != nil { (idHashes, shortIds) = (first.idHashes, first.shortIds) }
            if titles != nil { stamps = first.stamps }
            filePositions = file.fileOrder
            fileIndices = file.fileOrder.map(Self.fileIndices)
            (ids, kept) = (nil, true)
            if titles == nil || titlesLater { return }
        } else if ids != nil {
            idHashes = Array(repeating: Self.noId, count: count)
            shortIds = Array(repeating: .tooLong, count: count)
        }
        if titles != nil {
            if !titlesLater { titleHashes = Array(repeating: 0, count: count) }
            if !kept {
                stamps = Array(repeating: SameHappening.Stamp(time: .day(CivilDate(daysSinceEpoch: 0)), precision: .day, hasEnd: false),
                               count: count)
            }
        }
        guard ids != nil || titles != nil else { return }
        // Written through pointers: a million events each write four arrays.
        idHashes.withUnsafeMutableBufferPointer { idHashes in
            shortIds.withUnsafeMutableBufferPointer { shortIds in
                titleHashes.withUnsafeMutableBufferPointer { titleHashes in
                    stamps.withUnsafeMutableBufferPointer { stamps in
                        let into = Into(idHashes: idHashes, shortIds: shortIds, titleHashes: titleHashes,
                                        stamps: kept ? UnsafeMutableBufferPointer(start: nil, count: 0) : stamps)
                        Self.read(store, into: into, ids: ids, titles: titles, titlesLater: titlesLater, kept: kept)
                    }
                }
            }
        }
    }

    /// Each title's hash (as `init` keeps it; its low 32 bits when `keys` found it) for the
    /// events at `wanted` (nil: all; the others' stay 0: they are in no title group), read in
    /// the file's order. After `titlesLater`. Where our JSON's first pass kept each title's
    /// key, a title folded before (in this file or another `keys` served) is found by its
    /// key, its bytes not read again.
    mutating func keepTitles(of store: any EventStore, hasher: SeededHash, at wanted: PositionSet?, keys: inout TitleKeyMemo) {
        if let file = store as? JSONEventStore, let kept = file.firstPassFacts, kept.reading.seed == hasher.seed,
           let titleKeys = kept.keptTitleKeys, file.readsTitlesByFileIndex {
            titleHashes = Array(repeating: 0, count: stamps.count)
            var scratch = [UInt8](repeating: 0, count: 256)
            let order = file.fileOrder
            titleHashes.withUnsafeMutableBufferPointer { hashes in
                titleKeys.withUnsafeBufferPointer { titleKeys in
                    for i in 0..<titleKeys.count {
                        let p = order.map { Int($0[i]) } ?? i
                        if let wanted, !wanted.contains(p) { continue }
                        hashes[p] = keys.foldedHash(titleKeys[i]) {
                            var folded: UInt64 = 0
                            file.withTitle(fileIndex: i) { folded = Self.titleHash($0, hasher, &scratch) }
                            return folded
                        }
                    }
                }
            }
            return
        }
        titleHashes = Array(repeating: 0, count: stamps.count)
        titleHashes.withUnsafeMutableBufferPointer { titleHashes in
            let into = Into(idHashes: UnsafeMutableBufferPointer(start: nil, count: 0),
                            shortIds: UnsafeMutableBufferPointer(start: nil, count: 0),
                            titleHashes: titleHashes, stamps: UnsafeMutableBufferPointer(start: nil, count: 0))
            var keeper = Keeper(into: into, ids: nil, titles: hasher)
            withUnsafeMutablePointer(to: &keeper) { k in
                if let file = store as? JSONEventStore {
                    let read = if let wanted {
                        file.eachTitleInFileOrder(where: { wanted.contains($0) }) { k.pointee.keep(title: $1, at: $0) }
                    } else {
                        file.eachTitleInFileOrder { k.pointee.keep(title: $1, at: $0) }
                    }
                    if read { return }
                }
                if let file = store as? RecordFileStore {
                    return file.eachTitle(where: { wanted?.contains($0) ?? true }) { k.pointee.keep(title: $1, at: $0) }
                }
                for p in 0..<store.count where wanted?.contains(p) ?? true {
                    store.withTitle(at: p) { k.pointee.keep(title: $0, at: p) }
                }
            }
        }
    }

    /// Where `read` writes, by position (empty when not asked for).
    private struct Into {
        let idHashes: UnsafeMutableBufferPointer<UInt64>
        let shortIds: UnsafeMutableBufferPointer<ShortId>
        let titleHashes: UnsafeMutableBufferPointer<UInt64>
        let stamps: UnsafeMutableBufferPointer<SameHappening.Stamp>
    }

    /// The file index of each position, from the position of each file index.
    private static func fileIndices(_ positions: [Int32]) -> [Int32] {
        var indices = [Int32](repeating: 0, count: positions.count)
        indices.withUnsafeMutableBufferPointer { indices in
            for (i, p) in positions.enumerated() { indices[Int(p)] = Int32(i) }
        }
        return indices
    }

    /// Reads what `init` keeps of each event of `store`, in its reading order. `kept`: our
    /// JSON's first pass kept the ids and times (`FirstPassFacts`, taken by `init`): only the
    /// titles are read, front to back.
    private static func read(_ store: any EventStore, into: Into, ids: SeededHash?, titles: SeededHash?, titlesLater: Bool,
                             kept: Bool) {
        let readsEvents = titles != nil
        let order = store.readingOrder
        var keeper = Keeper(into: into, ids: ids, titles: titles, hashesTitles: !titlesLater)
        // The closures below hold only a pointer to what they write: no reference counted
        // for each of a million events.
        withUnsafeMutablePointer(to: &keeper) { k in
            if kept {
                if let file = store as? JSONEventStore, file.eachTitleInFileOrder({ k.pointee.keep(title: $1, at: $0) }) { return }
                for p in 0..<store.count { store.withTitle(at: p) { k.pointee.keep(title: $0, at: p) } }
                return
            }
            if ids != nil, readsEvents, titlesLater, let file = store as? RecordFileStore {
                return file.eachIdAndStamp { p, id, stamp in
                    k.pointee.keep(id: id, at: p)
                    k.pointee.keep(stamp: stamp, title: UnsafeBufferPointer(start: nil, count: 0), at: p)
                }
            }
            if ids != nil, readsEvents, let file = store as? RecordFileStore {
                return file.eachIdStampAndTitle { p, id, stamp, title in
                    k.pointee.keep(id: id, at: p)
                    k.pointee.keep(stamp: stamp, title: title, at: p)
                }
            }
            for i in 0..<store.count {
                let p = order.map { Int($0[i]) } ?? i
                switch (ids != nil, readsEvents) {
                case (true, true):
                    store.withIdStampAndTitle(at: p) { id, stamp, title in
                        k.pointee.keep(id: id, at: p)
                        k.pointee.keep(stamp: stamp, title: title, at: p)
                    }
                case (true, false):
                    store.withId(at: p) { k.pointee.keep(id: $0, at: p) }
                case (false, _):
                    store.withStampAndTitle(at: p) { k.pointee.keep(stamp: $0, title: $1, at: p) }
                }
            }
        }
    }

    /// What `read` writes each event's facts with.
    private struct Keeper {
        let into: Into
        let ids: SeededHash?
        let titles: SeededHash?
        /// False: the stamps are kept, the titles left (`titlesLater`).
        let hashesTitles: Bool
        var memo: TitleHashMemo?
        var scratch = [UInt8](repeating: 0, count: 256)

        init(into: Into, ids: SeededHash?, titles: SeededHash?, hashesTitles: Bool = true) {
            (self.into, self.ids, self.titles, self.hashesTitles) = (into, ids, titles, hashesTitles)
            memo = titles.map { TitleHashMemo(hasher: $0) }
        }

        func keep(id: UnsafeBufferPointer<UInt8>, at p: Int) {
            guard let ids, !id.isEmpty else { return }
            into.idHashes[p] = idHash(id, ids)
            into.shortIds[p] = ShortId(id)
        }

        mutating func keep(stamp: SameHappening.Stamp, title: UnsafeBufferPointer<UInt8>, at p: Int) {
            guard titles != nil else { return }
            into.stamps[p] = stamp
            if hashesTitles { keep(title: title, at: p) }
        }

        mutating func keep(title: UnsafeBufferPointer<UInt8>, at p: Int) {
            guard let titles else { return }
            into.titleHashes[p] = memo!.foldedHash(title, scratch: &scratch) { MergeFacts.titleHash($0, titles, &$1) }
        }
    }

    /// The hash of an id (never `noId`: a real id hashing to 0 is moved to 1; texts are
    /// compared on equal hashes anyway).
    static func idHash(_ id: UnsafeBufferPointer<UInt8>, _ hasher: SeededHash) -> UInt64 {
        max(hasher.hash(id), 1)
    }

    /// The hash of `title` folded (`FoldedTitleBytes.comparedTitle`), from its bytes when it can.
    static func titleHash(_ title: UnsafeBufferPointer<UInt8>, _ hasher: SeededHash, _ scratch: inout [UInt8]) -> UInt64 {
        if let count = FoldedTitleBytes.fold(title, reusing: &scratch) {
            return scratch.withUnsafeBufferPointer { hasher.hash(UnsafeBufferPointer(rebasing: $0[..<count])) }
        }
        return hasher.hash(FoldedTitleBytes.comparedTitle(String(decoding: title, as: UTF8.self)))
    }
}
