import Foundation

/// `SameHappening.foldedTitle` made from a title's UTF-8 without a `String`, as the bytes
/// of its canonical form (NFC, as Swift compares strings: `café` written with a combining
/// accent is the same title): what lets a merge of a million events compare titles at the
/// speed of reading them. It gives the bytes of `comparedTitle`, or nil when the title holds
/// something only the `String` fold knows how to treat: a character beyond the common
/// ranges below (`İ`, a combining accent, a space beyond ASCII), invalid
/// UTF-8, or an emoji modifier just after a space (which joins it in one grapheme). The
/// caller then folds the `String`.
enum FoldedTitleBytes {
    /// The folded title whose bytes are compared: `SameHappening.foldedTitle` in NFC.
    static func comparedTitle(_ title: String) -> String {
        SameHappening.foldedTitle(title).precomposedStringWithCanonicalMapping
    }

    /// `title` folded into `out` (emptied first); false when the `String` fold must decide.
    static func fold(_ title: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Bool {
        guard let base = title.baseAddress, title.count > 0 else {
            out.removeAll(keepingCapacity: true)
            return true
        }
        let n = title.count
        // A lower case takes at most 3 bytes for 2 (`Ⱥ` → `ⱥ`); written through a pointer.
        var folded = true
        out = [UInt8](unsafeUninitializedCapacity: n + n / 2 + 1) { o, written in
            folded = fold(base, n, into: o.baseAddress!, written: &written)
        }
        return folded
    }

    /// `fold(_:into:)` written at the start of `buffer`, which is only ever grown (so that
    /// a million titles fold without making an array each): how many bytes, or nil when
    /// the `String` fold must decide.
    static func fold(_ title: UnsafeBufferPointer<UInt8>, reusing buffer: inout [UInt8]) -> Int? {
        guard let base = title.baseAddress, title.count > 0 else { return 0 }
        let n = title.count
        let room = n + n / 2 + 1
        if buffer.count < room { buffer = [UInt8](repeating: 0, count: max(room, 2 * buffer.count)) }
        var written = 0
        let folded = buffer.withUnsafeMutableBufferPointer { fold(base, n, into: $0.baseAddress!, written: &written) }
        return folded ? written : nil
    }

    private static func fold(_ base: UnsafePointer<UInt8>, _ n: Int, into o: UnsafeMutablePointer<UInt8>, written: inout Int) -> Bool {
        var w = 0
        var i = 0
        var space = false          // a run of spaces waits to be written as one
        var afterSpace = false     // the previous scalar was an ASCII space
        defer { written = w }
        while i < n {
            if i + 8 <= n, let chunk = foldedASCII(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self),
                                                   first: w == 0 || afterSpace) {
                // Eight ASCII bytes with single spaces between words, folded at once (most titles).
                if space {
                    o[w] = 0x20
                    w += 1
                    space = false
                }
                UnsafeMutableRawPointer(o + w).storeBytes(of: chunk.word, as: UInt64.self)
                // A space at its end waits, as any other, to be written before what follows it.
                w += chunk.endsInSpace ? 7 : 8
                (space, afterSpace) = (chunk.endsInSpace, chunk.endsInSpace)
                i += 8
                continue
            }
            let b = base[i]
            if b < 0x80 {
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                    space = w > 0
                    afterSpace = true
                    i += 1
                    continue
                }
                if space {
                    o[w] = 0x20
                    w += 1
                    space = false
                }
                o[w] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                w += 1
                afterSpace = false
                i += 1
                continue
            }
            guard let (v, length) = UTF8Scalar.decode(base, at: i, end: n) else { return false }
            let latin = Self.latinLowerCase(v)
            guard latin != 0 || (isPlain(v) && !(afterSpace && (0x1F3FB...0x1F3FF).contains(v))) else { return false }
            if space {
                o[w] = 0x20
                w += 1
                space = false
            }
            if latin != 0 && latin != v {
                w += writeUTF8(latin, to: o + w)
            } else {
                (o + w).update(from: base + i, count: length)
                w += length
            }
            afterSpace = false
            i += length
        }
        return true
    }

    /// Eight bytes (as loaded, the first in the low byte) in lower case when the byte loop
    /// would write them as they are but for case: all ASCII, no white space but single
    /// spaces, none at the start when `first` (the title's start, or after a space). Nil
    /// otherwise: the byte loop decides.
    @inline(__always)
    private static func foldedASCII(_ x: UInt64, first: Bool) -> (word: UInt64, endsInSpace: Bool)? {
        let high: UInt64 = 0x8080_8080_8080_8080
        guard x & high == 0 else { return nil }
        // Per byte, below 0x80 each: no carry or borrow crosses into the next byte.
        let below21 = ~((x | high) &- 0x2121_2121_2121_2121) & high
        let spaces = ~((x ^ 0x2020_2020_2020_2020) &+ 0x7F7F_7F7F_7F7F_7F7F) & high
        guard below21 == spaces, spaces & (spaces >> 8) == 0, !(first && spaces & 0x80 != 0) else { return nil }
        let upper = (x &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(x &+ 0x2525_2525_2525_2525) & high
        return (x | upper >> 2, spaces >> 56 != 0)
    }

    /// The lower case of a letter or sign of the Latin blocks (U+0080–U+024F, U+1E00–U+1EFF:
    /// `É` → `é`, `Ł` → `ł`, `ễ` itself), or 0 when the `String` fold must decide: a
    /// space, a control, a mark, or a letter whose lower case is not one scalar in NFC
    /// (`İ`). Taken from Swift's own `lowercased()` and NFC once, so the two folds cannot
    /// differ.
    static func latinLowerCase(_ v: UInt32) -> UInt32 {
        if v < 0x250 { return v < 0x80 ? 0 : latinTable[Int(v) - 0x80] }
        if v >= 0x1E00 && v <= 0x1EFF { return latinTable[Int(v) - 0x1E00 + 0x1D0] }
        return 0
    }

    private static let latinTable: [UInt32] = {
        let scalars = Array(0x80..<0x250) + Array(0x1E00...0x1EFF)
        return scalars.map { code -> UInt32 in
            guard let scalar = Unicode.Scalar(UInt32(code)) else { return 0 }
            let p = scalar.properties
            switch p.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .otherPunctuation, .initialPunctuation, .finalPunctuation, .openPunctuation, .closePunctuation,
                 .dashPunctuation, .connectorPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol,
                 .otherNumber:
                break
            default:
                return 0
            }
            guard p.canonicalCombiningClass == .notReordered, !p.isWhitespace else { return 0 }
            let lower = String(Character(scalar)).lowercased().unicodeScalars
            guard lower.count == 1, let l = lower.first, l.value < 0x10000, !l.properties.isWhitespace,
                  l.properties.canonicalCombiningClass == .notReordered,
                  Array(String(Character(l)).precomposedStringWithCanonicalMapping.unicodeScalars) == [l],
                  Array(String(Character(scalar)).precomposedStringWithCanonicalMapping.unicodeScalars) == [scalar]
            else { return 0 }
            return l.value
        }
    }()

    /// Writes `v` (below U+10000) as UTF-8 at `o`; how many bytes.
    private static func writeUTF8(_ v: UInt32, to o: UnsafeMutablePointer<UInt8>) -> Int {
        switch v {
        case ..<0x80:
            o[0] = UInt8(v)
            return 1
        case ..<0x800:
            o[0] = UInt8(0xC0 | v >> 6)
            o[1] = UInt8(0x80 | v & 0x3F)
            return 2
        default:
            o[0] = UInt8(0xE0 | v >> 12)
            o[1] = UInt8(0x80 | (v >> 6) & 0x3F)
            o[2] = UInt8(0x80 | v & 0x3F)
            return 3
        }
    }

    /// Typographic punctuation, dingbats (`✅`), kana, CJK,
    /// Hangul, flags and emoji: the common text of titles. None is a space, changes in lower
    /// case, combines with what comes before it (so text of them is in NFC), or joins a
    /// space before it into one grapheme but the emoji modifiers (U+1F3FB–U+1F3FF).
    private static func isPlain(_ v: UInt32) -> Bool {
        switch v {
        case 0xA1...0xBF, 0xDF...0xFF, 0x2010...0x2027, 0x2030...0x205E, 0x2700...0x27BF, 0x3041...0x3096, 0x30A1...0x30FA,
             0x4E00...0x9FFF, 0xAC00...0xD7A3, 0x1F1E6...0x1F1FF, 0x1F300...0x1FAFF:
            return true
        default:
            return false
        }
    }
}
