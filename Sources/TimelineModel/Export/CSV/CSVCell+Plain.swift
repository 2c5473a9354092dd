extension CSVCell {
    /// For a value's UTF-8 from a loaded file: nil when `SafeText.neutralise` might change
    /// it (a control, format or unprintable character; a line feed is kept where
    /// `lineFeeds`, as neutralising keeps it when it keeps line breaks), else how the cell
    /// is quoted (`quoting`). One pass, eight bytes at a time over printable ASCII, instead
    /// of one to check the text and one to look for quotes.
    static func plainQuoting(_ bytes: UnsafeBufferPointer<UInt8>, lineFeeds: Bool = false) -> Quoting? {
        guard let base = bytes.baseAddress else { return Quoting.none }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let end = bytes.count
        var quoting = Quoting.none
        var i = 0
        while i < end {
            if i &+ 8 <= end {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                // Not ASCII, a control, DEL, a quote, or (until one is found) a comma: look
                // at the first such byte (a flag may be false only above a real one).
                var special = w | ((w &- ones &* 0x20) & ~w) | has(w, 0x7F) | has(w, 0x22)
                if quoting == .none { special |= has(w, 0x2C) }
                special &= highs
                if special == 0 {
                    i &+= 8
                    continue
                }
                i &+= special.trailingZeroBitCount >> 3
            }
            let c = base[i]
            if c < 0x80 {
                if c == 0x0A && lineFeeds {
                    quoting = max(quoting, .quoted)
                } else {
                    guard c >= 0x20 && c < 0x7F else { return nil }
                    if c == 0x22 { quoting = .doubled } else if c == 0x2C { quoting = max(quoting, .quoted) }
                }
                i &+= 1
            } else {
                guard let n = plainScalarLength(base, at: i, end: end) else { return nil }
                i &+= n
            }
        }
        return quoting
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
