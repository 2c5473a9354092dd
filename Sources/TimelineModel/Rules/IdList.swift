/// Finds repeated event ids without a Swift `String` or a hash-table probe per event:
/// the scan appends each id's hash and place (in file order, so with no random memory
/// access), and afterwards the list is radix-sorted by hash; only ids with equal hashes
/// have their texts compared. The hash is seeded at random for each load, so a hostile
/// file cannot line up collisions in advance.
struct IdList {
    struct Entry {
        var hash: UInt64
        /// Where the id is, as the reader counts (the JSON reader: its opening quote).
        var offset: Int
    }

    let seed: UInt64
    private(set) var entries: [Entry] = []

    init(seed: UInt64 = UInt64.random(in: .min ... .max)) {
        self.seed = seed
    }

    mutating func append(_ token: StringToken, in c: JSONCursor) {
        entries.append(Entry(hash: hash(token, c), offset: token.quoteOffset))
    }

    /// Adds an id given as text, found at `offset`.
    mutating func append(_ id: String, at offset: Int) {
        var text = id
        entries.append(Entry(hash: text.withUTF8 { hash(UnsafeRawBufferPointer($0)) }, offset: offset))
    }

    /// Adds the ids of the part of the file that follows (hashed with the same seed), their
    /// places moved by `shift`.
    mutating func append(contentsOf other: IdList, shiftedBy shift: Int = 0) {
        guard shift != 0 else { return entries.append(contentsOf: other.entries) }
        entries.reserveCapacity(entries.count + other.entries.count)
        for var e in other.entries {
            e.offset += shift
            entries.append(e)
        }
    }

    /// Each repeated id as (its place, the place of its first use), in file order; `text`
    /// gives the id at a place.
    func repeats(text: (Int) -> String) -> [(offset: Int, first: Int)] {
        let sorted = RadixSort.sorted(entries, keyBits: 64, digitBits: 16) { $0.hash }
        var found: [(offset: Int, first: Int)] = []
        var i = 0
        while i < sorted.count {
            var j = i + 1
            while j < sorted.count && sorted[j].hash == sorted[i].hash { j += 1 }
            if j - i > 1 {
                // Equal hashes, in file order (the sort is stable): compare the texts.
                let texts = sorted[i..<j].map { text($0.offset) }
                for k in 1..<texts.count {
                    if let earlier = texts[0..<k].firstIndex(of: texts[k]) {
                        found.append((sorted[i + k].offset, sorted[i + earlier].offset))
                    }
                }
            }
            i = j
        }
        return found.sorted { $0.offset < $1.offset }
    }

    /// The id whose opening quote is at `offset` in a JSON file.
    static func text(at offset: Int, base: UnsafePointer<UInt8>, count: Int) -> String {
        var c = JSONCursor(base: base, start: offset, end: count, endName: "file")
        c.trusted = true
        guard let t = try? c.readString() else { return "" }
        return c.string(t)
    }

    private func hash(_ t: StringToken, _ c: JSONCursor) -> UInt64 {
        if t.needsDecoding {
            var text = c.string(t)
            return text.withUTF8 { hash(UnsafeRawBufferPointer($0)) }
        }
        return hash(UnsafeRawBufferPointer(start: c.base + t.start, count: t.count))
    }

    private func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        SeededHash(seed: seed).hash(bytes)
    }
}
