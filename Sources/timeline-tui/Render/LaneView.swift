import TimelineModel

/// The lane view (`l`): the list's rows (day headings, gaps, events) with a narrow
/// column per actor or per file between the time and the title; each event marked in
/// its lane (by file, in each file that holds it), a span drawn as a bar `│` down its
/// lane over the rows it covers. Lanes that do not fit are counted in the header
/// ("+3 more lanes"); their events keep their row.
enum LaneView {
    /// Columns a lane takes (its name cut to fit, then a space).
    static let laneWidth = 10
    /// Columns left for the title, at least.
    static let titleWidth = 20

    struct Geometry {
        var layout: LaneLayout
        /// Position in `shown` → index into `layout`.
        var first: Int
        var timeColumns: Int
        var lanesX: Int
        var fitting: Int
        var titleX: Int
        /// The lanes drawn, in the order of their columns (at most `fitting`).
        var drawn: [Int]

        /// The column of lane `k` on screen, nil when it does not fit.
        func x(ofLane k: Int) -> Int? {
            drawn.firstIndex(of: k).map { lanesX + $0 * laneWidth }
        }
    }

    /// The lanes of the events laid out (the whole list up to the window), and where
    /// they sit at the screen's width. When they do not all fit, the lanes of the events
    /// on screen take the columns first (in their order), so that an event shown is not
    /// left out of its lane while lanes with nothing on screen are drawn empty.
    static func geometry(_ s: ViewState) -> Geometry {
        let layout = LaneLayout(events: s.events, indices: Array(s.shown[s.windowStart..<s.windowEnd]), by: s.lanes ?? .actor,
                                order: s.timeline.origins)
        let cols = TimelineList.columns(s)
        var x = 2 + cols.time + 1
        if s.relative, s.origin != nil { x += cols.relative + 1 }
        let fitting = max(1, min(layout.names.count, (s.width - x - titleWidth) / laneWidth))
        var drawn = Array(layout.names.indices)
        if fitting < layout.names.count {
            var onScreen = Set<Int>()
            for row in s.rows.dropFirst(s.listTop).prefix(s.listHeight) {
                guard case .event(let n) = row, n - s.windowStart >= 0, n - s.windowStart < layout.lane.count else { continue }
                onScreen.insert(layout.lane[n - s.windowStart])
                onScreen.formUnion(layout.alsoIn[n - s.windowStart])
            }
            drawn = drawn.filter(onScreen.contains) + drawn.filter { !onScreen.contains($0) }
        }
        return Geometry(layout: layout, first: s.windowStart, timeColumns: cols.time, lanesX: x,
                        fitting: fitting, titleX: x + fitting * laneWidth + 1, drawn: Array(drawn.prefix(fitting)))
    }

    /// Header row 1: each lane's name over its column, and how many do not fit.
    static func drawNames(_ s: ViewState, into frame: inout Frame) {
        let g = geometry(s)
        let label = s.lanes == .source ? "files:" : "actors:"
        frame.write(label, x: 1, y: 1, style: Style(.label), limit: max(0, g.lanesX - 2))
        for (column, k) in g.drawn.enumerated() {
            let name = g.layout.names[k]
            frame.write(laneName(s, name), x: g.lanesX + column * laneWidth, y: 1,
                        style: Style(laneRole(s, k, name), .bold), limit: laneWidth - 1)
        }
        let hidden = g.layout.names.count - g.fitting
        if hidden > 0 {
            frame.write("+\(hidden) more lane\(hidden == 1 ? "" : "s")", x: g.titleX, y: 1, style: Style(.label))
        }
    }

    static func draw(_ s: ViewState, into frame: inout Frame) {
        let top = ViewState.headerRows
        if s.shown.isEmpty {
            TimelineList.draw(s, into: &frame)
            return
        }
        let g = geometry(s)
        let visible = Array(s.rows.dropFirst(s.listTop).prefix(s.listHeight))
        for (i, row) in visible.enumerated() {
            let y = top + i
            switch row {
            case .day(let heading):
                frame.write("── " + heading + " ", x: 1, y: y, style: Style(.dayHeading, .bold))
            case .gap(let text):
                // A span running over the gap keeps its bar.
                drawBars(g, bars: nextBars(g, visible, from: i), y: y, selected: false, into: &frame)
                frame.write(text, x: g.titleX, y: y, style: Style(.gap, .dim))
            case .event(let n):
                drawEvent(s, g, position: n, y: y, into: &frame)
            }
        }
        // As in the list: the day shown, when its heading has scrolled off.
        if let heading = s.stickyDayHeading {
            frame.fill(row: top, style: .plain)
            frame.write("── " + heading + " ", x: 1, y: top, style: Style(.dayHeading, .bold))
        }
    }

