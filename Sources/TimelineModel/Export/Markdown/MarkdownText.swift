/// Text from a file made inert in Markdown (CommonMark and GitHub's extensions): whatever
/// a title holds — `|`, `*`, `_`, backticks, `<script>`, `[x](javascript:…)`, line
/// breaks, escape sequences — it reads as the same characters and can neither break a
/// table nor make HTML, a link, a heading, a list or a mention.
enum MarkdownText {
    /// `text` for a table cell, a heading or a line: control and invisible characters
    /// neutralised as in the text export (a line break shows as `^J`, so it cannot end a
    /// table row), then every ASCII punctuation character Markdown could read as syntax
    /// escaped with a backslash. `@` too, so that no one is mentioned on GitHub; `$` too,
    /// so that nothing becomes maths.
    static func inline(_ text: String) -> String {
        escape(SafeText.neutralise(text))
    }

    /// `text` as paragraphs (split at blank lines), each a list of lines made safe as by
    /// `inline` and with anything that would start a block at the start of a line
    /// (`# `, `- `, `+ `, `1. `, `===`, indentation) made plain text.
    static func paragraphs(_ text: String) -> [[String]] {
        let kept = SafeText.neutralise(text, keepingNewlines: true)
        var result: [[String]] = []
        var current: [String] = []
        for raw in kept.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.drop { $0 == " " }
            if line.isEmpty {
                if !current.isEmpty { result.append(current) }
                current = []
                continue
            }
            current.append(blockSafe(escape(String(line))))
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// ASCII punctuation that can mean something in Markdown, HTML or GitHub's extensions.
    static func needsEscape(_ c: UInt8) -> Bool {
        switch c {
        case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E, 0x7C, 0x23, 0x7E, 0x26, 0x40, 0x24:
            true  // \ ` * _ [ ] < > | # ~ & @ $ (`!` only makes an image before `[`, escaped)
        default:
            false
        }
    }

    /// Appends `inline(text)` as UTF-8 to `out`, with no intermediate string (the table
    /// rows of a big export).
    static func appendInline(_ text: String, to out: inout [UInt8]) {
        var safe = SafeText.neutralise(text)
        safe.withUTF8 { appendEscaped($0, to: &out) }
    }

    /// Appends `inline(value)`: plain bytes from the file (which neutralising leaves as
    /// they are) escaped as they are, without a `String`.
    static func appendInline(_ value: TextValue, to out: inout [UInt8]) {
        if let plain = value.plainBytes { return appendEscaped(plain, to: &out) }
        appendInline(value.string, to: &out)
    }

    /// What `paragraphs` makes of `plain` (`TextValue.plainBytes`, which hold no line
    /// break): one paragraph of one line, or none when blank. Appends that line after
    /// `before` (and a line break first when `blankLineFirst`), then a line break, and
    /// returns true; false, having written nothing, when blank.
    static func appendPlainParagraph(
        _ plain: UnsafeBufferPointer<UInt8>, blankLineFirst: Bool, before: [UInt8], to out: inout [UInt8]
    ) -> Bool {
        var start = 0
        while start < plain.count && plain[start] == 0x20 { start += 1 }
        guard start < plain.count else { return false }
        if blankLineFirst { out.append(0x0A) }
        out.append(contentsOf: before)
        appendBlockSafe(UnsafeBufferPointer(rebasing: plain[start...]), to: &out)
        out.append(0x0A)
        return true
    }

    /// What `appendParagraphs` of a writer makes of `text` (decoded, with line breaks)
    /// when each of its lines is plain (`DisplayWidth.plainWidth`, which neutralising
    /// leaves as it is): each paragraph of `paragraphs(text)` after a line break, each of
    /// its lines after `before`. False, having written nothing, when a line is not plain.
    static func appendPlainParagraphs(_ text: UnsafeBufferPointer<UInt8>, before: [UInt8], to out: inout [UInt8]) -> Bool {
        let lines = text.split(separator: 0x0A, omittingEmptySubsequences: false)
        for line in lines where DisplayWidth.plainWidth(UnsafeBufferPointer(rebasing: line)) == nil { return false }
        var open = false
        for line in lines {
            let kept = line.drop { $0 == 0x20 }
            if kept.isEmpty {
                open = false
                continue
            }
            if !open { out.append(0x0A) }
            open = true
            out.append(contentsOf: before)
            appendBlockSafe(UnsafeBufferPointer(rebasing: kept), to: &out)
            out.append(0x0A)
        }
        return true
    }

    /// `blockSafe(escape(line))` appended, for a line that is not empty and starts with no
    /// space: escaping leaves the digits, `.`, `)`, `-`, `+` and `=` that `blockSafe` looks
    /// at as they are.
    private static func appendBlockSafe(_ line: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let first = line[0]
        if first == 0x2D || first == 0x2B || first == 0x3D {
            out.append(0x5C)
        } else if first >= 0x30 && first <= 0x39 {
            var n = 1
            while n < line.count && line[n] >= 0x30 && line[n] <= 0x39 { n += 1 }
            if n < line.count && (line[n] == 0x2E || line[n] == 0x29) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: line[..<n]))
                out.append(0x5C)
                return appendEscaped(UnsafeBufferPointer(rebasing: line[n...]), to: &out)
            }
        }
        appendEscaped(line, to: &out)
    }

    /// Appends `link(name:url:)`; the link target made from the URL's bytes when they tell
    /// (`WebText.appendLinkTarget`).
    static func appendLink(name: TextValue, url: TextValue?, scratch: inout [UInt8], to out: inout [UInt8]) {
        if let url, !url.isEmpty {
            scratch.removeAll(keepingCapacity: true)
            guard url.withUTF8({ WebText.appendLinkTarget($0, prefix: "", entities: false, to: &scratch) }) else {
                out.append(contentsOf: link(name: name.string, url: url.string).utf8)
                return
            }
            out.append(0x5B)
            appendInline(name, to: &out)
            out.append(contentsOf: [0x5D, 0x28])
            out.append(contentsOf: scratch)
            out.append(0x29)
        } else {
            appendInline(name, to: &out)
        }
    }

    /// Appends `bytes` (UTF-8 already safe for a terminal) with Markdown's punctuation escaped.
    static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        guard let base = bytes.baseAddress else { return }
        let end = bytes.count
        var start = 0
        var i = 0
        while i < end {
            // Eight bytes at a time past those that cannot need escaping, else straight to
            // the first byte in the ranges (`escapeFlags`).
            if i &+ 8 <= end {
                let flags = escapeFlags(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                if flags == 0 {
                    i &+= 8
                    continue
                }
                i &+= flags.trailingZeroBitCount &>> 3
            }
            if needsEscape(base[i]) {
                out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: i &- start))
                out.append(0x5C)
                start = i
            }
            i &+= 1
        }
        out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: end &- start))
    }

    /// The bytes of `w` that may need escaping, as the top bit of each: ASCII bytes in
    /// `#`–`*`, `<`–`@`, `[`–`` ` `` or `|`–`~`, the ranges that hold every byte
    /// `needsEscape` takes (and a few it does not: those are then looked at one by one).
    /// Exact (no sum carries into the next byte): the bytes below the lowest flag need none.
    @inline(__always)
    static func escapeFlags(_ w: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let y = w & 0x7F7F_7F7F_7F7F_7F7F
        // For a byte below 0x80, `y + (0x80 - lo)` has its top bit set when it is at least
        // `lo`, and `y + (0x7F - hi)` when it is above `hi`; no sum carries into the next.
        @inline(__always) func within(_ lo: UInt64, _ hi: UInt64) -> UInt64 {
            (y &+ ones &* (0x80 - lo)) & ~(y &+ ones &* (0x7F - hi))
        }
        let hits = within(0x23, 0x2A) | within(0x3C, 0x40) | within(0x5B, 0x60) | within(0x7C, 0x7E)
        return hits & ~w & 0x8080_8080_8080_8080
    }

    private static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsEscape) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        for c in text.utf8 {
            if needsEscape(c) { out.append(0x5C) }
            out.append(c)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A line that cannot start a block: a leading `-`, `+`, `=` or ordered-list number
    /// is escaped (`#`, `>`, `*` and `_` already are).
    private static func blockSafe(_ line: String) -> String {
        guard let first = line.utf8.first else { return line }
        if first == 0x2D || first == 0x2B || first == 0x3D { return "\\" + line }
        if first >= 0x30 && first <= 0x39 {
            let digits = line.utf8.prefix { $0 >= 0x30 && $0 <= 0x39 }
            let rest = line.utf8.dropFirst(digits.count)
            if let mark = rest.first, mark == 0x2E || mark == 0x29 {
                return String(decoding: digits, as: UTF8.self) + "\\" + String(decoding: rest, as: UTF8.self)
            }
        }
        return line
    }

    /// `[name](https://…)` when `url` is a web address, else `name (url)` as text.
    static func link(name: String, url: String?) -> String {
        guard let url, !url.isEmpty else { return inline(name) }
        guard let target = WebText.link(url) else { return inline(name) + " (" + inline(url) + ")" }
        return "[" + inline(name) + "](" + target + ")"
    }
}
