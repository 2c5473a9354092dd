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
        let highs: UInt64 = 0x8080_8080_8080_8080
        let end = bytes.count
        var quoting = Quoting.none
        // Bytes before `next` are checked (a scalar may run on into the next word).
        var next = 0
        var i = 0
        while i &+ 8 <= end {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            guard plainWord(w, at: i, flags: highs, base, end: end, lineFeeds: lineFeeds, next: &next, quoting: &quoting) else {
                return nil
            }
            i &+= 8
        }
        guard i < end else { return quoting }
        // The last bytes as one word too: the eight that end the text, those seen masked
        // out, or the few there are, the rest of the word masked out.
        if end >= 8 {
            let from = end &- 8
            let w = UnsafeRawPointer(base + from).loadUnaligned(as: UInt64.self)
            let flags = highs << UInt64(truncatingIfNeeded: (i &- from) &* 8)
            guard plainWord(w, at: from, flags: flags, base, end: end, lineFeeds: lineFeeds, next: &next, quoting: &quoting) else {
                return nil
            }
        } else {
            var w: UInt64 = 0
            withUnsafeMutableBytes(of: &w) { $0.baseAddress!.copyMemory(from: base, byteCount: end) }
            let flags = highs >> UInt64(truncatingIfNeeded: (8 &- end) &* 8)
            guard plainWord(w, at: 0, flags: flags, base, end: end, lineFeeds: lineFeeds, next: &next, quoting: &quoting) else {
                return nil
            }
        }
        return quoting
    }

    /// Checks the word `w`, the bytes at `at` of `base`, where `flags` has the high bit of
    /// each byte to look at: false when `SafeText` might change a scalar starting there.
    /// Every byte that may matter (not ASCII, a control, DEL, a quote, until one is found a
    /// comma) is looked at in turn without leaving the word.
    @inline(__always)
    private static func plainWord(
        _ w: UInt64, at i: Int, flags: UInt64, _ base: UnsafePointer<UInt8>, end: Int, lineFeeds: Bool,
        next: inout Int, quoting: inout Quoting
    ) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        // A flag may be false only above a real one: each flagged byte is looked at again,
        // exactly, and none that matters goes unflagged.
        var special = w | ((w &- ones &* 0x20) & ~w) | has(w, 0x7F) | has(w, 0x22)
        if quoting == .none { special |= has(w, 0x2C) }
        special &= flags
        while special != 0 {
            let j = i &+ special.trailingZeroBitCount >> 3
            special &= special &- 1
            guard j >= next else { continue }
            let c = base[j]
            if c < 0x80 {
                if c == 0x0A && lineFeeds {
                    quoting = max(quoting, .quoted)
                } else {
                    guard c >= 0x20 && c < 0x7F else { return false }
                    if c == 0x22 { quoting = .doubled } else if c == 0x2C { quoting = max(quoting, .quoted) }
                }
                next = j &+ 1
            } else {
                guard let n = plainScalarLength(base, at: j, end: end) else { return false }
                next = j &+ n
            }
        }
        return true
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
