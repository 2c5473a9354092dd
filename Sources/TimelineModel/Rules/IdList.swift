/// Finds repeated event ids without a Swift `String` or a hash-table probe per event:
/// the scan appends each id's hash and place (in file order, so with no random memory
/// access), and afterwards two bit tables pick out the few hashes that may repeat; only
/// ids with equal hashes have their texts compared. The hash is seeded at random for each
/// load, so a hostile file cannot line up collisions in advance.
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

    var count: Int { entries.count }

    /// Makes room for `capacity` ids in all.
    mutating func reserveCapacity(_ capacity: Int) {
        entries.reserveCapacity(capacity)
    }

    mutating func append(_ token: StringToken, in c: JSONCursor) {
        entries.append(Entry(hash: hash(token, c), offset: token.quoteOffset))
    }

    /// Adds an id given as text, found at `offset`.
    mutating func append(_ id: String, at offset: Int) {
        var text = id
        entries.append(Entry(hash: text.withUTF8 { hash(UnsafeRawBufferPointer($0)) }, offset: offset))
    }

    /// Adds an id given as the file's bytes, found at `offset`.
    mutating func append(_ bytes: UnsafeRawBufferPointer, at offset: Int) {
        entries.append(Entry(hash: hash(bytes), offset: offset))
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
    ///
    /// Two bit tables indexed by the top bits of each hash (32 slots an id) mark the slots
    /// seen once and those seen again; only the ids in a slot seen again (a few per cent,
    /// all of them when ids repeat) are sorted by hash, and only equal hashes have their
    /// texts compared.
    func repeats(text: (Int) -> String) -> [(offset: Int, first: Int)] {
        let n = entries.count
        guard n > 1 else { return [] }
        let slotBits = min(28, Int.bitWidth - (n - 1).leadingZeroBitCount + 5)
        let shift = UInt64(64 - slotBits)
        let words = max(1, (1 << slotBits) >> 6)
        var once = [UInt64](repeating: 0, count: words)
        var again = [UInt64](repeating: 0, count: words)
        var candidates: [(hash: UInt64, index: Int)] = []
        once.withUnsafeMutableBufferPointer { once in
            again.withUnsafeMutableBufferPointer { again in
                entries.withUnsafeBufferPointer { entries in
                    for e in entries {
                        let slot = Int(truncatingIfNeeded: e.hash >> shift)
                        let bit: UInt64 = 1 << UInt64(slot & 63)
                        if once[slot >> 6] & bit != 0 { again[slot >> 6] |= bit } else { once[slot >> 6] |= bit }
                    }
                    for (i, e) in entries.enumerated() {
                        let slot = Int(truncatingIfNeeded: e.hash >> shift)
                        if again[slot >> 6] & (1 << UInt64(slot & 63)) != 0 { candidates.append((e.hash, i)) }
                    }
                }
            }
        }
        // Equal hashes together, in file order (entries are).
        candidates.sort { $0.hash != $1.hash ? $0.hash < $1.hash : $0.index < $1.index }
        var found: [(offset: Int, first: Int)] = []
        var i = 0
        while i < candidates.count {
            var j = i + 1
            while j < candidates.count && candidates[j].hash == candidates[i].hash { j += 1 }
            if j - i > 1 {
                // Equal hashes: compare the texts; each id names its first use.
                var firstUse: [String: Int] = [:]
                for k in i..<j {
                    let offset = entries[candidates[k].index].offset
                    let t = text(offset)
                    if let first = firstUse[t] { found.append((offset, first)) } else { firstUse[t] = offset }
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
