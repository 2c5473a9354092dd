extension PaneMeasure {
    /// The lengths the screen draws: the detail pane's and the help's lines, wrapped.
    static let screen = PaneMeasure(
        detailLines: { s in s.selectedEvent.map { DetailPane.lines($0, state: s, width: s.width).count } ?? 0 },
        helpLines: { width in HelpScreen.lines(width: width).count },
        detailHiddenColumns: { s in
            s.selectedEvent.map { DetailPane.hiddenColumns(DetailPane.lines($0, state: s, width: s.width), width: s.width) } ?? 0
        })
}
