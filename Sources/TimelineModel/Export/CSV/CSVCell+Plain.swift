extension CSVCell {
    /// For a value's UTF-8 from a loaded file: nil when `SafeText.neutralise` might change
    /// it (a control, format or unprintable character; a line feed is kept where
    /// `lineFeeds`, as neutralising keeps it when it keeps line breaks), else how the cell
    /// is quoted (`quoting`). One pass, eight bytes at a time: every byte of a word that
    /// may matter (not ASCII, a control, DEL, a quote, until one is found a comma) is
    /// looked at in turn without leaving the word, so that an accented letter costs a look
    /// at its first byte, not a new pass from it.
    static func plainQuoting(_ bytes: UnsafeBufferPointer<UInt8>, lineFeeds: Bool = false) -> Quoting? {
        guard let base = bytes.baseAddress else { return Quoting.none }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let end = bytes.count
        var quoting = Quoting.none
        // Bytes before `next` are checked (a scalar may run on into the next word).
        var next = 0
        var i = 0
        while i &+ 8 <= end {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            // A flag may be false only above a real one: each flagged byte is looked at
            // again, exactly, and none that matters goes unflagged.
            var special = w | ((w &- ones &* 0x20) & ~w) | has(w, 0x7F) | has(w, 0x22)
            if quoting == .none { special |= has(w, 0x2C) }
            special &= highs
            while special != 0 {
                let j = i &+ special.trailingZeroBitCount >> 3
                special &= special &- 1
                guard j >= next else { continue }
                guard let n = plainLength(base, at: j, end: end, lineFeeds: lineFeeds, quoting: &quoting) else { return nil }
                next = j &+ n
            }
            i &+= 8
        }
        i = max(i, next)
        while i < end {
            guard let n = plainLength(base, at: i, end: end, lineFeeds: lineFeeds, quoting: &quoting) else { return nil }
            i &+= n
        }
        return quoting
    }

    /// The length of the scalar at `at` when `SafeText` keeps it (raising `quoting` for a
    /// quote, a comma or a kept line feed), else nil.
    @inline(__always)
    private static func plainLength(
        _ base: UnsafePointer<UInt8>, at i: Int, end: Int, lineFeeds: Bool, quoting: inout Quoting
    ) -> Int? {
        let c = base[i]
        guard c < 0x80 else { return plainScalarLength(base, at: i, end: end) }
        if c == 0x0A && lineFeeds {
            quoting = max(quoting, .quoted)
        } else {
            guard c >= 0x20 && c < 0x7F else { return nil }
            if c == 0x22 { quoting = .doubled } else if c == 0x2C { quoting = max(quoting, .quoted) }
        }
        return 1
    }

    /// The length of the scalar at `at` (not ASCII) when `SafeText` keeps it wherever it
    /// stands, else nil. Latin letters and typographic punctuation (the ranges of
    /// `DisplayWidth.simpleWidth`) without a table; the rest by `SafeText.mayChange`.
    @inline(__always)
    private static func plainScalarLength(_ base: UnsafePointer<UInt8>, at i: Int, end: Int) -> Int? {
        let c = base[i]
        if c >= 0xC3 && c <= 0xCB && i &+ 1 < end { return 2 }
        if c == 0xC2 && i &+ 1 < end && base[i &+ 1] >= 0xA0 && base[i &+ 1] != 0xAD { return 2 }
        if c == 0xE2 && i &+ 2 < end {
            let b1 = base[i &+ 1]
            let b2 = base[i &+ 2]
            if b1 == 0x80 ? (b2 >= 0x90 && b2 <= 0xA7) || b2 >= 0xB0 : b1 == 0x81 && b2 <= 0x9E { return 3 }
        }
        guard let (v, n) = UTF8Scalar.decode(base, at: i, end: end), !SafeText.mayChange(v) else { return nil }
        return n
    }
}
