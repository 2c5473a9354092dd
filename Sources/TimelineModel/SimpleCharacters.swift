/// Characters that are always a character of their own, never joined to a neighbour
/// (no combining marks, joiners, format characters, Hangul jamo or emoji parts): for them
/// folding text character by character is folding it scalar by scalar, from a table.
/// Only U+0080 to U+2BFF are considered (Latin, Greek, Cyrillic, Armenian, punctuation,
/// symbols); anything else is left to `FoldCache`'s pieces.
struct SimpleCharacters {
    /// For each scalar from U+0080 below `end`: a length byte (255: not looked at yet,
    /// 254: not simple) and up to seven folded bytes.
    private var table = [UInt8](repeating: 255, count: Int(Self.end - 0x80) * 8)
    private static let end: UInt32 = 0x2C00

    /// Appends the folded `text` (non-ASCII characters and single ASCII bytes between
    /// them) to `out` if all its characters are simple; false, with `out` unchanged, if not.
    mutating func append(_ text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) -> Bool {
        let start = out.count
        var i = 0
        while i < text.count {
            let c = text[i]
            if c < 0x80 {
                out.append(FoldedText.lower(c))
                i += 1
                continue
            }
            guard let (scalar, size) = FoldView.scalar(text.baseAddress!, i, text.count), scalar < Self.end else {
                out.removeSubrange(start...)
                return false
            }
            let k = Int(scalar - 0x80) &* 8
            if table[k] == 255 { look(at: scalar, k) }
            let n = Int(table[k])
            guard n <= 7 else {
                out.removeSubrange(start...)
                return false
            }
            for j in 0..<n { out.append(table[k &+ 1 &+ j]) }
            i += size
        }
        return true
    }

    private mutating func look(at scalar: UInt32, _ k: Int) {
        table[k] = 254
        guard let s = Unicode.Scalar(scalar), Self.standsAlone(s) else { return }
        let folded = FoldedText.fold(String(Character(s)))
        guard folded.count <= 7 else { return }
        table[k] = UInt8(folded.count)
        for (j, b) in folded.enumerated() { table[k + 1 + j] = b }
    }

    /// Whether `s` never joins the character before or after it.
    static func standsAlone(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        let blocks = (0x80...0x58F).contains(v) || (0x1E00...0x1FFF).contains(v) || (0x2000...0x2BFF).contains(v)
        guard blocks, !s.properties.isGraphemeExtend else { return false }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format, .control, .surrogate, .unassigned, .privateUse:
            return false
        default:
            return true
        }
    }
}
