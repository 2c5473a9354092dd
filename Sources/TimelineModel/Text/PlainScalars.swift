/// Which scalars are plain for an ASCII search: not a mark (that would attach to the
/// letter before it), and folded (case, accents, width: `FoldedText`) to text with no ASCII
/// in it, alone as after a letter — 障, が, 👩, 🇫 and ZWJ are; é (→ e), Ａ (→ a), ß (→ ss),
/// a skin tone or a variation selector (→ nothing) are not. In text made of ASCII and plain
/// scalars, an ASCII word is found folded exactly where the text's bytes, lower-cased,
/// hold it, so such text is searched without being folded (CJK text, emoji).
///
/// Each scalar is told by Foundation's folding the first time it is met and remembered;
/// one table a search thread (the model keeps no global state).
final class PlainScalars {
    /// For scalars below `tableEnd`: 0 not told yet, 1 plain, 2 not.
    private var known: UnsafeMutableBufferPointer<UInt8>
    private var others: [UInt32: Bool] = [:]
    private static let tableEnd = 0x20000

    init() {
        known = .allocate(capacity: Self.tableEnd)
        known.initialize(repeating: 0)
    }

    deinit { known.deallocate() }

    /// Whether `scalar` (≥ 0x80) is plain.
    @inline(__always)
    func isPlain(_ scalar: UInt32) -> Bool {
        let s = Int(scalar)
        if s < Self.tableEnd {
            let k = known[s]
            if k != 0 { return k == 1 }
            let plain = Self.tell(scalar)
            known[s] = plain ? 1 : 2
            return plain
        }
        if let plain = others[scalar] { return plain }
        let plain = Self.tell(scalar)
        others[scalar] = plain
        return plain
    }

    /// Whether every scalar of the UTF-8 `text` is ASCII or plain (false for bytes that are
    /// not UTF-8).
    func allPlain(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress else { return true }
        let end = text.count
        var i = 0
        while i < end {
            if base[i] < 0x80 { i += 1; continue }
            let after = plainRun(base, from: i, end: end)
            if after == i { return false }
            i = after
        }
        return true
    }

    /// Where the run of plain scalars starting at `from` (a byte ≥ 0x80) ends: `from`
    /// itself when the scalar there is not plain (or not UTF-8).
    @inline(__always)
    func plainRun(_ base: UnsafePointer<UInt8>, from: Int, end: Int) -> Int {
        var j = from
        while j < end {
            let c = base[j]
            if c < 0x80 { return j }
            // Three bytes led by E1–EC (U+1000–U+CFFF: CJK, kana, Hangul) are valid with
            // any two continuation bytes: decoded here, the bulk of CJK text.
            if c >= 0xE1 && c <= 0xEC && j + 2 < end && base[j + 1] & 0xC0 == 0x80 && base[j + 2] & 0xC0 == 0x80 {
                let s = UInt32(c & 0x0F) << 12 | UInt32(base[j + 1] & 0x3F) << 6 | UInt32(base[j + 2] & 0x3F)
                guard isPlain(s) else { return j }
                j += 3
            } else {
                guard let (s, size) = UTF8Scalar.decode(base, at: j, end: end), isPlain(s) else { return j }
                j += size
            }
        }
        return j
    }

    /// Foundation's answer for `scalar`.
    static func tell(_ scalar: UInt32) -> Bool {
        guard scalar >= 0x80, let s = Unicode.Scalar(scalar) else { return false }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return false
        default: break
        }
        let alone = FoldedText.fold(String(s))
        let after = FoldedText.fold("a" + String(s))
        return !alone.isEmpty && alone.allSatisfy { $0 >= 0x80 }
            && after.count > 1 && after[0] == 0x61 && after.dropFirst().allSatisfy { $0 >= 0x80 }
    }
}
