extension DisplayWidth {
    /// The columns of valid UTF-8 that `SafeText` leaves unchanged and in which every
    /// scalar is one column, or two exactly when `isWide` says so from its first two bytes:
    /// plain text (see `simpleWidth`), Vietnamese letters (ễ), CJK, kana, Hangul syllables
    /// and most emoji (😀 🔥 ✅ 漢 👍🏽). Nil for anything else: controls, zero-width
    /// scalars (combining marks, joiners, variation selectors), one-column symbols from
    /// blocks where `isWide` guesses two (★ 🇫).
    ///
    /// The byte paths then measure and wrap such text a lead byte at a time (`isWide`),
    /// giving what `of` gives.
    static func plainWidth(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        if let n = simpleWidth(bytes) { return n }
        guard let base = bytes.baseAddress else { return 0 }
        var columns = 0
        var i = 0
        let end = bytes.count
        while i < end {
            let c = bytes[i]
            if c < 0x80 {
                guard c >= 0x20 && c < 0x7F else { return nil }
                columns += 1
                i += 1
                continue
            }
            guard let (v, length) = UTF8Scalar.decode(base, at: i, end: end) else { return nil }
            let predicted = length >= 3 && isWide(lead: c, next: bytes[i + 1]) ? 2 : 1
            guard WidthTable.columns(v) == predicted, !SafeText.mayChange(v) else { return nil }
            columns += predicted
            i += length
        }
        return columns
    }

    /// Whether the scalar whose UTF-8 starts with `lead`, `next` is two columns, in text
    /// that `plainWidth` measured (which holds only scalars for which this is right).
    @inline(__always)
    static func isWide(lead: UInt8, next: UInt8) -> Bool {
        lead >= 0xE0 && lead != 0xE1 && !(lead == 0xE2 && (next == 0x80 || next == 0x81))
    }
}
