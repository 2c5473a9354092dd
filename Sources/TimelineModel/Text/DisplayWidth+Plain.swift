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
            guard let (length, predicted) = plainScalar(base, at: i, end: end) else { return nil }
            columns += predicted
            i += length
        }
        return columns
    }

    /// The length and columns of the scalar (not ASCII) whose UTF-8 starts at `i` when
    /// `plainWidth` takes it (its width is the one `isWide` guesses and `SafeText` leaves
    /// it as it is); nil when not.
    @inline(__always)
    static func plainScalar(_ base: UnsafePointer<UInt8>, at i: Int, end: Int) -> (length: Int, columns: Int)? {
        guard let (v, length) = UTF8Scalar.decode(base, at: i, end: end) else { return nil }
        let predicted = length >= 3 && isWide(lead: base[i], next: base[i + 1]) ? 2 : 1
        guard WidthTable.columns(v) == predicted, !SafeText.mayChange(v) else { return nil }
        return (length, predicted)
    }

    /// The length of the scalar (not ASCII) at `i` when `plainWidth` takes it, else nil:
    /// those `simpleWidth` takes told by their bytes (Latin letters, typographic
    /// punctuation), the others as `plainScalar`. For a pass over text that looks for
    /// something else at the same time (`WebText.plainEntityScan`).
    @inline(__always)
    static func plainScalarLength(_ base: UnsafePointer<UInt8>, at i: Int, end: Int) -> Int? {
        let c = base[i]
        if c >= 0xC2 && c <= 0xCB && i + 1 < end && (c != 0xC2 || (base[i + 1] >= 0xA0 && base[i + 1] != 0xAD)) { return 2 }
        if c == 0xE2 && i + 2 < end {
            let b1 = base[i + 1], b2 = base[i + 2]
            if b1 == 0x80 ? (b2 >= 0x90 && b2 <= 0xA7) || b2 >= 0xB0 : b1 == 0x81 && b2 <= 0x9E { return 3 }
        }
        return plainScalar(base, at: i, end: end)?.length
    }

    /// Whether the scalar whose UTF-8 starts with `lead`, `next` is two columns, in text
    /// that `plainWidth` measured (which holds only scalars for which this is right).
    @inline(__always)
    static func isWide(lead: UInt8, next: UInt8) -> Bool {
        lead >= 0xE0 && lead != 0xE1 && !(lead == 0xE2 && (next == 0x80 || next == 0x81))
    }
}
