import TimelineModel

/// The two rows on top: the timeline's title, then the display zone, the event count and
/// whatever narrows the view (filter, search, relative times).
enum Header {
    static func draw(_ s: ViewState, into frame: inout Frame) {
        let bar = Style(.title, [.bold, .reverse])
        frame.fill(row: 0, style: bar)
        frame.write(" " + SafeText.neutralise(s.timeline.title), x: 0, y: 0, style: bar)

        var parts = [s.zoneDescription]
        let total = s.events.count
        parts.append(s.filter.isEmpty ? "\(total) event\(total == 1 ? "" : "s")"
                                      : "\(s.shown.count)/\(total) events, filter “\(s.filter)”")
        if !s.search.isEmpty {
            let n = s.matches.count
            parts.append("search “\(s.search)”: " + (n == 0 ? "no match" : "\(n) match\(n == 1 ? "" : "es")"))
        }
        if s.relative { parts.append(s.mark == nil ? "T+ from first event" : "T+ from mark") }
        frame.write(" " + parts.joined(separator: " · "), x: 0, y: 1, style: Style(.label))
    }
}
