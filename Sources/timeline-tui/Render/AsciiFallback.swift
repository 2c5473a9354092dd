import TimelineModel

/// The screen in ASCII, for a terminal whose locale is not UTF-8 when no UTF-8 locale
/// exists either: curses would draw every other character as a blank (`UTC 04:00` for
/// `UTC−04:00`, `clbrant` for `célébrant`). Nothing is lost: the screen's own signs get an
/// ASCII look-alike (`-` for `−`, `>` for `▸`), everything else its code (`\u{00E9}`),
/// as `SafeText` writes what it neutralises. Applied before text is measured, so the
/// columns stay right.
enum AsciiFallback {
    /// Said once on the status line.
    static let notice = "No UTF-8 locale: text shown in ASCII, other characters as \\u{00E9}."

    /// Look-alikes for the signs the viewer draws itself and common typography; one
    /// column for one where the sign is a marker in a column of its own (`»`, `●`, `▸`).
    private static let lookAlikes: [Unicode.Scalar: String] = [
        "−": "-", "–": "-", "—": "--", "─": "-", "━": "-", "▸": ">", "◆": "+", "●": "*", "•": "*", "·": ".",
        "»": ">", "«": "<", "↺": "@", "≡": "=", "…": "...", "’": "'", "‘": "'", "“": "\"", "”": "\"",
        "▲": "A", "↯": "P", "◉": "D", "⇡": "^", "∆": "C", "◐": "M", "↗": "R", "✓": "V", "◇": "?",
        "⇄": "=", "○": "o", "□": "#", "△": "%", "▽": "&", "◁": "(", "▷": ")", "◊": "$",
        "↑": "^", "↓": "v", "←": "<", "→": ">", "×": "x", "\u{A0}": " ", "\u{202F}": " ",
    ]

    /// `character` in ASCII.
    static func text(_ character: Character) -> String {
        if character.isASCII { return String(character) }
        var out = ""
        for s in character.unicodeScalars {
            if s.value >= 0x20 && s.value < 0x7F {
                out.unicodeScalars.append(s)
            } else if let a = lookAlikes[s] {
                out += a
            } else if s.value != 0x200D && s.value != 0xFE0F {
                out += SafeText.visible(s)
            }
        }
        return out
    }

    /// `text` in ASCII.
    static func text(_ text: String) -> String {
        var ascii = true
        for c in text.utf8 where c >= 0x80 { ascii = false; break }
        if ascii { return text }
        var out = ""
        for c in text { out += Self.text(c) }
        return out
    }
}
