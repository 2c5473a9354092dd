extension DisplayWidth {
    /// The columns of valid UTF-8 that is plain (see `simpleWidth`) but for standalone wide
    /// characters: CJK ideographs, kana, Hangul syllables and emoji shown two columns wide
    /// (😀 🔥 ✅ 漢), each a grapheme cluster of its own. Nil for anything else: controls,
    /// combining marks, joiners, variation selectors, skin tones, flags, Hangul jamo.
    ///
    /// No plain character can join a neighbour into one cluster, so the width of any run is
    /// its scalar count plus one a wide character (`isWide`), joined with other such text
    /// or apart.
    static func plainWidth(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        if let n = simpleWidth(bytes) { return n }
        var columns = 0
        var i = 0
        let end = bytes.count
        while i < end {
            let c = bytes[i]
            let length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
            guard i + length <= end else { return nil }
            let one = UnsafeBufferPointer(rebasing: bytes[i..<(i + length)])
            if let n = simpleWidth(one) {
                columns += n
            } else {
                guard length >= 3, let s = scalar(one), isStandaloneWide(s) else { return nil }
                columns += 2
            }
            i += length
        }
        return columns
    }

    /// Whether the scalar whose UTF-8 starts with `lead`, `next` is two columns, in text
    /// that `plainWidth` measured.
    @inline(__always)
    static func isWide(lead: UInt8, next: UInt8) -> Bool {
        lead >= 0xE0 && !(lead == 0xE2 && (next == 0x80 || next == 0x81))
    }

    private static func isStandaloneWide(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        // Skin tones and regional indicators join their neighbours; leading jamo too.
        if (0x1F3FB...0x1F3FF).contains(v) || (0x1F1E6...0x1F1FF).contains(v) || (0x1100...0x115F).contains(v) {
            return false
        }
        // Plain punctuation (U+2000–U+207F) is never wide; `isWide` relies on it.
        if v >= 0x2000 && v < 0x2080 { return false }
        return of(s) == 2
    }

    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let s) = decoder.decode(&iterator), iterator.next() == nil else { return nil }
        return s
    }
}
