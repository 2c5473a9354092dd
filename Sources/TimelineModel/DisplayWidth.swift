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
        // Most text from files is Latin with typographic punctuation (é « » ’ — …): one
        // column a scalar, no grapheme breaking needed.
        var simple = 0
        var isSimple = true
        for s in text.unicodeScalars {
            let v = s.value
            if v >= 0x20 && (v < 0x7F || (v >= 0xA0 && v < 0x300 && v != 0xAD) || (v >= 0x2010 && v <= 0x2027) || (v >= 0x2030 && v <= 0x205E)) {
                simple += 1
            } else {
                isSimple = false
                break
            }
        }
        if isSimple { return simple }
        var n = 0
        for ch in text { n += of(ch) }
        return n
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
