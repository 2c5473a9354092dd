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
        let shown = Self.shownLanes(layout, timeWidth: timeWidth, width: view.width)
        // Lanes share the width (at least 12 columns each); without one, 24 each.
        let columns = shown.kept.count + (shown.others > 0 ? 1 : 0)
        let laneWidth = view.width.map { max(Self.narrowest, ($0 - timeWidth - 2) / columns - 3) } ?? Self.unwrapped
        var out = SafeText.neutralise(t.title) + "\n"
        out += String(repeating: "=", count: max(1, DisplayWidth.of(SafeText.neutralise(t.title)))) + "\n"
        out += "Lanes by \(grouping == .actor ? "actor" : "file"), times in \(f.zone.identifier)"
        if let filter = view.filter, !filter.isEmpty { out += ", filter “\(SafeText.neutralise(filter))”" }
        out += "\n\n"
        // The rest's column is named as the viewer names what does not fit, shorter when narrow.
        let rest = "+\(shown.others) more lanes"
        let names = shown.kept.map { SafeText.neutralise(layout.names[$0]) }
            + (shown.others > 0 ? [rest.count <= laneWidth ? rest : "+\(shown.others) more"] : [])
        out += Self.trimmed(Self.padded("", timeWidth) + " " + names.map { " " + Self.padded($0, laneWidth) + " " }
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
            for lane in shown.kept {
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
            if shown.others > 0 {
                // The event's own lane first, then the other files that hold it.
                let elsewhere = ([layout.lane[k]] + layout.alsoIn[k]).filter { !shown.isKept[$0] }
                let cell = elsewhere.isEmpty ? ""
                    : "● " + elsewhere.map { SafeText.neutralise(layout.names[$0]) }.joined(separator: ", ") + ": " + SafeText.neutralise(e.title)
                cells.append(" " + Self.padded(cell, laneWidth) + " ")
            }
            out += Self.trimmed(Self.padded(times[k], timeWidth) + " " + cells.joined(separator: "|")) + "\n"
        }
        return out
    }

    /// A lane's fewest columns, and each lane's columns when lines are not wrapped.
    static let narrowest = 12
    static let unwrapped = 24
    /// The most lanes written side by side: as many as fit the width, and at least this many
    /// (each then `narrowest` wide, the line longer than the width, as a few actors or files
    /// are best read side by side); twice as many when lines are not wrapped (`--width 0`).
    static let fewestKept = 8

    /// The lanes written as columns, in their order: all of them when they are no more than
    /// the most (`fewestKept`, or as many as fit the width), else the busiest of them and
    /// one last column for the rest, each event there named by its lane, so that a log
    /// with thousands of actors still gives lines a reader can take in, and no event is
    /// left out.
    static func shownLanes(_ layout: LaneLayout, timeWidth: Int, width: Int?)
        -> (kept: [Int], isKept: [Bool], others: Int) {
        let count = layout.names.count
        let most = width.map { max(fewestKept, ($0 - timeWidth - 2) / (narrowest + 3)) } ?? 2 * fewestKept
        guard count > most else { return (Array(0..<count), Array(repeating: true, count: count), 0) }
        // One column goes to the rest; the others to the lanes with the most events (by
        // their order when as many), shown in their order.
        var events = [Int](repeating: 0, count: count)
        for (k, own) in layout.lane.enumerated() {
            events[own] += 1
            for other in layout.alsoIn[k] { events[other] += 1 }
        }
        let busiest = (0..<count).sorted { (events[$0], -$0) > (events[$1], -$1) }.prefix(most - 1).sorted()
        var isKept = [Bool](repeating: false, count: count)
        for lane in busiest { isKept[lane] = true }
        return (Array(busiest), isKept, count - busiest.count)
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
