/// What a merge reads of one file's events, on a core of its own (`TimelineMerge` runs one
/// a file at the same time), in the order that reads the file fastest and without decoding
/// events where the store can help: each id's hash (to find the ids two files share),
/// each title's hash once folded and its time as the duplicate rule compares it (to find
/// the same happening in two files). (A day-only event keeps its file's sort instant: the
/// end of its day in its own file's zone, the zone it stays a day in.)
struct MergeFacts: Sendable {
    /// Each event's id hash, by position; `noId` when it has none.
    var idHashes: [UInt64] = []
    /// Each event's id when short, by position (as `idHashes`).
    var shortIds: [ShortId] = []
    /// Each event's folded title's hash, by position (empty unless asked for).
    var titleHashes: [UInt64] = []
    /// Each event's time as `SameHappening` compares it, by position (as `titleHashes`).
    var stamps: [SameHappening.Stamp] = []

    static let noId: UInt64 = 0

    init(_ timeline: Timeline, ids: SeededHash?, titles: SeededHash?) {
        let store = timeline.events.store
        let count = store.count
        if ids != nil {
            idHashes = Array(repeating: Self.noId, count: count)
            shortIds = Array(repeating: .tooLong, count: count)
        }
        if titles != nil {
            titleHashes = Array(repeating: 0, count: count)
            stamps = Array(repeating: SameHappening.Stamp(time: .day(CivilDate(daysSinceEpoch: 0)), precision: .day, hasEnd: false),
                           count: count)
        }
        guard ids != nil || titles != nil else { return }
        // Written through pointers: a million events each write four arrays.
        idHashes.withUnsafeMutableBufferPointer { idHashes in
            shortIds.withUnsafeMutableBufferPointer { shortIds in
                titleHashes.withUnsafeMutableBufferPointer { titleHashes in
                    stamps.withUnsafeMutableBufferPointer { stamps in
                        let into = Into(idHashes: idHashes, shortIds: shortIds, titleHashes: titleHashes, stamps: stamps)
                        Self.read(store, into: into, ids: ids, titles: titles)
                    }
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

    /// Reads what `init` keeps of each event of `store`, in its reading order.
    private static func read(_ store: any EventStore, into: Into, ids: SeededHash?, titles: SeededHash?) {
        let readsEvents = titles != nil
        let order = store.readingOrder
        var scratch = [UInt8](repeating: 0, count: 256)
        var memo = titles.map { TitleHashMemo(hasher: $0) }
        func keep(id: UnsafeBufferPointer<UInt8>, at p: Int, _ ids: SeededHash) {
            // 0 means "no id": a real id hashing to 0 is moved to 1 (texts are compared on
            // equal hashes anyway).
            if !id.isEmpty {
                into.idHashes[p] = max(ids.hash(id), 1)
                into.shortIds[p] = ShortId(id)
            }
        }
        func keep(stamp: SameHappening.Stamp, title: UnsafeBufferPointer<UInt8>, at p: Int) {
            guard let titles else { return }
            into.stamps[p] = stamp
            into.titleHashes[p] = memo!.foldedHash(title) { Self.titleHash($0, titles, &scratch) }
        }
        if let ids, readsEvents, let file = store as? RecordFileStore {
            return file.eachIdStampAndTitle { p, id, stamp, title in
                keep(id: id, at: p, ids)
                keep(stamp: stamp, title: title, at: p)
            }
        }
        for i in 0..<store.count {
            let p = order.map { Int($0[i]) } ?? i
            switch (ids, readsEvents) {
            case (let ids?, true):
                store.withIdStampAndTitle(at: p) { id, stamp, title in
                    keep(id: id, at: p, ids)
                    keep(stamp: stamp, title: title, at: p)
                }
            case (let ids?, false):
                store.withId(at: p) { keep(id: $0, at: p, ids) }
            case (nil, _):
                store.withStampAndTitle(at: p) { keep(stamp: $0, title: $1, at: p) }
            }
        }
    }

    /// The hash of `title` folded (`FoldedTitleBytes.comparedTitle`), from its bytes when it can.
    static func titleHash(_ title: UnsafeBufferPointer<UInt8>, _ hasher: SeededHash, _ scratch: inout [UInt8]) -> UInt64 {
        if let count = FoldedTitleBytes.fold(title, reusing: &scratch) {
            return scratch.withUnsafeBufferPointer { hasher.hash(UnsafeBufferPointer(rebasing: $0[..<count])) }
        }
        return hasher.hash(FoldedTitleBytes.comparedTitle(String(decoding: title, as: UTF8.self)))
    }
}
