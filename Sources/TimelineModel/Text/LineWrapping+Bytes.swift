extension LineWrapping {
    /// What writing `lines(text, first:, rest:)` one a line does (the first as is, the
    /// others after `indent` spaces, each ending in a newline), for the UTF-8 of text that
    /// `DisplayWidth.plainWidth` measures: the words are found, glued and laid out byte by
    /// byte, with no `String` or `Substring` made. There a run's width is its scalar count
    /// plus one a wide character. `widerThanFirst`: the caller measured the text wider
    /// than `first` already (it is not measured again).
    static func appendSimpleLines(_ text: UnsafeBufferPointer<UInt8>, first: Int, rest: Int, indent: Int,
                                  widerThanFirst: Bool = false, to out: inout [UInt8]) {
        let end = text.count
        if !widerThanFirst {
            var total = 0
            for i in 0..<end where text[i] & 0xC0 != 0x80 {
                total += i + 1 < end && DisplayWidth.isWide(lead: text[i], next: text[i + 1]) ? 2 : 1
            }
            if total <= first {
                out.append(contentsOf: text)
                out.append(0x0A)
                return
            }
        }
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
            var columns = 0
            while i < end {
                if i + 8 <= end {
                    // Eight bytes at a time up to a space while no scalar in them can be
                    // wide (no lead byte from E0): one column a scalar, a scalar a byte
                    // that is not a continuation byte.
                    let chunk = UnsafeRawPointer(text.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    let x = chunk ^ 0x2020_2020_2020_2020
                    let spaces = ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x | 0x7F7F_7F7F_7F7F_7F7F)
                    let k = spaces == 0 ? 8 : spaces.trailingZeroBitCount / 8
                    let before: UInt64 = k == 8 ? ~0 : (1 << UInt64(8 * k)) - 1
                    if chunk & (chunk << 1) & (chunk << 2) & 0x8080_8080_8080_8080 & before == 0 {
                        let continuations = chunk & ~(chunk << 1) & 0x8080_8080_8080_8080 & before
                        let n = k - continuations.nonzeroBitCount
                        scalars += n
                        columns += n
                        i += k
                        if k < 8 { break }
                        continue
                    }
                }
                if text[i] == 0x20 { break }
                if text[i] & 0xC0 != 0x80 {
                    scalars += 1
                    columns += i + 1 < end && DisplayWidth.isWide(lead: text[i], next: text[i + 1]) ? 2 : 1
                }
                i += 1
            }
            let c = text[start]
            let second: UInt8 = start + 1 < end ? text[start + 1] : 0
            if let w = word, glueNext || sticksBack(c, second, scalars: scalars) {
                // The spaces between are one column each.
                word = (w.start, i, w.width + (start - w.end) + columns)
            } else {
                if let w = word { layout.place(w, to: &out) }
                word = (start, i, columns)
            }
            glueNext = scalars == 1 && gluesNext(c, second)
        }
        if let w = word { layout.place(w, to: &out) }
        layout.finish(to: &out)
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
            if lines > 0 { out.append(contentsOf: repeatElement(0x20, count: indent)) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: text[lineStart..<lineEnd]))
            out.append(0x0A)
            lines += 1
        }
    }
}
