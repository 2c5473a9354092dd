/// A screen's worth of cells, drawn by pure code and handed to the terminal to show.
///
/// Writing outside the frame does nothing (never a crash), text is clipped by display
/// width a whole grapheme cluster at a time and never wraps, and a wide glyph that would
/// straddle the right edge is left out.
struct Frame: Equatable, Sendable {
    let width: Int
    let height: Int
    private(set) var cells: [Cell]
    /// Where the terminal's cursor goes (a prompt's end); hidden when nil.
    var cursor: Point?

    struct Point: Hashable, Sendable {
        var x: Int
        var y: Int
    }

    init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < width, y < height else { return .blank }
        return cells[y * width + x]
    }

    /// Writes one grapheme at (x, y); returns the columns it took (0 when it did not fit).
    @discardableResult
    mutating func put(_ character: Character, x: Int, y: Int, style: Style) -> Int {
        let text = Printable.visible(character)
        if text.count > 1 {  // a control shown as `^[` or `<U+202E>`: several cells
            var used = 0
            for c in text { used += put(c, x: x + used, y: y, style: style.adding(.dim)) }
            return used
        }
        let w = CellWidth.of(text)
        guard y >= 0, y < height, x >= 0, x + max(w, 1) <= width else { return 0 }
        if w == 0 {
            // A lone combining mark: attach it to the cell before, if any.
            if x > 0, !cells[y * width + x - 1].text.isEmpty {
                cells[y * width + x - 1].text += text
            }
            return 0
        }
        clearWide(x: x, y: y)
        if w == 2 { clearWide(x: x + 1, y: y) }
        cells[y * width + x] = Cell(text: text, width: w, style: style)
        if w == 2 { cells[y * width + x + 1] = .continuation(style) }
        return w
    }

    /// Writes `text` from (x, y) in at most `limit` columns (to the right edge by default).
    /// When it does not fit, it ends with `…` in the last column. Returns the columns used.
    @discardableResult
    mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        let budget = min(limit ?? (width - x), width - x)
        guard budget > 0, y >= 0, y < height else { return 0 }
        let total = Printable.width(text)
        var used = 0
        if total <= budget {
            for c in text { used += put(c, x: x + used, y: y, style: style) }
            return used
        }
        for c in text {
            let w = Printable.width(c)
            if used + w > budget - 1 { break }
            used += put(c, x: x + used, y: y, style: style)
        }
        used += put("…", x: x + used, y: y, style: style)
        return used
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
