/// How many terminal columns text takes, the one measure the screen and every export use.
///
/// **The rule: each scalar takes what `wcwidth` gives it (`WidthTable`), and text takes the
/// sum** (`wcswidth`): é « » ’ 1, 🔥 障 2, a combining accent, ZWJ or variation selector 0.
/// That is how ncursesw places the cursor: it adds `wcwidth` scalar by scalar and never
/// asks the terminal. So sequences count their parts: ❤️ (U+2764 U+FE0F) 1, 🇫🇷 2,
/// 👍🏽 4, 👨‍👩‍👧 6. The screen draws them so they take exactly that (see `Frame.put`:
/// a ZWJ or VS16 is not sent to the terminal, so no terminal can join the parts into a
/// glyph narrower or wider than ncurses counted).
///
/// Scalars the C library does not print (controls, code points newer than its Unicode)
/// are made visible before they are measured (`SafeText`); measured raw they count 0
/// (controls) or 1.
public enum DisplayWidth {
    /// The columns `text` takes.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var ascii = true
        for c in text.utf8 where c >= 0x80 { ascii = false; break }
        if ascii { return text.utf8.count }
        if let simple = ofSimple(text) { return simple }
        var n = 0
        for s in text.unicodeScalars { n &+= of(s) }
        return n
    }

    /// The columns one grapheme cluster takes: the sum of its scalars.
    public static func of(_ ch: Character) -> Int {
        var n = 0
        for s in ch.unicodeScalars { n &+= of(s) }
        return n
    }

    /// The columns one scalar takes.
    @inline(__always)
    public static func of(_ s: Unicode.Scalar) -> Int {
        let w = WidthTable.columns(s.value)
        if w >= 0 { return w }
        return s.value < 0xA0 ? 0 : 1
    }

    /// Whether the C library prints `s` (false for controls, noncharacters and code points
    /// unassigned in its Unicode): a terminal may draw those at any width, or not at all.
    @inline(__always)
    public static func isPrintable(_ s: Unicode.Scalar) -> Bool {
        WidthTable.columns(s.value) >= 0
    }

    /// The columns `text` takes when each of its characters is one column on its own
    /// (printable ASCII, Latin letters, typographic punctuation: é « » ’ — …): its scalar
    /// count. Nil for anything else (controls, combining marks, wide characters, emoji).
    public static func ofSimple<S: StringProtocol>(_ text: S) -> Int? {
        if let n = text.utf8.withContiguousStorageIfAvailable(simpleWidth) { return n }
        return Array(text.utf8).withUnsafeBufferPointer(simpleWidth)
    }

    /// How many scalars the valid UTF-8 `bytes` hold (the bytes that do not continue a
    /// scalar), eight bytes at a time: the columns of text `simpleWidth` took.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let end = bytes.count
        var continuations = 0
        var i = 0
        while i &+ 8 <= end {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            // `10xxxxxx`: the top bit set, the next one clear.
            continuations &+= (w & ~(w << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            i &+= 8
        }
        while i < end {
            if base[i] & 0xC0 == 0x80 { continuations &+= 1 }
            i &+= 1
        }
        return end &- continuations
    }

    /// `ofSimple` of valid UTF-8, read byte by byte (eight at a time through printable
    /// ASCII): most text from files is Latin with typographic punctuation, one column a
    /// scalar. Every scalar it takes is one column in `WidthTable` (a test checks them all).
    static func simpleWidth(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var scalars = 0
        var i = 0
        let end = bytes.count
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while i < end {
            if i &+ 8 <= end, let base = bytes.baseAddress {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                // No byte ≥ 0x80, none below 0x20, none equal to 0x7F: eight printable ASCII.
                let del = w ^ (ones &* 0x7F)
                if (w | ((w &- ones &* 0x20) & ~w) | ((del &- ones) & ~del)) & highs == 0 {
                    scalars &+= 8
                    i &+= 8
                    continue
                }
            }
            let c = bytes[i]
            if c < 0x80 {
                // Printable ASCII.
                guard c >= 0x20 && c < 0x7F else { return nil }
                i += 1
            } else if c >= 0xC2 && c <= 0xCB {
                // U+00A0–U+02FF, less the soft hyphen U+00AD (C2 AD), which `SafeText` shows.
                guard i + 1 < end, c != 0xC2 || (bytes[i + 1] >= 0xA0 && bytes[i + 1] != 0xAD) else { return nil }
                i += 2
            } else if c == 0xE2 {
                // U+2010–U+2027 (E2 80 90–A7) and U+2030–U+205E (E2 80 B0–BF, E2 81 80–9E).
                guard i + 2 < end else { return nil }
                let b1 = bytes[i + 1]
                let b2 = bytes[i + 2]
                let ok = b1 == 0x80 ? (b2 >= 0x90 && b2 <= 0xA7) || b2 >= 0xB0 : b1 == 0x81 && b2 <= 0x9E
                guard ok else { return nil }
                i += 3
            } else {
                return nil
            }
            scalars += 1
        }
        return scalars
    }
}
