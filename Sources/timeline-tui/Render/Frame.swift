import TimelineModel

/// A screen's worth of cells, drawn by pure code and handed to the terminal to show.
///
/// Writing outside the frame does nothing (never a crash), text is clipped by display
/// width a whole grapheme cluster at a time and never wraps, and a wide glyph that would
/// straddle the right edge is left out.
struct Frame: Equatable, Sendable {
    let width: Int
    let height: Int
    /// Everything drawn in ASCII (`AsciiFallback`): the terminal cannot show more.
    let asciiOnly: Bool
    private(set) var cells: [Cell]
    /// Where the terminal's cursor goes (a prompt's end); hidden when nil.
    var cursor: Point?

    struct Point: Hashable, Sendable {
        var x: Int
        var y: Int
    }

    init(width: Int, height: Int, asciiOnly: Bool = false) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.asciiOnly = asciiOnly
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < width, y < height else { return .blank }
        return cells[y * width + x]
    }

    /// Writes one grapheme at (x, y); returns the columns it took (0 when it did not fit).
    ///
    /// It takes `DisplayWidth.of` it, the columns ncursesw counts: each scalar that takes
    /// columns gets its own cell (🇫🇷 two cells of one, 👍🏽 two wide ones), and the
    /// zero-width scalars after it (accents) join its cell. A ZWJ or VS16 is left out: sent
    /// to the terminal it could join 👨‍👩 into one glyph two columns narrower than ncurses
    /// counted (tmux does), or widen ❤️ (most terminals do), and shift the rest of the row.
    @discardableResult
    mutating func put(_ character: Character, x: Int, y: Int, style: Style) -> Int {
        if asciiOnly, !character.isASCII {
            let ascii = AsciiFallback.text(character)
            let look = ascii.hasPrefix("\\u{") ? style.adding(.dim) : style  // a code, not text
            var used = 0
            for c in ascii { used += put(c, x: x + used, y: y, style: look) }
            return used
        }
        let text = Printable.visible(character)
        if text.count > 1 {  // a control shown as `^[` or `<U+202E>`: several cells
            var used = 0
            for c in text { used += put(c, x: x + used, y: y, style: style.adding(.dim)) }
            return used
        }
        let w = Printable.width(character)
        guard y >= 0, y < height, x >= 0, x + max(w, 1) <= width else { return 0 }
        var col = x
        for s in text.unicodeScalars where s.value != 0x200D && s.value != 0xFE0F {
            let sw = DisplayWidth.of(s)
            if sw == 0 {
                attach(s, before: col, y: y)
                continue
            }
            clearWide(x: col, y: y)
            if sw == 2 { clearWide(x: col + 1, y: y) }
            cells[y * width + col] = Cell(text: String(s), width: sw, style: style)
            if sw == 2 { cells[y * width + col + 1] = .continuation(style) }
            col += sw
        }
        return w
    }

    /// A zero-width scalar (an accent) joins the glyph in the cell before `x`, if any.
    private mutating func attach(_ s: Unicode.Scalar, before x: Int, y: Int) {
        var i = y * width + x - 1
        guard x > 0 else { return }
        if cells[i].width == 0, x > 1 { i -= 1 }  // the second half of a wide glyph
        if !cells[i].text.isEmpty { cells[i].text.unicodeScalars.append(s) }
    }

    /// Writes `text` from (x, y) in at most `limit` columns (to the right edge by default).
    /// When it does not fit, it ends with `…` in the last column. Returns the columns used.
    @discardableResult
    mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        let budget = min(limit ?? (width - x), width - x)
        guard budget > 0, y >= 0, y < height else { return 0 }
        let total = width(of: text)
        var used = 0
        if total <= budget {
            for c in text { used += put(c, x: x + used, y: y, style: style) }
            return used
        }
        let ellipsis = width(of: "…" as Character)
        for c in text {
            let w = width(of: c)
            if used + w > budget - ellipsis { break }
            used += put(c, x: x + used, y: y, style: style)
        }
        used += put("…", x: x + used, y: y, style: style)
        return used
    }

    /// The columns `put` gives a grapheme.
    func width(of character: Character) -> Int {
        asciiOnly && !character.isASCII ? AsciiFallback.text(character).count : Printable.width(character)
    }

    /// The columns `write` gives text (unclipped).
    func width(of text: String) -> Int {
        var w = 0
        for c in text { w += width(of: c) }
        return w
    }

    /// Sets the style of a run of cells, keeping their text (selection bars, matches).
    mutating func restyle(x: Int, y: Int, count: Int, _ change: (inout Style) -> Void) {
        guard y >= 0, y < height else { return }
        for col in max(0, x)..<max(max(0, x), min(width, x + count)) {
            change(&cells[y * width + col].style)
        }
    }

    /// Fills a row with blanks in `style` (a status bar, a selection bar).
    mutating func fill(row y: Int, style: Style) {
        guard y >= 0, y < height else { return }
        for col in 0..<width { cells[y * width + col] = Cell(text: " ", width: 1, style: style) }
    }

    /// The frame as plain text rows, trailing blanks kept (what a screen capture shows).
    var rows: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width { line += self[x, y].text }
            return line
        }
    }

    /// Overwriting half of a wide glyph blanks its other half, so no half-glyph remains.
    private mutating func clearWide(x: Int, y: Int) {
        guard x >= 0, x < width else { return }
        let i = y * width + x
        if cells[i].width == 0, x > 0 { cells[i - 1] = Cell(text: " ", width: 1, style: cells[i - 1].style) }
        if cells[i].width == 2, x + 1 < width { cells[i + 1] = Cell(text: " ", width: 1, style: cells[i].style) }
    }
}
