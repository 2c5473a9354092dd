/// A line of Markdown as the text it shows: backslash escapes undone (ours escapes every
/// punctuation character that could be syntax), emphasis marks (`**`, `__`, `*`) and code
/// spans' backticks taken off, links shown as their text (and kept as sources),
/// `<https://…>` as the address, `<br>` as a space, character references (`&amp;`)
/// decoded. What the text holds is never read as anything else: it is an event's words.
enum MarkdownInline {
    /// The text `raw` shows, and the links it holds (`[name](url)`) as sources.
    static func text(_ raw: Substring) -> (text: String, links: [Source]) {
        let c = Array(raw)
        var out = ""
        var links: [Source] = []
        var i = 0
        // Backtick runs found with no closing run after them: none will be found later
        // either (each search would otherwise walk the rest of a long line again).
        var unclosedRuns = Set<Int>()
        while i < c.count {
            let ch = c[i]
            if ch == "\\", i + 1 < c.count, isPunctuation(c[i + 1]) {
                out.append(c[i + 1])
                i += 2
            } else if ch == "`" {
                // A code span: as many backticks close it as opened it.
                var n = 0
                while i + n < c.count, c[i + n] == "`" { n += 1 }
                if !unclosedRuns.contains(n), let close = closing(c, from: i + n, run: n) {
                    out += String(c[(i + n)..<close]).trimmingSpaces
                    i = close + n
                } else {
                    unclosedRuns.insert(n)
                    out += String(repeating: "`", count: n)
                    i += n
                }
            } else if ch == "*" || (ch == "_" && (i + 1 < c.count && c[i + 1] == "_")) {
                // Emphasis marks; a single `_` inside a word (snake_case) is a letter.
                while i < c.count, c[i] == ch { i += 1 }
            } else if ch == "[", let (name, url, next) = link(c, at: i) {
                let shown = text(Substring(name)).text
                out += shown
                links.append(Source(name: shown.isEmpty ? url : shown, url: url))
                i = next
            } else if ch == "<", let close = c[i..<min(c.count, i + Self.longest)].firstIndex(of: ">") {
                let inside = String(c[(i + 1)..<close])
                let lower = inside.lowercased()
                if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") {
                    out += inside
                    links.append(Source(name: inside, url: inside))
                    i = close + 1
                } else if lower == "br" || lower == "br/" || lower == "br /" {
                    out += " "
                    i = close + 1
                } else {
                    out.append(ch)
                    i += 1
                }
            } else if ch == "&" {
                let s = String(c[i..<min(c.count, i + 40)])
                let (t, next) = HTMLText.reference(in: s, at: s.startIndex)
                out += t
                i += s.distance(from: s.startIndex, to: next)
            } else {
                out.append(ch)
                i += 1
            }
        }
        return (out.trimmingSpaces, links)
    }

    /// How far a link or an autolink is looked for from its `[` or `<`: a line of
    /// brackets never makes each one search the rest of the line.
    static let longest = 2048

    /// `raw` with only its backslash escapes undone: ours' times (`\~18:48`), headings
    /// and the zone's name.
    static func unescaped(_ raw: Substring) -> String {
        var out = ""
        var escaped = false
        for ch in raw {
            if !escaped, ch == "\\" {
                escaped = true
                continue
            }
            if escaped, !isPunctuation(ch) { out.append("\\") }
            escaped = false
            out.append(ch)
        }
        if escaped { out.append("\\") }
        return out
    }

    /// Where in `raw` the first `count` characters of `unescaped(raw)` end.
    static func rawIndex(afterUnescaped count: Int, in raw: Substring) -> Substring.Index {
        var i = raw.startIndex
        var n = 0
        while n < count, i < raw.endIndex {
            let next = raw.index(after: i)
            if raw[i] == "\\", next < raw.endIndex, isPunctuation(raw[next]) {
                i = raw.index(after: next)
            } else {
                i = next
            }
            n += 1
        }
        return i
    }

    /// ASCII punctuation: what a backslash escapes in CommonMark.
    static func isPunctuation(_ c: Character) -> Bool {
        guard let a = c.asciiValue else { return false }
        return (0x21...0x2F).contains(a) || (0x3A...0x40).contains(a) || (0x5B...0x60).contains(a) || (0x7B...0x7E).contains(a)
    }

    private static func closing(_ c: [Character], from start: Int, run: Int) -> Int? {
        var j = start
        while j < c.count {
            if c[j] == "`" {
                var n = 0
                while j + n < c.count, c[j + n] == "`" { n += 1 }
                if n == run { return j }
                j += n
            } else {
                j += 1
            }
        }
        return nil
    }

    /// `[name](url)` at `i`: the name, the address, and the index after it.
    private static func link(_ c: [Character], at i: Int) -> (String, String, Int)? {
        var depth = 0
        var j = i
        var close: Int?
        let limit = min(c.count, i + longest)
        while j < limit {
            if c[j] == "\\" { j += 2; continue }
            if c[j] == "[" { depth += 1 }
            if c[j] == "]" {
                depth -= 1
                if depth == 0 { close = j; break }
            }
            j += 1
        }
        guard let close, close + 1 < c.count, c[close + 1] == "(",
              let end = c[(close + 2)..<min(c.count, close + 2 + longest)].firstIndex(of: ")") else { return nil }
        var url = String(c[(close + 2)..<end]).trimmingSpaces
        if url.hasPrefix("<"), url.hasSuffix(">") { url = String(url.dropFirst().dropLast()) }
        // A title after the address (`[a](https://x "title")`) is not part of it.
        if let space = url.firstIndex(of: " ") { url = String(url[..<space]) }
        return (String(c[(i + 1)..<close]), unescaped(Substring(url)), end + 1)
    }
}

extension StringProtocol {
    /// Without spaces and tabs at either end.
    var trimmingSpaces: String {
        let t = drop { $0 == " " || $0 == "\t" }
        var end = t.endIndex
        while end > t.startIndex {
            let before = t.index(before: end)
            guard t[before] == " " || t[before] == "\t" else { break }
            end = before
        }
        return String(t[..<end])
    }
}
