/// How big the detail pane's and the help's texts are at the screen's width, so that
/// `update` keeps their scrolling within the text. The screen's layout knows (it wraps
/// the text) and is handed in when the state is made (`PaneMeasure.screen`, in Render),
/// so `update` depends on no drawing code.
struct PaneMeasure: Sendable {
    /// The selected event's detail pane: its lines, and the columns past the pane's right
    /// edge (a long URL), for sideways scrolling.
    var detail: @Sendable (ViewState) -> (lines: Int, hiddenColumns: Int)
    /// Lines of the help at a width.
    var helpLines: @Sendable (Int) -> Int

    /// No measure: scrolling stops at the top and left only (the screen still clamps what
    /// it draws).
    static let unmeasured = PaneMeasure(detail: { _ in (Int.max / 4, Int.max / 4) }, helpLines: { _ in Int.max / 4 })
}
