/// A Discord channel saved by DiscordChatExporter is known by its channel, `#deploys`, not
/// by the file name the exporter gives it (`Acme - Ops - deploys [1061428917063290951].json`):
/// merged with other files, its events are labelled so (`Timeline.ownLabel`).
enum DiscordChannelLabel {
    /// The channel DiscordChatExporter's default file name names: `Guild - Category -
    /// channel [id].json`, `Guild - channel [id].json` for a channel with no category, a
    /// date range after the id when one was asked for (`… [id] (after 2024-01-01).json`).
    /// Nil for a name of another shape.
    static func channel(inFileName path: String) -> String? {
        var name = Substring(TimelineBuilder.defaultTitle(path))
        if name.hasSuffix(".json") { name = name.dropLast(5) }
        if name.hasSuffix(")"), let open = name.range(of: " (", options: .backwards) { name = name[..<open.lowerBound] }
        guard name.hasSuffix("]"), let open = name.range(of: " [", options: .backwards),
              name[open.upperBound..<name.index(before: name.endIndex)].allSatisfy(\.isASCIIDigit),
              open.upperBound < name.index(before: name.endIndex)
        else { return nil }
        let parts = name[..<open.lowerBound].components(separatedBy: " - ")
        guard parts.count >= 2, let channel = parts.last, !channel.isEmpty else { return nil }
        return channel
    }
}

extension MergeInput {
    /// This input labelled as its file says its events are known (`Timeline.ownLabel`,
    /// `#deploys`) rather than by the file's name, made unique against `taken` (the labels
    /// in use, which it is added to) with -2, -3… as two files of one name are; unchanged
    /// when the file says nothing. Not asked for a file `--label` names.
    public func labelledAsItsFileSays(taken: inout Set<String>) -> MergeInput {
        guard let own = timeline.ownLabel, !own.isEmpty, own != label else { return self }
        var input = self
        input.label = taken.insertUnique(own)
        return input
    }
}
