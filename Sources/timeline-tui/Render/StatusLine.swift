import TimelineModel

/// The bottom row: a prompt being answered, or the position, then a message or key hints.
enum StatusLine {
    static let hints = "↑↓ move  Enter detail  / search  z zone  e export  ? help  q quit"
    static let detailHints = "↑↓ scroll  ←→ event  Enter close  ? help  q quit"

    static func draw(_ s: ViewState, into frame: inout Frame) {
        let y = frame.height - 1
        let bar = Style(.status, .reverse)
        frame.fill(row: y, style: bar)
        if let p = s.prompt {
            var used = frame.write(p.label, x: 0, y: y, style: Style(.status, [.reverse, .bold]))
            // Keep the cursor in view: a long answer loses its start, then its end.
            var before = SafeText.neutralise(p.line.beforeCursor)
            while Printable.width(before) > frame.width - used - 1, !before.isEmpty { before.removeFirst() }
            let text = p.suggested ? Style(.status, [.reverse, .dim]) : bar
            used += frame.write(before, x: used, y: y, style: text)
            frame.cursor = Frame.Point(x: min(used, frame.width - 1), y: y)
            let after = SafeText.neutralise(String(p.text.dropFirst(p.line.cursor)))
            frame.write(after, x: used, y: y, style: text, limit: max(0, frame.width - used))
            if p.purpose == .zone { drawCompletions(p, y: y - 1, into: &frame) }
            if let problem = p.problem { drawProblem(problem, of: p, y: y - 1, into: &frame) }
            return
        }
        let position = s.shown.isEmpty ? "0/0" : "\(s.selected + 1)/\(s.shown.count)"
        let used = frame.write(" " + position + " ", x: 0, y: y, style: Style(.status, [.reverse, .bold]))
        if let m = s.message {
            // A message too long for the row goes up over the list's last rows (three at
            // most) until the next key, rather than losing its end.
            let room = max(10, frame.width - used)
            var lines = Printable.width(m) <= room ? [m] : LineWrapping.paragraphLines(m, width: room)
            if lines.count > 3 { lines = Array(lines.prefix(3)) }
            let style = Style(.message, [.reverse, .bold])
            for (k, line) in lines.enumerated() {
                let row = y - (lines.count - 1 - k)
                guard row > ViewState.headerRows else { continue }
                if row != y { frame.fill(row: row, style: bar) }
                frame.write(line, x: used, y: row, style: style, limit: room)
            }
        } else {
            frame.write(s.detailOpen ? detailHints : hints, x: used, y: y, style: bar)
        }
    }

    /// `        ^ “(” is not closed`: the sentence over the place it is about, which
    /// the cursor also sits on.
    private static func drawProblem(_ problem: FilterSyntaxError, of p: Prompt, y: Int, into frame: inout Frame) {
        frame.fill(row: y, style: Style(.message, .bold))
        let before = SafeText.neutralise(String(p.text.prefix(max(0, problem.column - 1))))
        let caret = Printable.width(p.label) + Printable.width(before)
        let text = "^ " + SafeText.neutralise(problem.message)
        let x = caret + Printable.width(text) <= frame.width ? caret : 0
        frame.write(x == caret ? text : "column \(problem.column): " + SafeText.neutralise(problem.message),
                    x: x, y: y, style: Style(.message, .bold))
    }

    private static func drawCompletions(_ p: Prompt, y: Int, into frame: inout Frame) {
        frame.fill(row: y, style: Style(.label))
        let names = p.completions
        let shown = names.prefix(40).joined(separator: "  ")
        let summary = names.isEmpty ? "no zone matches" : (names.count == 1 ? shown : "\(names.count): " + shown)
        frame.write(" " + summary, x: 0, y: y, style: Style(.label))
    }
}
