/// How many terminal columns text takes: 1 for most characters, 2 for East Asian wide
/// characters and emoji, 0 for combining marks and joiners.
///
/// An approximation of `wcwidth` good enough to wrap and clip exports; it measures
/// `SafeText`-neutralised text (no controls).
public enum DisplayWidth {
    /// The columns `text` takes.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var ascii = true
        for c in text.utf8 where c >= 0x80 { ascii = false; break }
        if ascii { return text.utf8.count }
        if let simple = ofSimple(text) { return simple }
        var n = 0
        for ch in text { n += of(ch) }
        return n
    }

    /// The columns `text` takes when each of its characters is one column on its own
    /// (printable ASCII, Latin letters, typographic punctuation: é « » ’ — …): its scalar
    /// count, the same for the text joined with other such text. Nil for anything else
    /// (controls, combining marks, wide characters, emoji).
    public static func ofSimple<S: StringProtocol>(_ text: S) -> Int? {
        if let n = text.utf8.withContiguousStorageIfAvailable(simpleWidth) { return n }
        return Array(text.utf8).withUnsafeBufferPointer(simpleWidth)
    }

    /// `ofSimple` of valid UTF-8, read byte by byte (eight at a time through printable
    /// ASCII): most text from files is Latin with typographic punctuation, one column a
    /// scalar, with no grapheme breaking needed.
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
                // U+00A0–U+02FF, less the soft hyphen U+00AD (C2 AD).
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

    /// The columns one grapheme cluster takes.
    public static func of(_ ch: Character) -> Int {
        guard let first = ch.unicodeScalars.first else { return 0 }
        if first.value < 0x7F { return first.value < 0x20 ? 0 : 1 }
        let scalars = ch.unicodeScalars
        if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return of(first)
    }

    /// The columns one scalar takes on its own.
    public static func of(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if s.properties.isEmojiPresentation { return 2 }
        // East Asian Wide and Fullwidth blocks.
        if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v)
            || (0x1F300...0x1F64F).contains(v) || (0x1F900...0x1F9FF).contains(v)
            || (0x20000...0x3FFFD).contains(v) {
            return 2
        }
        return 1
    }
}
