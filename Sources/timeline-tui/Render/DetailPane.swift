import TimelineModel

/// The selected event in full, below the list: when, who, the title, the text wrapped,
/// the quote, sources with their URLs, tags, id, precision and extra fields. Scrolls.
enum DetailPane {
    /// The pane's lines for `e` at a screen width (the text wrapped). `copies`: how the
    /// other files of a merge wrote it (`EventList.copies(at:)`), the selected event's
    /// when not given.
    static func lines(_ e: Event, state s: ViewState, width: Int, copies: [Event]? = nil) -> [StyledLine] {
        let w = max(1, width - 2)
        var out: [StyledLine] = []
        func para(_ text: String, _ style: Style = .plain, indent: String = "") {
            let safe = SafeText.neutralise(text, keepingNewlines: true)
            // In ASCII the text grows (`\u{00E9}` for é): wrapped as it will be drawn.
            let shown = s.asciiOnly ? AsciiFallback.text(safe) : safe
            for l in LineWrapping.paragraphLines(shown, width: max(1, w - indent.count)) {
                out.append(StyledLine(indent + l, style))
            }
        }
        var when = WrittenCopies.when(e, formatter: s.formatter)
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
        if !e.origins.isEmpty {
            // A merged timeline: every file that holds this happening.
            let files = e.origins.count == 1 ? "File: " : "Files: "
            para(files + e.origins.joined(separator: ", "), Style(.label))
        }
        // A happening several files hold: how each wrote it.
        let copies = WrittenCopies.lines(e, copies: copies ?? s.selectedCopies, formatter: s.formatter)
        if !copies.isEmpty {
            para(WrittenCopies.heading, Style(.label))
            for line in copies { para(line, Style(.label), indent: "  ") }
        }
        for f in e.extraFields { para("\(f.name): \(f.json)", Style(.label)) }
        return out
    }

    /// How far the pane can scroll sideways: the columns of its widest line (a long URL,
    /// never broken) past the pane's width.
    static func hiddenColumns(_ lines: [StyledLine], width: Int) -> Int {
        var widest = 0
        for line in lines { widest = max(widest, DisplayWidth.of(line.text)) }
        return max(0, widest - max(1, width - 2))
    }

    static func draw(_ s: ViewState, into frame: inout Frame) {
        guard let e = s.selectedEvent else { return }
        let divider = ViewState.headerRows + s.listHeight
        let lines = lines(e, state: s, width: s.width)
        let top = min(s.detailTop, max(0, lines.count - s.detailHeight))
        let hidden = hiddenColumns(lines, width: s.width)
        let left = min(s.detailLeft, hidden)
        var title = "── \(s.selected + 1)/\(s.shown.count) "
        if lines.count > s.detailHeight {
            title += "· lines \(top + 1)–\(min(lines.count, top + s.detailHeight)) of \(lines.count) "
        }
        if hidden > 0 {
            title += left > 0 ? "· from column \(left + 1), h l sideways " : "· h l sideways "
        }
        let used = frame.write(title, x: 0, y: divider, style: Style(.label, .bold))
        frame.write(String(repeating: "─", count: max(0, s.width - used)), x: used, y: divider, style: Style(.label, .bold))
        // A search hit is marked as in the list.
        let mark: (inout Style) -> Void = { $0 = Style(.match, [.reverse]) }
        for (i, line) in lines.dropFirst(top).prefix(s.detailHeight).enumerated() {
            frame.draw(line, x: 1, y: divider + 1 + i, limit: s.width - 2, skipping: left, highlighting: s.search, with: mark)
        }
    }
}
