extension PaneMeasure {
    /// The sizes the screen draws: the detail pane's and the help's lines, wrapped.
    static let screen = PaneMeasure(
        detail: { s in
            guard let e = s.selectedEvent else { return (0, 0) }
            let lines = DetailPane.lines(e, state: s, width: s.width)
            return (lines.count, DetailPane.hiddenColumns(lines, width: s.width))
        },
        helpLines: { width in HelpScreen.lines(width: width).count })
}
