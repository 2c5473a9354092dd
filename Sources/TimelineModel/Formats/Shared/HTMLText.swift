/// HTML (TimelineJS slides, Statuspage update bodies) made plain text: character
/// references decoded (every HTML5 name, decimal and hex), block elements turned into line
/// breaks (paragraphs into blank lines, list items into `• ` lines), `<a href>` links kept
/// as sources, `<script>`/`<style>` content and every other tag dropped, white space
/// collapsed as a browser does outside `<pre>`.
///
/// Not a full HTML5 parser: enough for the fragments those tools write, and never worse
/// than showing the text with its tags removed.
struct HTMLText: Equatable {
    var text: String
    var links: [Source]

    /// Tags whose start and end make a paragraph break.
    static let paragraphTags: Set<String> = ["p", "div", "blockquote", "ul", "ol", "table", "pre", "section", "article",
                                             "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "figure", "dl"]
    /// Tags that make a line break.
    static let lineTags: Set<String> = ["br", "li", "tr", "dt", "dd", "figcaption", "caption"]

    init(_ html: String) {
        var out = ""
        var links: [Source] = []
        var openLink: (href: String, start: String.Index)?
        var pendingBreak = 0  // 1: a line break, 2: a paragraph break, before the next text
        var space = false
        var pre = 0
        let s = html
        var i = s.startIndex

        func emit(_ text: String) {
            for c in text {
                let white = c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\r\n" || c == "\u{0C}"
                if white && pre == 0 { space = true; continue }
                if pendingBreak > 0 && !out.isEmpty {
                    out += pendingBreak >= 2 ? "\n\n" : "\n"
                    space = false
                }
                pendingBreak = 0
                if space && !out.isEmpty && out.last != "\n" { out.append(" ") }
                space = false
                out.append(c)
            }
        }

        while i < s.endIndex {
            let c = s[i]
            if c == "<" {
                // A comment, a tag, or a lone `<` that is text.
                if s[i...].hasPrefix("<!--") {
                    if let end = s.range(of: "-->", range: s.index(i, offsetBy: 4)..<s.endIndex) { i = end.upperBound } else { i = s.endIndex }
                    continue
                }
                guard let close = s[i...].firstIndex(of: ">") else { emit("<"); i = s.index(after: i); continue }
                let inner = s[s.index(after: i)..<close]
                let closing = inner.first == "/"
                let nameStart = closing ? inner.index(after: inner.startIndex) : inner.startIndex
                let name = inner[nameStart...].prefix { $0.isLetter || $0.isNumber }.lowercased()
                guard !name.isEmpty || inner.first == "!" || inner.first == "?" else { emit("<"); i = s.index(after: i); continue }
                i = s.index(after: close)
                if name == "script" || name == "style", !closing {
                    if let end = s.range(of: "</\(name)", options: .caseInsensitive, range: i..<s.endIndex) {
                        i = s[end.upperBound...].firstIndex(of: ">").map { s.index(after: $0) } ?? s.endIndex
                    } else { i = s.endIndex }
                    continue
                }
                if name == "pre" { pre += closing ? (pre > 0 ? -1 : 0) : 1 }
                if Self.paragraphTags.contains(name) { pendingBreak = 2 }
                else if Self.lineTags.contains(name) { pendingBreak = max(pendingBreak, 1) }
                if name == "li" && !closing { emitBullet() }
                if name == "a" {
                    if closing, let link = openLink {
                        let label = String(out[link.start...]).trimmingWhitespace
                        links.append(Source(name: label.isEmpty ? link.href : label, url: link.href))
                        openLink = nil
                    } else if !closing, let href = Self.attribute("href", in: inner), !href.isEmpty {
                        if space && !out.isEmpty && out.last != "\n" { out.append(" "); space = false }
                        openLink = (Self.decode(href), out.endIndex)
                    }
                }
                continue
            }
            if c == "&" {
                let (text, next) = Self.reference(in: s, at: i)
                emit(text)
                i = next
                continue
            }
            emit(String(c))
            i = s.index(after: i)
        }
        if let link = openLink {
            let label = String(out[link.start...]).trimmingWhitespace
            links.append(Source(name: label.isEmpty ? link.href : label, url: link.href))
        }
        self.text = out
        self.links = links

        func emitBullet() {
            if pendingBreak == 0 && !out.isEmpty { pendingBreak = 1 }
            if pendingBreak > 0 && !out.isEmpty { out += pendingBreak >= 2 ? "\n\n" : "\n" }
            pendingBreak = 0
            space = false
            out += "• "
        }
    }

    /// The value of `name="…"` (or `'…'`, or unquoted) in a tag's text.
    static func attribute(_ name: String, in tag: Substring) -> String? {
        var rest = tag[...]
        while let r = rest.range(of: name, options: .caseInsensitive) {
            let before = r.lowerBound == tag.startIndex ? " " : tag[tag.index(before: r.lowerBound)]
            var j = r.upperBound
            rest = tag[r.upperBound...]
            guard before == " " || before == "\t" || before == "\n" else { continue }
            while j < tag.endIndex, tag[j] == " " { j = tag.index(after: j) }
            guard j < tag.endIndex, tag[j] == "=" else { continue }
            j = tag.index(after: j)
            while j < tag.endIndex, tag[j] == " " { j = tag.index(after: j) }
            guard j < tag.endIndex else { return "" }
            let q = tag[j]
            if q == "\"" || q == "'" {
                let start = tag.index(after: j)
                let end = tag[start...].firstIndex(of: q) ?? tag.endIndex
                return String(tag[start..<end])
            }
            return String(tag[j...].prefix { $0 != " " && $0 != ">" && $0 != "/" })
        }
        return nil
    }

    /// `text` with character references decoded (for attribute values).
    static func decode(_ text: String) -> String {
        var out = ""
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "&" {
                let (t, next) = reference(in: text, at: i)
                out += t
                i = next
            } else {
                out.append(text[i])
                i = text.index(after: i)
            }
        }
        return out
    }

    /// The character reference at `i` (which holds `&`) and where the text goes on; a `&`
    /// that starts none is itself.
    static func reference(in s: String, at i: String.Index) -> (String, String.Index) {
        let after = s.index(after: i)
        if after < s.endIndex, s[after] == "#" {
            var j = s.index(after: after)
            let hex = j < s.endIndex && (s[j] == "x" || s[j] == "X")
            if hex { j = s.index(after: j) }
            let digitsStart = j
            while j < s.endIndex, hex ? s[j].isHexDigit : s[j].isASCIIDigit { j = s.index(after: j) }
            guard j > digitsStart else { return ("&", after) }
            let digits = s[digitsStart..<j].prefix(8)
            var value = UInt32(digits, radix: hex ? 16 : 10) ?? 0xFFFD
            if j < s.endIndex, s[j] == ";" { j = s.index(after: j) }
            // HTML5: NUL, surrogates and values past U+10FFFF become U+FFFD.
            if value == 0 || (0xD800...0xDFFF).contains(value) || value > 0x10FFFF { value = 0xFFFD }
            return (String(Character(Unicode.Scalar(value) ?? "\u{FFFD}")), j)
        }
        // The longest name in the table that the text starts with.
        var j = after
        var best: (String, String.Index)?
        var name = ""
        while j < s.endIndex, name.count < HTMLEntities.longestName, s[j].isLetter || s[j].isNumber || s[j] == ";" {
            name.append(s[j])
            j = s.index(after: j)
            if let v = HTMLEntities.table[name] { best = (v, j) }
            if s[s.index(before: j)] == ";" { break }
        }
        return best ?? ("&", after)
    }
}
