import TimelineModel

/// The two rows on top: the timeline's title, then the display zone, the event count and
/// whatever narrows the view (filter, search, relative times).
enum Header {
    static func draw(_ s: ViewState, into frame: inout Frame) {
        let bar = Style(.title, [.bold, .reverse])
        frame.fill(row: 0, style: bar)
        let title = " " + SafeText.neutralise(s.timeline.title)

        var parts = [s.zoneDescription]
        let total = s.events.count
        // Only answers that were computed: while work runs, the last true answer and what
        // is being looked for.
        parts.append(s.shownFilterText.isEmpty ? "\(total) event\(total == 1 ? "" : "s")"
                                               : "\(s.shown.count)/\(total) events, filter “\(s.shownFilterText)”")
        if !s.filterAnswered { parts.append("filtering “\(s.filter)”…") }
        if s.reloading { parts.append("reloading…") }
        // Said as long as it lasts, as less +F does ("Waiting for data…").
        if s.following { parts.append(s.followsEnd ? "following" : "following (G: back to the end)") }
        if s.foldingDuplicates { parts.append("folding duplicates…") }
        if !s.search.isEmpty {
            let n = s.matches.count
            let found = n == 0 ? "no match" : "\(n) match\(n == 1 ? "" : "es")"
            if s.searchAnswered {
                parts.append("search “\(s.search)”: " + found)
            } else {
                var text = "search “\(s.search)”: " + (s.runningSearch == s.search ? "searching…" : "Enter searches")
                if let p = s.partialSearch, p.query == s.search, s.runningSearch == s.search {
                    // Counted as found: the answer so far, never more.
                    let n = p.matches.count
                    text += " \(p.percent)%, \(n) match\(n == 1 ? "" : "es") so far"
                } else if !s.matchedSearch.isEmpty {
                    text += " (“\(s.matchedSearch)”: \(found))"
                }
                parts.append(text)
            }
        }
        if s.relative { parts.append(s.mark == nil ? "T+ from first event" : "T+ from mark") }
        if s.lanes != nil {
            // Row 1 names the lanes: what it usually says follows the title, which is cut
            // first (to 16 columns at least) so that the zone of the times stays on screen.
            let info = " · " + parts.joined(separator: " · ")
            let room = max(min(Printable.width(title), 16), s.width - Printable.width(info))
            let used = frame.write(title, x: 0, y: 0, style: bar, limit: room)
            frame.write(info, x: used, y: 0, style: bar)
            LaneView.drawNames(s, into: &frame)
            return
        }
        frame.write(title, x: 0, y: 0, style: bar)
        frame.write(" " + parts.joined(separator: " · "), x: 0, y: 1, style: Style(.label))
    }
}
