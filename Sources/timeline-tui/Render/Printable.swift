import TimelineModel

/// The last line of defence against terminal injection: every grapheme reaching a cell is
/// printable. C0 controls show as `^[`, DEL as `^?`, C1 controls, bidi overrides and other
/// invisible formatting, and characters the C library does not print, as `<U+202E>`. Model text is neutralised before rendering already;
/// this makes sure nothing the renderer is given can reach the terminal raw.
enum Printable {
    /// The visible form of one grapheme (itself when it is harmless).
    static func visible(_ character: Character) -> String {
        var needs = false
        for s in character.unicodeScalars where isUnsafe(s) { needs = true; break }
        guard needs else { return String(character) }
        var out = ""
        for s in character.unicodeScalars {
            if !isUnsafe(s) { out.unicodeScalars.append(s); continue }
            switch s.value {
            case 0..<0x20: out += "^" + String(UnicodeScalar(UInt8(s.value + 0x40)))
            case 0x7F: out += "^?"
            default: out += "<U+" + hex(s.value) + ">"
            }
        }
        return out
    }

    /// Columns a grapheme takes once made visible.
    static func width(_ character: Character) -> Int {
        let v = visible(character)
        return v.count > 1 ? v.count : DisplayWidth.of(v)
    }

    /// Columns a string takes once made visible.
    static func width(_ text: String) -> Int {
        var w = 0
        for c in text { w += width(c) }
        return w
    }

    /// Controls, and the formatting characters that reorder or hide text. ZWJ and the
    /// variation selectors stay: they only join emoji.
    static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return true }
        if v == 0x200D || (0xFE00...0xFE0F).contains(v) { return false }
        if s.properties.generalCategory == .format { return true }
        return v == 0x2028 || v == 0x2029 || !DisplayWidth.isPrintable(s)
    }

    private static func hex(_ v: UInt32) -> String {
        let h = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - h.count)) + h
    }
}
