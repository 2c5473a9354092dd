/// The rule every reader uses to make a one-line title from a message: its first line,
/// whitespace collapsed, cut at 200 characters with `…`; the full message goes to `text`
/// when the title is not all of it. An empty message gives `(no title)` and a warning.
enum EventTitle {
    static let maxCharacters = 200
    static let none = "(no title)"

    /// The title and, when the title does not say everything, the full text.
    static func from(_ message: String) -> (title: String, text: String?, empty: Bool) {
        if let title = alreadyATitle(message) { return (title, nil, false) }
        let trimmed = message.trimmingWhitespace
        let firstLine = trimmed.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }).first.map(String.init) ?? ""
        var title = collapse(firstLine)
        if title.isEmpty { return (none, trimmed.isEmpty ? nil : trimmed, true) }
        if title.count > maxCharacters { title = String(title.prefix(maxCharacters - 1)) + "…" }
        return (title, title == trimmed ? nil : trimmed, false)
    }

    /// `message` itself when the rule would give it back unchanged (`keptAsWritten`): told
    /// from its bytes, without walking its characters.
    private static func alreadyATitle(_ message: String) -> String? {
        var bytes = message
        return bytes.withUTF8(keptAsWritten) ? message : nil
    }

    /// Whether a message of these bytes (valid UTF-8) is its own title: no space at either
    /// end, one line, no tab, no-break space or two spaces in a row, and short enough.
    static func keptAsWritten(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = utf8.first, let last = utf8.last, utf8.count <= maxCharacters,
              first != 0x20, first != 0x09, last != 0x20, last != 0x09
        else { return false }
        var previous: UInt8 = 0
        for b in utf8 {
            if b == 0x0A || b == 0x0D || b == 0x09 || (b == 0x20 && previous == 0x20) || (b == 0xA0 && previous == 0xC2) {
                return false
            }
            previous = b
        }
        return true
    }

    /// Runs of spaces and tabs become one space.
    static func collapse(_ s: String) -> String {
        var out = ""
        var space = false
        for c in s {
            if c == " " || c == "\t" || c == "\u{00A0}" {
                space = true
                continue
            }
            if space && !out.isEmpty { out.append(" ") }
            space = false
            out.append(c)
        }
        return out
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and line breaks.
    var trimmingWhitespace: String {
        // Most text has none: told from the first and last bytes.
        if let first = utf8.first, let last = utf8.last,
           first != 0x20, first != 0x09, first != 0x0A, first != 0x0D,
           last != 0x20, last != 0x09, last != 0x0A, last != 0x0D {
            return self
        }
        let ws: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard let first = firstIndex(where: { !ws($0) }), let last = lastIndex(where: { !ws($0) }) else { return "" }
        return String(self[first...last])
    }
}
