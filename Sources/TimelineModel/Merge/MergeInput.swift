/// One file's timeline on its way into a merged one, with the label its events carry
/// (the file's stem, or what `--label FILE=NAME` gives).
public struct MergeInput: Sendable {
    public var label: String
    public var timeline: Timeline
    /// The label of the file this input is a part of, when it is one (a channel of a
    /// Mattermost bulk export: `MergeInput.byChannel`): "Read as" names the file once.
    public var file: String?

    public init(label: String, timeline: Timeline) {
        self.label = label
        self.timeline = timeline
    }

    /// The label a file gets by default: its name without folders or its last extension
    /// (`logs/edge.log` → `edge`, `-` → `stdin`).
    public static func defaultLabel(forFile path: String) -> String {
        if path == "-" || path == "<stdin>" { return "stdin" }
        let name = TimelineBuilder.defaultTitle(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
