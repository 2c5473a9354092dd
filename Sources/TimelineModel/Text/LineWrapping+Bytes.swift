extension LineWrapping {
    /// The columns of the scalar whose lead byte is at `i` in `text`: two for a wide
    /// character its first two bytes tell, else one; with `exactWidths`, a scalar that is
    /// not ASCII is looked up (`DisplayWidth.of`). The one count every byte layout uses.
    @inline(__always)
    static func scalarColumns(_ text: UnsafeBufferPointer<UInt8>, at i: Int, exactWidths: Bool) -> Int {
        let c = text[i]
        if exactWidths && c >= 0x80, let base = text.baseAddress, let (v, _) = UTF8Scalar.decode(base, at: i, end: text.count) {
            return Unicode.Scalar(v).map(DisplayWidth.of) ?? 1
        }
        return i + 1 < text.count && DisplayWidth.isWide(lead: c, next: text[i + 1]) ? 2 : 1
    }

    /// What writing `lines(text, first:, rest:)` one a line does (the first as is, the
    /// others after `indent` spaces, each ending in a newline), for the UTF-8 of text that
    /// `DisplayWidth.plainWidth` measures: the words are found, glued and laid out byte by
    /// byte, with no `String` or `Substring` made. There a run's width is its scalar count
    /// plus one a wide character. `widerThanFirst`: the caller measured the text wider
    /// than `first` already (it is not measured again).
    ///
    /// `exactWidths`: each scalar that is not ASCII is looked up (`DisplayWidth.of`), for
    /// printable text whose widths the first two bytes do not tell (🇫🇷, 👩‍💻, a combining
    /// accent), when its spaces split it as `words` does (`spacesStandAlone`).
    /// `measured`: what the caller measured of the text already (`Measured`).
    static func appendSimpleLines(_ text: UnsafeBufferPointer<UInt8>, first: Int, rest: Int, indent: Int,
                                  widerThanFirst: Bool = false, exactWidths: Bool = false, measured: Measured? = nil,
                                  to out: inout [UInt8]) {
        let end = text.count
        @inline(__always) func columns(at i: Int) -> Int { scalarColumns(text, at: i, exactWidths: exactWidths) }
        if !widerThanFirst {
            var total = 0
            for i in 0..<end where text[i] & 0xC0 != 0x80 {
                total += columns(at: i)
            }
            if total <= first {
                out.append(contentsOf: text)
                out.append(0x0A)
                return
            }
        }
        if appendLinesByColumns(text, first: first, rest: rest, indent: indent, exactWidths: exactWidths, measured: measured,
                                to: &out) {
            return
        }
        appendSimpleLinesByWords(text, first: first, rest: rest, indent: indent, exactWidths: exactWidths, to: &out)
    }

    /// `appendSimpleLines`'s layout word by word, for any text it takes (runs of spaces,
    /// spaces at either end), once the text is known wider than `first`.
    static func appendSimpleLinesByWords(_ text: UnsafeBufferPointer<UInt8>, first: Int, rest: Int, indent: Int,
                                         exactWidths: Bool, to out: inout [UInt8]) {
        let end = text.count
        @inline(__always) func columns(at i: Int) -> Int { scalarColumns(text, at: i, exactWidths: exactWidths) }
        var layout = Layout(text: text, limit: max(1, first), rest: max(1, rest), indent: indent)
        // The word being built (it may still take the next one by gluing).
        var word: (start: Int, end: Int, width: Int)? = nil
        var glueNext = false
        var i = 0
        while i < end {
            if text[i] == 0x20 {
                i += 1
                continue
            }
            let start = i
            var scalars = 0
            var width = 0
            while i < end {
                if i + 8 <= end {
                    // Eight bytes at a time up to a space while no scalar in them can be
                    // wide (no lead byte from E0; with exact widths, ASCII only, since a
                    // two-byte scalar may be a combining mark): one column a scalar, a
                    // scalar a byte that is not a continuation byte.
                    let chunk = UnsafeRawPointer(text.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    let x = chunk ^ 0x2020_2020_2020_2020
                    let spaces = ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x | 0x7F7F_7F7F_7F7F_7F7F)
                    let k = spaces == 0 ? 8 : spaces.trailingZeroBitCount / 8
                    let before: UInt64 = k == 8 ? ~0 : (1 << UInt64(8 * k)) - 1
                    let unsure = exactWidths ? chunk & 0x8080_8080_8080_8080
                                             : chunk & (chunk << 1) & (chunk << 2) & 0x8080_8080_8080_8080
                    if unsure & before == 0 {
                        let continuations = chunk & ~(chunk << 1) & 0x8080_8080_8080_8080 & before
                        let n = k - continuations.nonzeroBitCount
                        scalars += n
                        width += n
                        i += k
                        if k < 8 { break }
                        continue
                    }
                }
                if text[i] == 0x20 { break }
                if text[i] & 0xC0 != 0x80 {
                    scalars += 1
                    width += columns(at: i)
                }
                i += 1
            }
            let c = text[start]
            let second: UInt8 = start + 1 < end ? text[start + 1] : 0
            if let w = word, glueNext || sticksBack(c, second, scalars: scalars) {
                // The spaces between are one column each.
                word = (w.start, i, w.width + (start - w.end) + width)
            } else {
                if let w = word { layout.place(w, to: &out) }
                word = (start, i, width)
            }
            glueNext = scalars == 1 && gluesNext(c, second)
        }
        if let w = word { layout.place(w, to: &out) }
        layout.finish(to: &out)
    }

    /// Whether each space byte of the UTF-8 `text` is a character of its own, so that
    /// splitting at space bytes finds the words `words` finds (it splits at characters): a
    /// space followed by a combining mark, a joiner or a skin tone, or preceded by a
    /// prepended mark, belongs to a bigger character. Asked of Swift's own character
    /// breaking only where a space touches a scalar outside the scripts known to be safe.
    static func spacesStandAlone(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress else { return true }
        let end = text.count
        var i = 0
        while i < end {
            defer { i &+= 1 }
            guard base[i] == 0x20 else { continue }
            var before: Unicode.Scalar? = nil
            var after: Unicode.Scalar? = nil
            if i > 0 && base[i - 1] >= 0x80 {
                var lead = i - 1
                while lead > 0 && base[lead] & 0xC0 == 0x80 { lead -= 1 }
                guard let (v, _) = UTF8Scalar.decode(base, at: lead, end: i), let s = Unicode.Scalar(v) else { return false }
                before = s
            }
            if i + 1 < end && base[i + 1] >= 0x80 {
                guard let (v, _) = UTF8Scalar.decode(base, at: i + 1, end: end), let s = Unicode.Scalar(v) else { return false }
                after = s
            }
            if (before.map(neverJoinsASpace) ?? true) && (after.map(neverJoinsASpace) ?? true) { continue }
            var around = String.UnicodeScalarView()
            if let before { around.append(before) }
            around.append(" ")
            if let after { around.append(after) }
            guard String(around).contains(where: { $0 == " " }) else { return false }
        }
        return true
    }

    /// Scalars that never make one character with a space beside them (neither a
    /// prepended mark before it nor a mark, joiner or modifier after it): Latin letters,
    /// general punctuation, CJK punctuation, kana, ideographs, Hangul syllables and the
    /// emoji blocks but the skin tones.
    private static func neverJoinsASpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0xA0...0x2FF, 0x2010...0x205E, 0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x309B...0x30FF,
             0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFF60, 0x1F300...0x1F3FA, 0x1F400...0x1F64F,
             0x1F680...0x1F6FF, 0x1F900...0x1F9FF:
            return true
        default:
            return false
        }
    }

    /// Greedy layout of words, as `lines` does it, written as it goes.
    private struct Layout {
        let text: UnsafeBufferPointer<UInt8>
        var limit: Int
        let rest: Int
        let indent: Int
        var lineStart = -1
        var lineEnd = 0
        var used = 0
        var lines = 0

        init(text: UnsafeBufferPointer<UInt8>, limit: Int, rest: Int, indent: Int) {
            self.text = text
            self.limit = limit
            self.rest = rest
            self.indent = indent
        }

        mutating func place(_ word: (start: Int, end: Int, width: Int), to out: inout [UInt8]) {
            if lineStart >= 0 {
                if used + 1 + word.width <= limit {
                    used += 1 + word.width
                    lineEnd = word.end
                    return
                }
                writeLine(to: &out)
                limit = rest
            }
            lineStart = word.start
            lineEnd = word.end
            used = word.width
        }

        mutating func finish(to out: inout [UInt8]) {
            if lineStart >= 0 {
                writeLine(to: &out)
            } else {
                out.append(0x0A)
            }
        }

        private mutating func writeLine(to out: inout [UInt8]) {
            if lines > 0 { LineWrapping.appendSpaces(indent, to: &out) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: text[lineStart..<lineEnd]))
            out.append(0x0A)
            lines += 1
        }
    }
}
