/// How many lines the detail pane and the help hold at the screen's width, so that
/// `update` keeps their scrolling within the text. The screen's layout knows (it wraps
/// the text) and is handed in when the state is made (`PaneMeasure.screen`, in Render),
/// so `update` depends on no drawing code.
struct PaneMeasure: Sendable {
    /// Lines of the selected event's detail pane.
    var detailLines: @Sendable (ViewState) -> Int
    /// Lines of the help at a width.
    var helpLines: @Sendable (Int) -> Int
    /// Columns of the detail pane's widest line beyond the screen (for → scrolling).
    var detailHiddenColumns: @Sendable (ViewState) -> Int = { _ in 0 }

    /// No measure: scrolling stops at the top only (the screen still clamps what it draws).
    static let unmeasured = PaneMeasure(detailLines: { _ in Int.max / 4 }, helpLines: { _ in Int.max / 4 })
}
