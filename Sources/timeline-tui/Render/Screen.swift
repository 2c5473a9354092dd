import TimelineModel

/// The size of a screen in cells.
struct Size: Hashable, Sendable {
    var width: Int
    var height: Int
}

/// Draws the whole screen for `state` at `size`: pure, so tests pin frames as text.
func render(_ state: ViewState, size: Size) -> Frame {
    var s = state
    if s.width != size.width || s.height != size.height {
        s.width = size.width
        s.height = size.height
        s.scrollToSelection()
        s.clampDetail()
    }
    var frame = Frame(width: size.width, height: size.height, asciiOnly: s.asciiOnly)
    if s.isTooSmall {
        TooSmallNotice.draw(s, into: &frame)
        return frame
    }
    if s.helpOpen {
        HelpScreen.draw(s, into: &frame)
        return frame
    }
    Header.draw(s, into: &frame)
    if s.lanes != nil { LaneView.draw(s, into: &frame) } else { TimelineList.draw(s, into: &frame) }
    if s.detailOpen { DetailPane.draw(s, into: &frame) }
    StatusLine.draw(s, into: &frame)
    return frame
}

/// Said instead of the screen when the window is below the minimum size.
enum TooSmallNotice {
    static func draw(_ s: ViewState, into frame: inout Frame) {
        let text = "Window too small (\(s.width)×\(s.height)): timeline-tui needs at least \(ViewState.minimumWidth)×\(ViewState.minimumHeight). Enlarge it, or press q to quit."
        for (y, line) in LineWrapping.paragraphLines(text, width: s.width).prefix(s.height).enumerated() {
            frame.write(line, x: 0, y: y, style: Style(.warning, .bold))
        }
    }
}
