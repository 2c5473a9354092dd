import TimelineModel

/// The `?` overlay: every key, printed from `KeyBindings` so it cannot drift, and what the
/// list's markers mean.
enum HelpScreen {
    /// The help's lines at a screen width: descriptions wrap under themselves.
    static func lines(width: Int = 80) -> [StyledLine] {
        let keyStyle = Style(.label, .bold)
        var out: [StyledLine] = []
        func row(_ keys: String, _ help: String) {
            let pad = String(repeating: " ", count: max(1, 14 - Printable.width(keys)))
            let wrapped = LineWrapping.paragraphLines(help, width: max(10, width - 16))
            out.append(StyledLine([("  " + keys + pad, keyStyle), (wrapped.first ?? "", .plain)]))
            for more in wrapped.dropFirst() { out.append(StyledLine(String(repeating: " ", count: 16) + more)) }
        }
        for b in KeyBindings.table where b.shownInHelp { row(KeyBindings.keyNames(b), b.help) }
        for o in KeyBindings.otherKeys { row(o.keys, o.help) }
        out.append(StyledLine())
        out.append(StyledLine("Markers", Style(.label, .bold)))
        // The legend, a few kinds a line so a narrow screen shows them all.
        var legend: [(String, Style)] = []
        var used = 0
        for (kind, marker) in KindMarker.known {
            let w = Printable.width(kind) + 4
            if used + w > max(20, width - 2), !legend.isEmpty {
                out.append(StyledLine(legend))
                legend = []
                used = 0
            }
            legend += [(" " + marker.sign + " ", Style(marker.role, .bold)), (kind + " ", Style.plain)]
            used += w
        }
        if !legend.isEmpty { out.append(StyledLine(legend)) }
        out.append(StyledLine("  any other kind: one of " + KindMarker.others.joined(separator: " ")
            + ", the same for the same kind · no kind: ·"))
        out.append(StyledLine("  ~18:48 about · time unknown: known to the day · [11 min] a span · * the mark"))
        out.append(StyledLine("  ◆ a bookmark · ~T+1 day: T+ of an event known only to the day, in whole days"))
        // Several files: what the source column says (its labels cut where they differ).
        let merged = "several files: the file's label after the time (cut where labels differ: Enter shows it whole), "
            + "+ when other files hold the same happening too"
        for line in LineWrapping.paragraphLines(merged, width: max(10, width - 4)) { out.append(StyledLine("  " + line)) }
        return out
    }

    static func draw(_ s: ViewState, into frame: inout Frame) {
        let bar = Style(.title, [.bold, .reverse])
        frame.fill(row: 0, style: bar)
        frame.write(" Keys — q, Esc or ? closes, ↑↓ scroll", x: 0, y: 0, style: bar)
        let all = lines(width: s.width)
        let room = s.height - 2
        let top = min(s.helpTop, max(0, all.count - room))
        for (i, line) in all.dropFirst(top).prefix(room).enumerated() {
            frame.draw(line, x: 0, y: 1 + i, limit: s.width)
        }
        let y = s.height - 1
        frame.fill(row: y, style: Style(.status, .reverse))
        let more = top + room < all.count ? "  ↓ more" : ""
        frame.write(" \(min(all.count, top + room))/\(all.count) lines\(more)", x: 0, y: y, style: Style(.status, .reverse))
    }
}