    /// The bars of the next event row after `i` (those still running across a gap).
    private static func nextBars(_ g: Geometry, _ rows: [ListRow], from i: Int) -> Set<Int> {
        for row in rows.dropFirst(i + 1) {
            if case .event(let n) = row, n - g.first >= 0, n - g.first < g.layout.bars.count { return g.layout.bars[n - g.first] }
        }
        return []
    }

    private static func drawBars(_ g: Geometry, bars: Set<Int>, y: Int, selected: Bool, into frame: inout Frame) {
        for k in bars {
            guard let x = g.x(ofLane: k) else { continue }
            frame.write("│", x: x, y: y, style: Style(.span, selected ? [.reverse, .bold] : [.bold]))
        }
    }

    private static func drawEvent(_ s: ViewState, _ g: Geometry, position n: Int, y: Int, into frame: inout Frame) {
        let e = s.events[s.shown[n]]
        let selected = n == s.selected
        let extra: Style.Attributes = selected ? [.reverse] : []
        if selected { frame.fill(row: y, style: Style(.plain, .reverse)) }
        if s.mark == s.shown[n] { frame.write("*", x: 0, y: y, style: Style(.warning, extra.union(.bold))) }
        frame.write(selected ? "▸" : " ", x: 1, y: y, style: Style(.plain, extra.union(.bold)))
        frame.write(s.formatter.compactTime(of: e), x: 2, y: y, style: Style(.time, extra), limit: g.timeColumns)
        if s.relative, let origin = s.origin {
            frame.write(s.formatter.relative(e, to: origin), x: 2 + g.timeColumns + 1, y: y,
                        style: Style(.time, extra.union(.dim)), limit: max(0, g.lanesX - g.timeColumns - 4))
        }
        let k = n - g.first
        guard k >= 0, k < g.layout.lane.count else { return }
        drawBars(g, bars: g.layout.bars[k], y: y, selected: selected, into: &frame)
        var title = SafeText.neutralise(e.title)
        let span = e.end != nil && TimelineList.spanLength(e) != nil
        let marked = ([g.layout.lane[k]] + g.layout.alsoIn[k]).compactMap { g.x(ofLane: $0) }
        for x in marked {
            frame.write(span ? "┬" : TimelineList.marker(forKind: e.kind), x: x, y: y,
                        style: Style(span ? .span : Style.role(forKind: e.kind), extra.union(.bold)))
        }
        if marked.isEmpty {
            // Its lanes are off screen: its own named before the title.
            title = "[" + SafeText.neutralise(g.layout.names[g.layout.lane[k]]) + "] " + title
        }
        let mark: (inout Style) -> Void = { $0 = Style(.match, selected ? [.underline, .bold] : [.reverse]) }
        frame.write(title, x: g.titleX, y: y, style: Style(.plain, extra), limit: max(0, frame.width - g.titleX),
                    highlighting: s.search, with: mark)
    }

    /// A lane's name in its column: a file's as the source column cuts it (`SourceLabels`,
    /// so ten files from one generator stay apart), an actor's cut at its end.
    static func laneName(_ s: ViewState, _ name: String) -> String {
        if s.lanes == .source, s.timeline.origins.contains(name) {
            return SourceLabels.shortLabel(name, among: s.timeline.origins, width: laneWidth - 1)
        }
        return SafeText.neutralise(name)
    }

    /// A file's lane takes the file's colour; an actor's lane the actor colour.
    private static func laneRole(_ s: ViewState, _ k: Int, _ name: String) -> Style.Role {
        guard s.lanes == .source, let i = s.timeline.origins.firstIndex(of: name) else { return .actor }
        return Style.role(forSource: i)
    }
}
