/// Reading one scalar from raw UTF-8, checked: the one decoder the byte-level paths share
/// (the JSON reader's string scan, folding for search, measuring plain text).
///
/// Valid means what Unicode and Swift's `String(decoding:)` accept: shortest form, no
/// surrogates, nothing above U+10FFFF.
enum UTF8Scalar {
    /// The length of the valid sequence whose lead byte (≥ 0x80) is at `at`, or 0 when it
    /// is not valid or runs past `end`.
    @inline(__always)
    static func length(_ base: UnsafePointer<UInt8>, at: Int, end: Int) -> Int {
        @inline(__always) func next(_ i: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            at &+ i < end && base[at &+ i] >= low && base[at &+ i] <= high
        }
        switch base[at] {
        case 0xC2...0xDF: return next(1) ? 2 : 0
        case 0xE0: return next(1, 0xA0) && next(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE, 0xEF: return next(1) && next(2) ? 3 : 0
        case 0xED: return next(1, 0x80, 0x9F) && next(2) ? 3 : 0
        case 0xF0: return next(1, 0x90) && next(2) && next(3) ? 4 : 0
        case 0xF1...0xF3: return next(1) && next(2) && next(3) ? 4 : 0
        case 0xF4: return next(1, 0x80, 0x8F) && next(2) && next(3) ? 4 : 0
        default: return 0
        }
    }

    /// The scalar whose lead byte (≥ 0x80) is at `at`, and its length; nil when the
    /// sequence is not valid.
    @inline(__always)
    static func decode(_ base: UnsafePointer<UInt8>, at: Int, end: Int) -> (value: UInt32, length: Int)? {
        let n = length(base, at: at, end: end)
        guard n > 0 else { return nil }
        var v = UInt32(base[at]) & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07)
        for j in 1..<n { v = v << 6 | UInt32(base[at &+ j] & 0x3F) }
        return (v, n)
    }

    /// How many bytes from `at` (where `length` is 0) show as one U+FFFD: the maximal
    /// subpart of a sequence (Unicode's "best practice", what `String(decoding:)` does).
    static func invalidLength(_ base: UnsafePointer<UInt8>, at: Int, end: Int) -> Int {
        let needed: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch base[at] {
        case 0xC2...0xDF: needed = 1
        case 0xE0: needed = 2; low = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: needed = 2
        case 0xED: needed = 2; high = 0x9F
        case 0xF0: needed = 3; low = 0x90
        case 0xF1...0xF3: needed = 3
        case 0xF4: needed = 3; high = 0x8F
        default: return 1
        }
        var n = 1
        while n <= needed, at + n < end, base[at + n] >= low, base[at + n] <= high {
            n += 1
            low = 0x80
            high = 0xBF
        }
        return n
    }
}
