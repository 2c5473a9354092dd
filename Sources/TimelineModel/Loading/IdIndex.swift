#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds repeated event ids without making a Swift `String` per event: each id is hashed
/// from its bytes (its decoded text when it holds escapes) into an open-addressing table
/// of hashes and places; texts are compared only when hashes are equal. Hashes are
/// Swift's seeded SipHash, so a hostile file cannot line up collisions.
struct IdIndex {
    private struct Slot {
        var hash: Int
        /// The opening quote of the id's first use; -1 for an empty slot.
        var offset: Int
    }

    private var slots = [Slot](repeating: Slot(hash: 0, offset: -1), count: 1024)
    private var count = 0

    /// Records the id `token`; returns the place of an earlier use of the same id, if any.
    mutating func insert(_ token: StringToken, in cursor: JSONCursor) -> Int? {
        let hash = IdIndex.hash(token, cursor)
        if count * 2 >= slots.count { grow() }
        let mask = slots.count - 1
        var i = hash & mask
        while slots[i].offset >= 0 {
            if slots[i].hash == hash && IdIndex.sameText(slots[i].offset, token, cursor) {
                return slots[i].offset
            }
            i = (i + 1) & mask
        }
        slots[i] = Slot(hash: hash, offset: token.quoteOffset)
        count += 1
        return nil
    }

    /// Whether any id in `other` is also in this index (`other` read from the same file).
    func sharesAnId(with other: IdIndex, in c: JSONCursor, fileEnd: Int) -> Bool {
        let mask = slots.count - 1
        for s in other.slots where s.offset >= 0 {
            var i = s.hash & mask
            while slots[i].offset >= 0 {
                if slots[i].hash == s.hash {
                    var cursor = JSONCursor(base: c.base, start: s.offset, end: fileEnd, endName: "file")
                    if let token = try? cursor.readString(), IdIndex.sameText(slots[i].offset, token, cursor) { return true }
                }
                i = (i + 1) & mask
            }
        }
        return false
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(hash: 0, offset: -1), count: old.count * 2)
        let mask = slots.count - 1
        for s in old where s.offset >= 0 {
            var i = s.hash & mask
            while slots[i].offset >= 0 { i = (i + 1) & mask }
            slots[i] = s
        }
    }

    private static func hash(_ t: StringToken, _ c: JSONCursor) -> Int {
        var hasher = Hasher()
        if t.needsDecoding {
            var text = c.string(t)
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        } else {
            hasher.combine(bytes: UnsafeRawBufferPointer(start: c.base + t.start, count: t.count))
        }
        return hasher.finalize()
    }

    /// Whether the string whose quote is at `offset` has the same text as `t`.
    private static func sameText(_ offset: Int, _ t: StringToken, _ c: JSONCursor) -> Bool {
        var other = JSONCursor(base: c.base, start: offset, end: c.end, endName: c.endName)
        guard let earlier = try? other.readString() else { return false }
        if !earlier.needsDecoding && !t.needsDecoding {
            return earlier.count == t.count && memcmp(c.base + earlier.start, c.base + t.start, t.count) == 0
        }
        return c.string(earlier) == c.string(t)
    }
}
