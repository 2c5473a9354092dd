import TimelineModel

/// The timeline: day headings, one row per event (time, relative time, actor, kind marker,
/// span, title), and the time that passes between events.
enum TimelineList {
    /// One-column markers by kind, so events can be told apart without colour.
    static func marker(forKind kind: String?) -> String {
        KindMarker.of(kind).sign
    }

    /// `11 min` for a span (both ends known to the minute or better), in the model's words.
    static func spanLength(_ e: Event) -> String? {
        guard let start = e.time.instant, let end = e.end?.instant, start < end else { return nil }
        return DurationText.length(seconds: start.seconds(until: end), showSeconds: e.precision <= .second)
    }

    /// Column widths for the events shown at a screen width.
    struct Columns {
        var time: Int
        var relative: Int
        var actor: Int
        /// The file's label in a merged timeline (0 for one file).
        var source: Int = 0
        /// Each file's label as the source column shows it (`SourceLabels`), in the order of the files.
        var sourceLabels: [String] = []
    }

    /// Measured over the rows on screen only, so a frame costs the same for ten events
    /// or a million. The time column is at least as wide as `time unknown`, and as wide
    /// as the longest time of day shown: a time written to the 100 ns (`22:50:00.1234567`)
    /// is never cut, as the export never cuts it. A day or month shown in another zone is
    /// the compact cell (`time unknown`), its heading saying whose day it is (`ListRow`).
    static func columns(_ s: ViewState) -> Columns {
        var time = 12
        var clock = 0
        var rel = 0
        var actor = 0
        let origin = s.origin
        for row in s.rows.dropFirst(s.listTop).prefix(s.listHeight) {
            guard case .event(let n) = row else { continue }
            let e = s.events[s.shown[n]]
            let width = Printable.width(s.formatter.compactTime(of: e))
            if e.time.instant != nil, e.precision < .day { clock = max(clock, width) } else { time = max(time, width) }
            if s.relative, let origin { rel = max(rel, Printable.width(s.formatter.relative(e, to: origin))) }
            actor = max(actor, Printable.width(SafeText.neutralise(e.actor ?? "")))
        }
        let actorLimit = s.width >= 60 ? max(8, s.width / 5) : 0
        var source = 0
        var labels: [String] = []
        if s.timeline.origins.count > 1 {
            // As wide as the longest label, up to a tenth of the screen (8 at 80 columns,
            // 12 at 120); a label cut there still differs from the others.
            let safe = s.timeline.origins.map { SafeText.neutralise($0) }
            source = min(safe.map { Printable.width($0) }.max() ?? 0, max(6, s.width / 10))
            labels = SourceLabels.short(safe, width: source)
        }
        return Columns(time: max(min(time, 14), clock), relative: min(rel, 16), actor: min(actor, actorLimit),
                       source: source, sourceLabels: labels)
    }

    static func draw(_ s: ViewState, into frame: inout Frame) {
        let top = ViewState.headerRows
        if s.shown.isEmpty {
            let text = s.events.isEmpty ? "This timeline has no events."
                : "No event matches the filter “\(s.shownFilterText)”. c clears it."
            frame.write("  " + text, x: 0, y: top, style: Style(.message))
            // `source:` was the cited sources before it became the merge's file (issue 11):
            // one file has no file labels, so say where those went.
            if !s.events.isEmpty, s.timeline.origins.count <= 1, s.shownFilterText.lowercased().contains("source:") {
                frame.write("  source: names a merged file; cited:NAME finds the sources events cite.",
                            x: 0, y: top + 1, style: Style(.message, .dim))
            }
            return
        }
        let cols = columns(s)
        for (i, row) in s.rows.dropFirst(s.listTop).prefix(s.listHeight).enumerated() {
            let y = top + i
            switch row {
            case .day(let heading):
                frame.write("── " + heading + " ", x: 1, y: y, style: Style(.dayHeading, .bold))
            case .gap(let text):
                frame.write(text, x: 2 + max(0, cols.time - 2), y: y, style: Style(.gap, .dim))
            case .event(let n):
                drawEvent(s, position: n, cols: cols, y: y, into: &frame)
            }
        }
        if let heading = s.stickyDayHeading {
            frame.fill(row: top, style: .plain)
            frame.write("── " + heading + " ", x: 1, y: top, style: Style(.dayHeading, .bold))
        }
    }

    private static func drawEvent(_ s: ViewState, position n: Int, cols: Columns, y: Int, into frame: inout Frame) {
        let e = s.events[s.shown[n]]
        let selected = n == s.selected
        let extra: Style.Attributes = selected ? [.reverse] : []
        if selected { frame.fill(row: y, style: Style(.plain, .reverse)) }
        var x = 0
        // The gutter: `*` the T+0 mark, `◆` a bookmark (in the mark's colour when both).
        let marked = s.mark == s.shown[n]
        if s.isBookmarked(s.shown[n]) {
            frame.write("◆", x: 0, y: y, style: Style(marked ? .warning : .match, extra.union(.bold)))
        } else if marked {
            frame.write("*", x: 0, y: y, style: Style(.warning, extra.union(.bold)))
        }
        frame.write(selected ? "▸" : " ", x: 1, y: y, style: Style(.plain, extra.union(.bold)))
        x = 2
        frame.write(s.formatter.compactTime(of: e), x: x, y: y, style: Style(.time, extra), limit: cols.time)
        x += cols.time + 1
        if s.relative, let origin = s.origin {
            frame.write(s.formatter.relative(e, to: origin), x: x, y: y, style: Style(.time, extra.union(.dim)),
                        limit: cols.relative)
            x += cols.relative + 1
        }
        let needle = s.search
        let mark: (inout Style) -> Void = { $0 = Style(.match, selected ? [.underline, .bold] : [.reverse]) }
        if cols.source > 0, let label = e.origins.first {
            // The first file's label, in its colour; a `+` when other files hold it too.
            let k = s.timeline.origins.firstIndex(of: label) ?? 0
            let text = k < cols.sourceLabels.count ? cols.sourceLabels[k] : SafeText.neutralise(label)
            frame.write(text, x: x, y: y, style: Style(Style.role(forSource: k), extra.union(.bold)), limit: cols.source)
            if e.origins.count > 1 { frame.write("+", x: x + cols.source, y: y, style: Style(.label, extra)) }
            x += cols.source + 2
        }
        if cols.actor > 0 {
            frame.write(SafeText.neutralise(e.actor ?? ""), x: x, y: y, style: Style(.actor, extra), limit: cols.actor,
                        highlighting: needle, with: mark)
            x += cols.actor + 1
        }
        frame.write(marker(forKind: e.kind), x: x, y: y, style: Style(Style.role(forKind: e.kind), extra.union(.bold)))
        x += 2
        if let span = spanLength(e) {
            x += frame.write("[\(span)]", x: x, y: y, style: Style(.span, extra.union(.bold)))
            x += 1
        }
        frame.write(SafeText.neutralise(e.title), x: x, y: y, style: Style(.plain, extra), limit: frame.width - x,
                    highlighting: needle, with: mark)
    }
}
