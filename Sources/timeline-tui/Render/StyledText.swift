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
    @discardableResult
    mutating func draw(_ line: StyledLine, x: Int, y: Int, limit: Int) -> Int {
        var used = 0
        for run in line.runs where limit - used > 0 {
            used += write(run.text, x: x + used, y: y, style: run.style, limit: limit - used)
        }
        return used
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
