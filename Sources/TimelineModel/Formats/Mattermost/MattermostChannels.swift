/// A Mattermost bulk export holds every channel of a server: merged with other files, its
/// posts are shown from their channel (`~town-square`), one source a channel, as a Slack
/// export's days are from theirs (an export of one channel too: the same channel reads
/// the same whichever export it came in). A post with no channel (a direct message) keeps
/// the file's label.
extension MergeInput {
    /// This input as one input a channel when it is a bulk export, each labelled `~channel`
    /// (made unique against `taken`, the labels already in use, with -2, -3…, which it is
    /// added to), its direct posts under this input's label; else this input alone.
    public func byChannel(taken: inout Set<String>) -> [MergeInput] {
        guard timeline.inputFormat == MattermostBulkExport.readAs else { return [self] }
        var channels: [String] = []
        var events: [String: [Event]] = [:]
        for e in timeline.events {
            let channel = e.extraFields.first { $0.name == "channel" }.flatMap(Self.text) ?? ""
            if events[channel] == nil { channels.append(channel) }
            events[channel, default: []].append(e)
        }
        guard channels.contains(where: { !$0.isEmpty }) else { return [self] }
        return channels.enumerated().map { k, channel in
            var part = timeline
            part.events = EventList(events[channel]!)
            // The file's warnings are said once, with its first part.
            if k > 0 { part.warnings = [] }
            var input = MergeInput(label: label, timeline: part)
            input.file = label
            guard !channel.isEmpty else { return input }
            input.label = taken.insertUnique(channel)
            return input
        }
    }

    /// The text of an extra field written as a JSON string (`"~town-square"`).
    private static func text(_ field: ExtraField) -> String? {
        var parser = JSONValueParser(bytes: Array(field.json.utf8))
        return (try? parser.parseWhole())?.string
    }
}
