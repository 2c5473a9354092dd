/// Greedy word wrapping by display width. Words break only at spaces (never just after
/// `«` or just before `»`); a single word wider
/// than the line (a long URL) is left whole on its own line rather than cut, so it stays
/// usable.
enum LineWrapping {
    /// A word and the columns it takes.
    typealias Word = (text: Substring, width: Int)

    /// `text` cut into lines: the first at most `first` columns wide, the others at most
    /// `rest`. No limit when `rest` is nil.
    static func lines(_ text: String, first: Int, rest: Int?) -> [Substring] {
        guard let rest else { return [Substring(text)] }
        let simpleWidth = DisplayWidth.ofSimple(text)
        if (simpleWidth ?? DisplayWidth.of(text)) <= first { return [Substring(text)] }
        let words = simpleWidth == nil ? measuredWords(text) : simpleWords(text)
        var lines: [Substring] = []
        var lineStart: String.Index? = nil
        var lineEnd = text.startIndex
        var used = 0
        var limit = max(1, first)
        for (word, w) in words {
            if let start = lineStart {
                if used + 1 + w <= limit {
                    used += 1 + w
                    lineEnd = word.endIndex
                    continue
                }
                lines.append(text[start..<lineEnd])
                limit = max(1, rest)
            }
            lineStart = word.startIndex
            lineEnd = word.endIndex
            used = w
        }
        if let start = lineStart { lines.append(text[start..<lineEnd]) }
        return lines.isEmpty ? [""] : lines
    }

    /// The words of `text`, with French spacing kept whole: `«` stays with the word after
    /// it, and `»`, `:`, `;`, `!`, `?` with the word before, so no line ends in `«`.
    static func words(_ text: String) -> [Substring] {
        var out: [Substring] = []
        var glueNext = false
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let sticksBack = word == "»" || word == ":" || word == ";" || word == "!" || word == "?"
            if let last = out.last, glueNext || sticksBack {
                out[out.count - 1] = text[last.startIndex..<word.endIndex]
            } else {
                out.append(word)
            }
            glueNext = word == "«"
        }
        return out
    }

    /// `words(text)` with their display widths.
    static func measuredWords(_ text: String) -> [Word] {
        words(text).map { ($0, DisplayWidth.of($0)) }
    }

    /// `measuredWords(text)` for text that `DisplayWidth.ofSimple` measures: there every
    /// scalar is a character one column wide, so words split at space bytes and are
    /// measured by counting scalars, with the same gluing as `words`.
    static func simpleWords(_ text: String) -> [Word] {
        let utf8 = text.utf8
        var out: [Word] = []
        var glueNext = false
        var i = utf8.startIndex
        let end = utf8.endIndex
        while i != end {
            if utf8[i] == 0x20 {
                utf8.formIndex(after: &i)
                continue
            }
            let start = i
            var scalars = 0
            var firstByte: UInt8 = 0
            while i != end {
                let c = utf8[i]
                if c == 0x20 { break }
                if scalars == 0 { firstByte = c }
                if c & 0xC0 != 0x80 { scalars += 1 }
                utf8.formIndex(after: &i)
            }
            let word = text[start..<i]
            // One-scalar words: `»` is C2 BB, `«` is C2 AB.
            let sticksBack = scalars == 1 && (firstByte == 0xC2 ? utf8[utf8.index(after: start)] == 0xBB
                : firstByte == 0x3A || firstByte == 0x3B || firstByte == 0x21 || firstByte == 0x3F)
            if let last = out.last, glueNext || sticksBack {
                let joined = text[last.text.startIndex..<word.endIndex]
                out[out.count - 1] = (joined, DisplayWidth.ofSimple(joined) ?? 0)
            } else {
                out.append((word, scalars))
            }
            glueNext = scalars == 1 && firstByte == 0xC2 && utf8[utf8.index(after: start)] == 0xAB
        }
        return out
    }
}
