/// The rule every reader uses to make a one-line title from a message: its first line,
/// whitespace collapsed, cut at 200 characters with `…`; the full message goes to `text`
/// when the title is not all of it. An empty message gives `(no title)` and a warning.
enum EventTitle {
    static let maxCharacters = 200
    static let none = "(no title)"

    /// The title and, when the title does not say everything, the full text.
    static func from(_ message: String) -> (title: String, text: String?, empty: Bool) {
        let trimmed = message.trimmingWhitespace
        let firstLine = trimmed.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }).first.map(String.init) ?? ""
        var title = collapse(firstLine)
        if title.isEmpty { return (none, trimmed.isEmpty ? nil : trimmed, true) }
        if title.count > maxCharacters { title = String(title.prefix(maxCharacters - 1)) + "…" }
        return (title, title == trimmed ? nil : trimmed, false)
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
        let ws: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard let first = firstIndex(where: { !ws($0) }), let last = lastIndex(where: { !ws($0) }) else { return "" }
        return String(self[first...last])
    }
}
