import TimelineModel

/// What `y` copies: the selected event's line of the text export (in the zone shown, not
/// wrapped), or, with the detail pane open, the whole detail; neutralised like every other
/// output (no control character from the file reaches the clipboard).
enum CopyText {
    static func text(_ state: ViewState, index: Int, wholeDetail: Bool) -> String {
        if wholeDetail {
            let lines = DetailPane.lines(state.events[index], state: state, width: 100_000, copies: state.events.copies(at: index)).map(\.text)
            return lines.map { SafeText.neutralise($0) }.joined(separator: "\n")
        }
        let exporter = TextExporter(timeline: state.timeline, zone: state.zone, options: .init(width: nil))
        let export = exporter.text(indices: [index])
        // The header, the day's heading, then the event's line: the last line.
        let line = export.split(separator: "\n").last.map(String.init) ?? ""
        return SafeText.neutralise(line.trimmingCharacters(in: .whitespaces))
    }
}
