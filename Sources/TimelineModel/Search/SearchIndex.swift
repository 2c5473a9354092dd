/// A timeline's searchable text folded once, so that a search or a filter is a few byte
/// searches over whole buffers instead of a look at every event: what the viewer builds in
/// the background after its first screen (`build`), and then answers every search and
/// filter with (`FilterExpression.indices(in:among:index:)`).
///
/// Each field is folded exactly as `FoldedText` folds it for matching (case, accents,
/// width; JSON escapes decoded, an unknown field as its compact JSON), and laid out with
/// the other fields of its kind in one buffer per kind (`SearchIndex.Field`), each value
/// ended by a byte no folded text holds (`separator`), so a word is never found across
/// two values. A word is one `memmem` pass over a buffer; where it is found, the event is
/// told by the offsets of the events' values. The answers are those of matching each
/// event (the tests compare them): nothing is read again.
///
/// The events are folded in pieces, a few a core, in the store's reading order; a search
/// runs its pieces side by side too. The index holds the list it was built from: a
/// followed timeline (`GrownEventStore` over that list) is answered for its loaded events
/// by the index and for the events read since by matching them.
public final class SearchIndex: Sendable {
    /// The kinds of value, one buffer each: what a term asks for (`actor:` the actor,
    /// `tag:` the tags…); a plain word looks in all but `origins`.
    enum Field: Int, CaseIterable {
        case actor, kind, id, tags, sources, origins
        /// Title, text, quote and unknown fields: asked for only by a plain word.
        case prose
    }

    /// Ends each value in a buffer: never in UTF-8, so in no folded text and no word.
    static let separator: UInt8 = 0xFF

    /// The events the index was built for.
    let events: EventList
    let pieces: [SearchIndexPiece]

    init(events: EventList, pieces: [SearchIndexPiece]) {
        self.events = events
        self.pieces = pieces
    }

    /// How many events the index holds.
    public var count: Int { events.count }

    /// The bytes it keeps: folded text and offsets.
    public var byteCount: Int { pieces.reduce(0) { $0 + $1.byteCount } }

    /// Folds every event of `events` (on every core; a million events in about a second
    /// of processor time: docs/MEASURING.md).
    /// A followed file's list (`GrownEventStore`) gets the index of its loaded events: its
    /// new ones, and those appended while the index is built or after, are matched one by
    /// one (`positions`), so no search misses them and the index serves however the file grows.
    public static func build(_ events: EventList) -> SearchIndex {
        if let grown = events.store as? GrownEventStore { return build(EventList(store: grown.base)) }
        let store = events.store
        let n = events.count
        let order = store.readingOrder
        let count = n >= 20_000 ? 8 : 1
        let pieces = ConcurrentWork(count: count) { k in
            var builder = SearchIndexPiece.Builder()
            let range = n * k / count ..< n * (k + 1) / count
            for i in range {
                builder.add(order.map { Int($0[i]) } ?? i, from: store)
            }
            return builder.finish()
        }.run()
        return SearchIndex(events: events, pieces: pieces)
    }
}
