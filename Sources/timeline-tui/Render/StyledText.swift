import Foundation

/// A line made of runs of text, each with its style: what the detail pane and help screen
/// are built from before they are drawn.
struct StyledLine: Hashable, Sendable {
    var runs: [(text: String, style: Style)]

    init(_ runs: [(String, Style)] = []) { self.runs = runs.map { (text: $0.0, style: $0.1) } }
    init(_ text: String, _ style: Style = .plain) { self.init([(text, style)]) }

    static func == (a: StyledLine, b: StyledLine) -> Bool {
        a.runs.map(\.text) == b.runs.map(\.text) && a.runs.map(\.style) == b.runs.map(\.style)
    }
    func hash(into h: inout Hasher) { for r in runs { h.combine(r.text); h.combine(r.style) } }

    var text: String { runs.map(\.text).joined() }
}

extension Frame {
    /// Draws a styled line from (x, y) within `limit` columns; returns the columns used.
    /// A line wider than that ends in `…`. `skip`: its first columns are scrolled out of
    /// view, and a `…` in the first column says so. `needle`: where it occurs is marked
    /// with `highlight`.
    @discardableResult
    mutating func draw(_ line: StyledLine, x: Int, y: Int, limit: Int, skipping skip: Int = 0,
                       highlighting needle: String = "", with highlight: (inout Style) -> Void = { _ in }) -> Int {
        var runs = line.runs
        var used = 0
        if skip > 0 {
            guard width(of: line.text) > skip else { return 0 }
            used = write("…", x: x, y: y, style: runs.first?.style ?? .plain, limit: limit)
            runs = dropping(skip + used, from: runs)
        }
        for run in runs where limit - used > 0 {
            used += write(run.text, x: x + used, y: y, style: run.style, limit: limit - used,
                          highlighting: needle, with: highlight)
        }
        return used
    }

    /// `runs` less their first `columns` columns; a wide glyph cut in two leaves a blank.
    private func dropping(_ columns: Int, from runs: [(text: String, style: Style)]) -> [(text: String, style: Style)] {
        var out: [(text: String, style: Style)] = []
        var left = columns
        for run in runs {
            guard left > 0 else { out.append(run); continue }
            var i = run.text.startIndex
            while i < run.text.endIndex, left > 0 {
                left -= width(of: run.text[i])
                i = run.text.index(after: i)
            }
            let rest = String(repeating: " ", count: max(0, -left)) + run.text[i...]
            left = max(0, left)
            if !rest.isEmpty { out.append((rest, run.style)) }
        }
        return out
    }

    /// Writes `text` like `write`, then marks where `needle` occurs (case-insensitive)
    /// with `highlight`.
    @discardableResult
    mutating func write(_ text: String, x: Int, y: Int, style: Style, limit: Int, highlighting needle: String,
                        with highlight: (inout Style) -> Void) -> Int {
        let used = write(text, x: x, y: y, style: style, limit: limit)
        guard !needle.isEmpty else { return used }
        var ranges: [Range<String.Index>] = []
        var from = text.startIndex
        while let r = text.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive], range: from..<text.endIndex) {
            ranges.append(r)
            from = r.upperBound
            if r.isEmpty { break }
        }
        guard !ranges.isEmpty else { return used }
        var col = x
        var i = text.startIndex
        while i < text.endIndex, col < x + used {
            let w = width(of: text[i])
            if ranges.contains(where: { $0.contains(i) }) { restyle(x: col, y: y, count: w, highlight) }
            col += w
            i = text.index(after: i)
        }
        return used
    }
}
