/// Greedy word wrapping by display width. Words break only at spaces (never just after
/// `«` or just before `»`); a single word wider
/// than the line (a long URL) is left whole on its own line rather than cut, so it stays
/// usable.
enum LineWrapping {
    /// `text` cut into lines: the first at most `first` columns wide, the others at most
    /// `rest`. No limit when `rest` is nil.
    static func lines(_ text: String, first: Int, rest: Int?) -> [Substring] {
        guard let rest else { return [Substring(text)] }
        if DisplayWidth.of(text) <= first { return [Substring(text)] }
        var lines: [Substring] = []
        var lineStart: String.Index? = nil
        var lineEnd = text.startIndex
        var used = 0
        var limit = max(1, first)
        for word in words(text) {
            let w = DisplayWidth.of(word)
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
}
