/// What a merge reads of one file's events, on a core of its own (`TimelineMerge` runs one
/// a file at the same time), in the order that reads the file fastest and without decoding
/// events where the store can help: each id's hash (to find the ids two files share),
/// each title's hash once folded and its time as the duplicate rule compares it (to find
/// the same happening in two files), and day-only events placed again in the home zone.
struct MergeFacts: Sendable {
    /// Each event's id hash, by position; `noId` when it has none.
    var idHashes: [UInt64] = []
    /// Each event's id when short, by position (as `idHashes`).
    var shortIds: [ShortId] = []
    /// Each event's folded title's hash, by position (empty unless asked for).
    var titleHashes: [UInt64] = []
    /// Each event's time as `SameHappening` compares it, by position (as `titleHashes`).
    var stamps: [SameHappening.Stamp] = []
    /// The day-only events' sort instants in the home zone, when the file's zone differs.
    var replaced: [Int: Instant] = [:]

    static let noId: UInt64 = 0

    init(_ timeline: Timeline, home: Zone, ids: SeededHash?, titles: SeededHash?) {
        let store = timeline.events.store
        let count = store.count
        let sameZone = timeline.timezone == home.identifier
        if ids != nil {
            idHashes = Array(repeating: Self.noId, count: count)
            shortIds = Array(repeating: .tooLong, count: count)
        }
        if titles != nil {
            titleHashes = Array(repeating: 0, count: count)
            stamps = Array(repeating: SameHappening.Stamp(time: .day(CivilDate(daysSinceEpoch: 0)), precision: .day, hasEnd: false),
                           count: count)
        }
        let readsEvents = titles != nil || !sameZone
        guard ids != nil || readsEvents else { return }
        var replaced: [Int: Instant] = [:]
        // Written through pointers: a million events each write four arrays.
        idHashes.withUnsafeMutableBufferPointer { idHashes in
            shortIds.withUnsafeMutableBufferPointer { shortIds in
                titleHashes.withUnsafeMutableBufferPointer { titleHashes in
                    stamps.withUnsafeMutableBufferPointer { stamps in
                        let into = Into(idHashes: idHashes, shortIds: shortIds, titleHashes: titleHashes, stamps: stamps)
                        Self.read(store, into: into, replaced: &replaced, home: home, placesDates: !sameZone, ids: ids, titles: titles)
                    }
                }
            }
        }
        self.replaced = replaced
    }

    /// Where `read` writes, by position (empty when not asked for).
    private struct Into {
        let idHashes: UnsafeMutableBufferPointer<UInt64>
        let shortIds: UnsafeMutableBufferPointer<ShortId>
        let titleHashes: UnsafeMutableBufferPointer<UInt64>
        let stamps: UnsafeMutableBufferPointer<SameHappening.Stamp>
    }

    /// Reads what `init` keeps of each event of `store`, in its reading order.
    /// `placesDates`: the home zone is not the file's (its dates are placed again there).
    private static func read(_ store: any EventStore, into: Into, replaced: inout [Int: Instant], home: Zone,
                             placesDates: Bool, ids: SeededHash?, titles: SeededHash?) {
        let readsEvents = titles != nil || placesDates
        let order = store.readingOrder
        var keeper = Keeper(into: into, placesDates: placesDates, ids: ids, titles: titles)
        defer {
            for (p, stamp) in keeper.dates {
                // At the end of its day, month or year in the home zone.
                let period = stamp.start.period(at: stamp.precision)
                replaced[p] = EventRules.sortInstant(lastDay: period.lastDay.daysSinceEpoch, precision: period.precision, in: home)
            }
        }
        // The closures below hold only a pointer to what they write: no reference counted
        // for each of a million events.
        withUnsafeMutablePointer(to: &keeper) { k in
            // Our JSON's first pass may have kept the ids and times (`FirstPassFacts`); the
            // titles are then read front to back.
            if let file = store as? JSONEventStore, let kept = file.firstPassFacts, kept.count == store.count,
               kept.serves(ids: ids) {
                k.pointee.take(kept, order: order)
                if titles == nil || file.eachTitleInFileOrder({ k.pointee.keep(title: $1, at: $0) }) { return }
                k.pointee.dates.removeAll()
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

    /// What `read` writes each event's facts with, and the dates it leaves to place again
    /// in the home zone after the loop (the zone, shared by the files read at the same
    /// time, is not taken into each event's reading).
    private struct Keeper {
        let into: Into
        let placesDates: Bool
        let ids: SeededHash?
        let titles: SeededHash?
        var memo: TitleHashMemo?
        var scratch = [UInt8](repeating: 0, count: 256)
        var dates: [(at: Int, stamp: SameHappening.Stamp)] = []

        init(into: Into, placesDates: Bool, ids: SeededHash?, titles: SeededHash?) {
            (self.into, self.placesDates, self.ids, self.titles) = (into, placesDates, ids, titles)
            memo = titles.map { TitleHashMemo(hasher: $0) }
        }

        func keep(id: UnsafeBufferPointer<UInt8>, at p: Int) {
            guard let ids, !id.isEmpty else { return }
            into.idHashes[p] = idHash(id, ids)
            into.shortIds[p] = ShortId(id)
        }

        mutating func keep(stamp: SameHappening.Stamp, title: UnsafeBufferPointer<UInt8>, at p: Int) {
            if placesDates, stamp.start.isDay { dates.append((p, stamp)) }
            guard titles != nil else { return }
            into.stamps[p] = stamp
            keep(title: title, at: p)
        }

        mutating func keep(title: UnsafeBufferPointer<UInt8>, at p: Int) {
            guard let titles else { return }
            into.titleHashes[p] = memo!.foldedHash(title, scratch: &scratch) { MergeFacts.titleHash($0, titles, &$1) }
        }

        /// The ids and times the first pass kept (by file index), written by position.
        mutating func take(_ kept: FirstPassFacts, order: [Int32]?) {
            for i in 0..<kept.count {
                let p = order.map { Int($0[i]) } ?? i
                into.idHashes[p] = kept.idHashes[i]
                into.shortIds[p] = kept.shortIds[i]
                let stamp = kept.stamps[i]
                if placesDates, stamp.start.isDay { dates.append((p, stamp)) }
                if titles != nil { into.stamps[p] = stamp }
            }
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
