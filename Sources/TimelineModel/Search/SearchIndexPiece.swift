/// A run of events of a `SearchIndex` (a few a core): for each kind of value, the events'
/// values folded one after another, each ended by `SearchIndex.separator`, and where each
/// event's values start.
struct SearchIndexPiece: Sendable {
    /// The timeline position of each event of the piece, in the order folded.
    let positions: [Int32]
    /// By `SearchIndex.Field`: the folded values.
    let texts: [[UInt8]]
    /// By `SearchIndex.Field`: where the values of the piece's `e`-th event start in its
    /// text (and, at `e + 1`, end); one more than the events.
    let starts: [[UInt32]]

    var count: Int { positions.count }

    var byteCount: Int {
        positions.count * 4 + texts.reduce(0) { $0 + $1.count } + starts.reduce(0) { $0 + $1.count * 4 }
    }

    /// Folds events one by one into a piece.
    struct Builder {
        private var positions: [Int32] = []
        private var texts = [[UInt8]](repeating: [], count: SearchIndex.Field.allCases.count)
        private var starts = [[UInt32]](repeating: [0], count: SearchIndex.Field.allCases.count)
        private var values = EventValues()
        private var memo = FoldMemo()

        /// Folds the event at `position` of `store` (read as a writer reads it, `values(at:)`:
        /// the same text as the event's).
        mutating func add(_ position: Int, from store: any EventStore) {
            store.values(at: position, into: &values)
            positions.append(Int32(position))
            let v = values
            append(v.actor, to: .actor)
            append(v.kind, to: .kind)
            append(v.id, to: .id)
            for tag in v.tags { append(tag, to: .tags) }
            for source in v.sources {
                append(source.name, to: .sources)
                append(source.url, to: .sources)
            }
            for origin in v.origins { append(.text(origin), to: .origins) }
            append(v.title, to: .prose)
            append(v.text, to: .prose)
            append(v.quote?.text, to: .prose)
            for extra in v.extraFields {
                append(extra.name, to: .prose)
                append(extra.json, to: .prose)
            }
            for f in texts.indices { starts[f].append(UInt32(truncatingIfNeeded: texts[f].count)) }
        }

        private mutating func append(_ value: TextValue?, to field: SearchIndex.Field) {
            guard let value else { return }
            let f = field.rawValue
            value.withUTF8 { raw in Self.fold(raw, into: &texts[f], memo: &memo) }
            texts[f].append(SearchIndex.separator)
        }

        /// Appends `raw` folded as `FoldedText` folds it for matching: ASCII lower-cased,
        /// other text through `FoldMemo` (the whole text folded by Foundation, piece by
        /// piece), and lower-cased after, as matching compares.
        static func fold(_ raw: UnsafeBufferPointer<UInt8>, into out: inout [UInt8], memo: inout FoldMemo) {
            let start = out.count
            var ascii = true
            for c in raw {
                if c >= 0x80 { ascii = false; break }
            }
            if ascii {
                out.append(contentsOf: raw)
            } else {
                memo.fold(raw)
                out.append(contentsOf: memo.folded)
            }
            out.withUnsafeMutableBufferPointer { b in
                for i in start..<b.count where b[i] &- 0x41 < 26 { b[i] &+= 0x20 }
            }
        }

        /// The piece, its buffers cut to their length.
        func finish() -> SearchIndexPiece {
            SearchIndexPiece(positions: positions, texts: texts.map(Self.trimmed), starts: starts.map(Self.trimmed))
        }

        private static func trimmed<T>(_ a: [T]) -> [T] {
            guard a.capacity > a.count + a.count / 16 else { return a }
            return [T](unsafeUninitializedCapacity: a.count) { b, n in
                _ = b.initialize(fromContentsOf: a)
                n = a.count
            }
        }
    }
}
