/// `SameHappening.foldedTitle` made from a title's UTF-8 without a `String`: what lets a
/// merge of a million events compare titles at the speed of reading them. It gives the
/// same bytes as the `String` fold, or nil when the title holds something only the
/// `String` fold knows how to treat: a character that lower case changes beyond ASCII
/// (`É`, `İ`), a space beyond ASCII, invalid UTF-8, or a character that may join the
/// space next to it into one grapheme (a combining mark after a space). The caller then
/// folds the `String`.
enum FoldedTitleBytes {
    /// `title` folded into `out` (emptied first); false when the `String` fold must decide.
    static func fold(_ title: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Bool {
        out.removeAll(keepingCapacity: true)
        guard let base = title.baseAddress else { return true }
        let n = title.count
        var i = 0
        var space = false          // a run of spaces waits to be written as one
        var afterSpace = false     // the previous scalar was an ASCII space
        var joinsSpace = false     // the previous scalar may join a space that follows it
        while i < n {
            let b = base[i]
            if b < 0x80 {
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                    if joinsSpace { return false }
                    space = !out.isEmpty
                    afterSpace = true
                    i += 1
                    continue
                }
                if space {
                    out.append(0x20)
                    space = false
                }
                out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                afterSpace = false
                joinsSpace = false
                i += 1
                continue
            }
            guard let (v, length) = UTF8Scalar.decode(base, at: i, end: n), keepsItsCase(v) else { return false }
            let alone = standsAlone(v)
            if afterSpace && !alone { return false }
            if space {
                out.append(0x20)
                space = false
            }
            out.append(contentsOf: UnsafeBufferPointer(start: base + i, count: length))
            afterSpace = false
            joinsSpace = !alone
            i += length
        }
        return true
    }

    /// Not a space, and the same in lower case.
    private static func keepsItsCase(_ v: UInt32) -> Bool {
        switch v {
        // Latin-1 punctuation and lower-case letters, typographic punctuation, kana, CJK,
        // emoji: the common text of titles, answered without a table.
        case 0xA1...0xBF, 0xDF...0xFF, 0x2010...0x2027, 0x2030...0x205E, 0x3041...0x3096, 0x30A1...0x30FA,
             0x4E00...0x9FFF, 0x1F300...0x1FAFF:
            return true
        default:
            guard let scalar = Unicode.Scalar(v) else { return false }
            return !scalar.properties.changesWhenLowercased && !scalar.properties.isWhitespace
        }
    }

    /// Whether a scalar next to a space is surely a grapheme of its own (Unicode's
    /// grapheme rules break between a space and these on either side).
    private static func standsAlone(_ v: UInt32) -> Bool {
        switch v {
        case 0x80..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x3041...0x3096, 0x30A1...0x30FA, 0x4E00...0x9FFF,
             0xAC00...0xD7A3, 0x1F300...0x1F3FA, 0x1F400...0x1FAFF:
            return true
        default:
            return false
        }
    }
}
