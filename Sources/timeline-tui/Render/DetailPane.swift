import TimelineModel

/// The selected event in full, below the list: when, who, the title, the text wrapped,
/// the quote, sources with their URLs, tags, id, precision and extra fields. Scrolls.
enum DetailPane {
    /// The pane's lines for `e` at a screen width (the text wrapped).
    static func lines(_ e: Event, state s: ViewState, width: Int) -> [StyledLine] {
        let w = max(1, width - 2)
        var out: [StyledLine] = []
        func para(_ text: String, _ style: Style = .plain, indent: String = "") {
            for l in Wrap.lines(SafeText.neutralise(text, keepingNewlines: true), width: max(1, w - indent.count)) {
                out.append(StyledLine(indent + l, style))
            }
        }
        var when = DayHeading.text(s.formatter.day(of: e)) + ", " + s.formatter.timeAndSpan(of: e)
        when += ", " + s.zoneDescription
        if s.relative, let o = s.origin { when += ", " + s.formatter.relative(e, to: o) }
        para(when, Style(.time, .bold))
        let who = [e.actor, e.kind].compactMap { $0 }.map { SafeText.neutralise($0) }.joined(separator: " · ")
        if !who.isEmpty { para(who, Style(.actor)) }
        para(e.title, Style(.plain, .bold))
        if let text = e.text {
            out.append(StyledLine())
            para(text)
        }
        if let q = e.quote {
            out.append(StyledLine())
            para("“" + q.text + "”" + (q.lang.map { " (\($0))" } ?? ""), Style(.plain), indent: "  ")
        }
        if !e.sources.isEmpty {
            out.append(StyledLine())
            out.append(StyledLine("Sources", Style(.label, .bold)))
            for src in e.sources {
                para("• " + src.name, .plain, indent: "  ")
                if let url = src.url { para(url, Style(.url, .underline), indent: "    ") }
            }
        }
        out.append(StyledLine())
        if !e.tags.isEmpty { para("Tags: " + e.tags.joined(separator: ", "), Style(.label)) }
        let precision = e.precision.rawValue + (e.approximate ? ", approximate" : "")
        para("Id: \(e.id) · precision: \(precision)", Style(.label))
        for f in e.extraFields { para("\(f.name): \(f.json)", Style(.label)) }
        return out
    }

    static func draw(_ s: ViewState, into frame: inout Frame) {
        guard let e = s.selectedEvent else { return }
        let divider = ViewState.headerRows + s.listHeight
        let lines = lines(e, state: s, width: s.width)
        let top = min(s.detailTop, max(0, lines.count - s.detailHeight))
        var title = "── \(s.selected + 1)/\(s.shown.count) "
        if lines.count > s.detailHeight {
            title += "· lines \(top + 1)–\(min(lines.count, top + s.detailHeight)) of \(lines.count) "
        }
        let used = frame.write(title, x: 0, y: divider, style: Style(.label, .bold))
        frame.write(String(repeating: "─", count: max(0, s.width - used)), x: used, y: divider, style: Style(.label, .bold))
        for (i, line) in lines.dropFirst(top).prefix(s.detailHeight).enumerated() {
            frame.draw(line, x: 1, y: divider + 1 + i, limit: s.width - 2)
        }
    }
}
