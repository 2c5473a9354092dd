/// Runs of bytes a CSV walk passes over unread: it looks at 8 bytes at a time for the few
/// it stops at (a quote, a separator, a line end; non-ASCII, whose UTF-8 it checks), so
/// that the text of a cell costs a load and a test for each 8 bytes.
enum PlainBytes {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether a byte of `word` is `byte` (exact: no false answer either way).
    @inline(__always)
    private static func has(_ word: UInt64, _ byte: UInt8) -> Bool {
        let v = word ^ (ones &* UInt64(byte))
        return (v &- ones) & ~v & highs != 0
    }

    /// The first position from `pos` (before `end`) that may hold a byte of `a`, `b`, `c`,
    /// `d` or, when `ascii`, a byte over 0x7F; a position 8 bytes at a time, so the byte
    /// there may be none of them (the caller reads on byte by byte). `end` when none is left.
    @inline(__always)
    static func skip(_ base: UnsafePointer<UInt8>, from pos: Int, end: Int, _ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8,
                     ascii: Bool) -> Int {
        var p = pos
        let raw = UnsafeRawPointer(base)
        while p + 8 <= end {
            let w = raw.loadUnaligned(fromByteOffset: p, as: UInt64.self)
            if (ascii && w & highs != 0) || has(w, a) || has(w, b) || has(w, c) || has(w, d) { return p }
            p += 8
        }
        return p
    }
}
