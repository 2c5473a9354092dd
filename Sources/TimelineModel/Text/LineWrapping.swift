/// Greedy word wrapping by display width, the one wrapping the screen and every export
/// use. Words break only at spaces (never just after `«` or just before `»`, `:`, `;`,
/// `!`, `?`); a single word wider than the line (a long URL) is left whole on its own
/// line rather than cut, so it stays usable.
public enum LineWrapping {
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
            let utf8 = word.utf8
            let scalars = word.unicodeScalars.count
            let single = scalars == 1
            let first = utf8.first ?? 0
            let second = utf8.count > 1 ? utf8[utf8.index(after: utf8.startIndex)] : 0
            if let last = out.last, glueNext || sticksBack(first, second, scalars: scalars) {
                out[out.count - 1] = text[last.startIndex..<word.endIndex]
            } else {
                out.append(word)
            }
            glueNext = single && gluesNext(first, second)
        }
        return out
    }

    /// The French spacing rule, for a word whose UTF-8 starts `first`, `second`: `»` (C2 BB),
    /// `:`, `;`, `!`, `?` stay with the word before. A word starting with `»` always does
    /// (`».`, `»,` close a quotation); one starting with `:`, `;`, `!`, `?` does when it is
    /// short punctuation (`?!`, `!».`), not when it is a word that happens to start so.
    @inline(__always)
    static func sticksBack(_ first: UInt8, _ second: UInt8, scalars: Int) -> Bool {
        if first == 0xC2 { return second == 0xBB }
        return scalars <= 3 && (first == 0x3A || first == 0x3B || first == 0x21 || first == 0x3F)
    }

    /// The other half of the rule: `«` (C2 AB) stays with the word after.
    @inline(__always)
    static func gluesNext(_ first: UInt8, _ second: UInt8) -> Bool {
        first == 0xC2 && second == 0xAB
    }

    /// Text for the screen cut into lines of at most `width` columns, each paragraph (a
    /// newline ends one) on its own lines, an empty paragraph an empty line. The same
    /// breaks as `lines`: a word wider than the line, such as a URL, stays whole.
    public static func paragraphLines(_ text: String, width: Int) -> [String] {
        var out: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            for line in lines(String(paragraph), first: width, rest: width) { out.append(String(line)) }
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
            let second = scalars >= 1 && firstByte >= 0x80 ? utf8[utf8.index(after: start)] : 0
            if let last = out.last, glueNext || sticksBack(firstByte, second, scalars: scalars) {
                let joined = text[last.text.startIndex..<word.endIndex]
                out[out.count - 1] = (joined, DisplayWidth.ofSimple(joined) ?? 0)
            } else {
                out.append((word, scalars))
            }
            glueNext = scalars == 1 && gluesNext(firstByte, second)
        }
        return out
    }
}
