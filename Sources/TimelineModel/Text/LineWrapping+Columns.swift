extension LineWrapping {
    /// `appendSimpleLines`'s layout found a line at a time instead of a word at a time, for
    /// text with one space between words and none at either end (nearly every title; a
    /// merged line's `[source] ` tag makes most of them wrap). There a line's columns are
    /// its scalars' columns, spaces included, so the greedy layout of `lines` ends each line
    /// at the last space within its columns where it may break (not before a word that
    /// sticks back, not after a lone `«`), or, for a word wider than the line, at the first
    /// one after it. Columns are counted eight bytes at a time as `appendSimpleLines` does.
    ///
    /// False, having written nothing, for text with two spaces in a row or a space at
    /// either end (there `lines` counts a run of spaces as one column): lay it out by words.
    ///
    /// `measured`: what the caller knows of the text's columns already, so that they are
    /// not counted again (see `Measured`).
    ///
    /// `continuing`: the text goes on a line whose start (with one space at its end and
    /// none in a row, `first` columns left after it) the caller wrote already, so that a
    /// merged line's tag and actor are not copied to be laid out with the title. Also
    /// false, having written nothing, when that line would end at or before that space:
    /// only the caller, holding the start, can lay it out then.
    static func appendLinesByColumns<Out: ByteSink>(_ text: UnsafeBufferPointer<UInt8>, first: Int, rest: Int, indent: Int,
                                                    exactWidths: Bool, measured: Measured? = nil, continuing: Bool = false,
                                                    to out: inout Out) -> Bool {
        let end = text.count
        guard let base = text.baseAddress, end > 0, base[0] != 0x20, base[end - 1] != 0x20,
              !hasDoubleSpace(base, count: end) else { return false }
        @inline(__always) func columns(at i: Int) -> Int { scalarColumns(text, at: i, exactWidths: exactWidths) }
        /// The lead byte of the first scalar from `start` past `limit` columns (`end` when
        /// all the rest fits), and the columns before it; `used` columns are taken already.
        @inline(__always) func overflow(from start: Int, used taken: Int = 0, limit: Int) -> (at: Int, used: Int) {
            var used = taken
            var i = start
            while i < end {
                if i + 8 <= end {
                    let chunk = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    // As in `appendSimpleLines`: no byte that may start a wide scalar (with
                    // exact widths, ASCII only), then a column a lead byte.
                    let unsure = exactWidths ? chunk & 0x8080_8080_8080_8080
                                             : chunk & (chunk << 1) & (chunk << 2) & 0x8080_8080_8080_8080
                    if unsure == 0 {
                        let continuations = chunk & ~(chunk << 1) & 0x8080_8080_8080_8080
                        let n = 8 - highBitCount(continuations)
                        if used + n <= limit {
                            used += n
                            i += 8
                            continue
                        }
                        // One column a lead byte: the first that does not fit is the
                        // (limit - used + 1)-th lead byte of these eight.
                        var leads = 0x8080_8080_8080_8080 & ~continuations
                        for _ in 0..<(limit - used) { leads &= leads &- 1 }
                        return (i + leads.trailingZeroBitCount / 8, limit)
                    }
                }
                if base[i] & 0xC0 != 0x80 {
                    let w = columns(at: i)
                    if used + w > limit { return (i, used) }
                    used += w
                }
                i += 1
            }
            return (end, used)
        }
        /// The columns of the scalars whose lead bytes lie in `from..<to`.
        @inline(__always) func columns(from: Int, to: Int) -> Int {
            var n = 0
            for i in from..<to where base[i] & 0xC0 != 0x80 { n += columns(at: i) }
            return n
        }
        /// Whether a line may end at the space at `p`: the word after it does not stick
        /// back (`»`, short `:` `;` `!` `?`) and the word before it is not a lone `«`.
        @inline(__always) func mayBreak(at p: Int) -> Bool {
            let c = base[p + 1]
            let second: UInt8 = p + 2 < end ? base[p + 2] : 0
            var scalars = 0
            var k = p + 1
            while k < end && base[k] != 0x20 && scalars <= 3 {
                if base[k] & 0xC0 != 0x80 { scalars += 1 }
                k += 1
            }
            if sticksBack(c, second, scalars: scalars) { return false }
            let loneOpening = p >= 2 && gluesNext(base[p - 2], base[p - 1]) && (p == 2 || base[p - 3] == 0x20)
            return !loneOpening
        }
        var start = 0
        var limit = max(1, first)
        var lines = 0
        // The measured start of the text, when it fits on the first line, is not counted.
        let known = measured.map { $0.before.columns <= limit ? $0.before : (bytes: 0, columns: 0) } ?? (bytes: 0, columns: 0)
        while true {
            let (q, used) = lines == 0 ? overflow(from: known.bytes, used: known.columns, limit: limit)
                                       : overflow(from: start, limit: limit)
            var stop = q
            if q < end {
                // Back from the overflow to a space where the line may end…
                while stop > start && !(base[stop] == 0x20 && mayBreak(at: stop)) { stop -= 1 }
                if stop == start {
                    // A written start ends at a space where the line may end, or before.
                    if continuing && lines == 0 { return false }
                    // …or, for a word wider than the line, on to the first one after it.
                    stop = q
                    while stop < end && !(base[stop] == 0x20 && mayBreak(at: stop)) { stop += 1 }
                }
            }
            if lines > 0 { appendSpaces(indent, to: &out) }
            out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: stop - start))
            out.append(0x0A)
            lines += 1
            guard stop < end else { return true }
            if lines == 1, let measured, stop <= q,
               measured.columns - (used - columns(from: stop, to: q)) - 1 <= max(1, rest) {
                // The rest, its columns known from the whole's, fits on the second line.
                appendSpaces(indent, to: &out)
                out.append(contentsOf: UnsafeBufferPointer(start: base + stop + 1, count: end - stop - 1))
                out.append(0x0A)
                return true
            }
            start = stop + 1
            limit = max(1, rest)
        }
    }

    /// What a caller of `appendLinesByColumns` measured of its text already (a merged line:
    /// its tag, actor and title, `VerbatimLineText`): the columns of the whole, and the
    /// bytes and columns of a start of it that ends between two scalars. Columns are
    /// counted as the layout counts them (`scalarColumns`).
    struct Measured {
        var columns: Int
        var before: (bytes: Int, columns: Int)
    }

    /// How many bytes of `x` have their high bit set, in a mask that has no other bit set
    /// (without a `popcnt` instruction, which the build does not assume).
    @inline(__always)
    static func highBitCount(_ x: UInt64) -> Int {
        Int(truncatingIfNeeded: ((x >> 7) &* 0x0101_0101_0101_0101) >> 56)
    }

    /// 64 spaces in static memory (appending a repeated element goes a byte at a time).
    private static let spaces: StaticString = "                                                                "

    /// Appends `n` spaces.
    @inline(__always)
    static func appendSpaces<Out: ByteSink>(_ n: Int, to out: inout Out) {
        var left = n
        while left > 0 {
            let k = min(left, spaces.utf8CodeUnitCount)
            out.append(contentsOf: UnsafeBufferPointer(start: spaces.utf8Start, count: k))
            left -= k
        }
    }

    /// Whether `count` bytes at `base` hold two spaces in a row: eight bytes read seven
    /// apart, so that each two bytes in a row are read together once.
    @inline(__always)
    static func hasDoubleSpace(_ base: UnsafePointer<UInt8>, count: Int) -> Bool {
        var i = 0
        while i + 8 <= count {
            let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) ^ 0x2020_2020_2020_2020
            // A zero byte for each byte that is a space and the next one too (the eighth has
            // no next here: the next read starts at it).
            let pairs = x | (x >> 8) | 0xFF00_0000_0000_0000
            if (pairs &- 0x0101_0101_0101_0101) & ~pairs & 0x8080_8080_8080_8080 != 0 { return true }
            i += 7
        }
        while i + 1 < count {
            if base[i] == 0x20 && base[i + 1] == 0x20 { return true }
            i += 1
        }
        return false
    }
}
