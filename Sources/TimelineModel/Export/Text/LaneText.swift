/// `export --lanes` (and `e` in the viewer's lane view): the events as text with a column
/// per lane (`LaneLayout`), time flowing down, a heading for each day, each event's title
/// in its lane after a `●` (by file, in the lane of each file that holds it), and a span's
/// bar `│` down its lane until the span ends.
///
/// The time column holds the compact cell the list shows (`~18:48`, `time unknown`,
/// `Nov 2017`), so the lanes keep their width: an event known only to the day, month or
/// year, shown in another zone than the timeline's, goes under a heading that says whose
/// day it is (`Friday 3 November 2017 (day in America/New_York)`) instead of carrying that
/// in every row.
public struct LaneText: Sendable {
    public let view: ExportView
    public let grouping: LaneLayout.Grouping

    public init(view: ExportView, grouping: LaneLayout.Grouping) {
        self.view = view
        self.grouping = grouping
    }

    /// The whole text, lines ending in a newline.
    public func text() -> String {
        let t = view.timeline
        let indices = view.indices
        let layout = LaneLayout(events: t.events, indices: indices, by: grouping, order: t.origins)
        let f = view.formatter
        let origin = view.originEvent
        let times = indices.map { i in
            var e = t.events.listed(at: i)
            // A listed event has no id: the origin, at the mark's place, reads `T+0`.
            if let origin, i == (view.mark ?? 0) { e.id = origin.id }
            return Self.cell(of: e, f) + (origin.map { "  " + f.relative(e, to: $0) } ?? "")
        }
        let timeWidth = max(origin == nil ? 12 : 24, times.map { DisplayWidth.of($0) }.max() ?? 0)
        // Lanes share the width (at least 12 columns each); without one, 24 each.
        let lanes = max(1, layout.names.count)
        let laneWidth = view.width.map { max(12, ($0 - timeWidth - 2) / lanes - 3) } ?? 24
        var out = SafeText.neutralise(t.title) + "\n"
        out += String(repeating: "=", count: max(1, DisplayWidth.of(SafeText.neutralise(t.title)))) + "\n"
        out += "Lanes by \(grouping == .actor ? "actor" : "file"), times in \(f.zone.identifier)"
        if let filter = view.filter, !filter.isEmpty { out += ", filter “\(SafeText.neutralise(filter))”" }
        out += "\n\n"
        out += Self.trimmed(Self.padded("", timeWidth) + " " + layout.names.map { " " + Self.padded(SafeText.neutralise($0), laneWidth) + " " }
            .joined(separator: "|")) + "\n"
        var day: String?
        for (k, i) in indices.enumerated() {
            let e = t.events.listed(at: i)
            let period = f.period(of: e)
            var heading = DayHeading.text(period)
            heading += f.homePeriodNote(of: e) ?? ""
            if heading != day {
                out += "\n" + heading + "\n"
                day = heading
            }
            var cells: [String] = []
            for lane in layout.names.indices {
                let cell: String
                if layout.marks(k, in: lane) {
                    cell = "● " + SafeText.neutralise(e.title)
                } else if layout.bars[k].contains(lane) {
                    cell = "│"
                } else {
                    cell = ""
                }
                cells.append(" " + Self.padded(cell, laneWidth) + " ")
            }
            out += Self.trimmed(Self.padded(times[k], timeWidth) + " " + cells.joined(separator: "|")) + "\n"
        }
        return out
    }

    /// The time cell of `event`: its time as the list shows it, without the
    /// `(day in America/New_York)` a day-only time carries in another zone (the day's
    /// heading says it once).
    static func cell(of event: Event, _ f: TimeFormatter) -> String {
        f.compactTime(of: event)
    }

    /// `line` without its trailing spaces.
    static func trimmed(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }

    /// `text` cut to `width` columns (ending in `…` when cut), then padded with spaces.
    static func padded(_ text: String, _ width: Int) -> String {
        var out = ""
        var used = 0
        let total = DisplayWidth.of(text)
        for ch in text {
            let w = DisplayWidth.of(ch)
            if total > width && used + w > width - 1 { out += "…"; used += 1; break }
            if used + w > width { break }
            out.append(ch)
            used += w
        }
        return out + String(repeating: " ", count: max(0, width - used))
    }
}
