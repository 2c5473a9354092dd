/// A fast multiply–xorshift hash of bytes, eight at a time, seeded so that a hostile file
/// cannot line up collisions in advance: what finds repeated ids (`IdList`) and the ids and
/// titles two merged files share (`TimelineMerge`). Equal hashes prove nothing: callers
/// compare the texts.
struct SeededHash: Sendable {
    let seed: UInt64

    init(seed: UInt64 = UInt64.random(in: .min ... .max)) {
        self.seed = seed
    }

    func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h = seed ^ (UInt64(bytes.count) &* k)
        var i = 0
        let n = bytes.count
        while i + 8 <= n {
            h = (h ^ bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* k
            h ^= h >> 29
            i += 8
        }
        h = (h ^ Self.tail(bytes, after: i)) &* k
        h ^= h >> 32
        h = h &* 0xD6E8_FEB8_6659_FD93
        h ^= h >> 32
        return h
    }

    /// The bytes of `bytes` after `start` (fewer than eight) as one word, 0 when there are
    /// none: the last eight read at once when there are eight (overlapping the word before
    /// them; the length, mixed in first, tells the two apart), a short text's byte by byte.
    static func tail(_ bytes: UnsafeRawBufferPointer, after start: Int) -> UInt64 {
        let n = bytes.count
        guard start < n else { return 0 }
        if n >= 8 { return bytes.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        for i in start..<n {
            tail |= UInt64(bytes[i]) << shift
            shift += 8
        }
        return tail
    }

    func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        hash(UnsafeRawBufferPointer(bytes))
    }

    func hash(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { hash($0) }
    }
}
