import ArgumentParser
import TimelineModel

/// How several files become one timeline: `--label`, `--title`, `--skip-bad`,
/// `--keep-duplicates` (shared by view and export).
struct MergeArguments: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The name a file's events are shown with in a merged timeline (FILE=NAME, edge.log=Edge; stdin=NAME for standard input). Default: a Slack, Mattermost or Discord channel's name (#deploys), else the file's name without its extension.",
        valueName: "file=name"))
    var label: [String] = []

    @Option(help: ArgumentHelp("The timeline's title. Default: a Slack channel's (#general), else the first file's.", valueName: "text"))
    var title: String?

    @Flag(name: .customLong("skip-bad"), help: "Open the files that are good and say which were skipped, rather than refusing them all.")
    var skipBad = false

    @Flag(name: .customLong("keep-duplicates"), help: "Keep an event that another file also holds (same time and title) rather than showing it once.")
    var keepDuplicates = false

    /// The label of each file, in order: `--label`'s, else a Slack day file's channel
    /// (`SlackChannel`), else the file's stem, made unique with -2, -3… when two files (or
    /// two channel folders) share a name.
    func labels(for files: [String]) throws(CommandFailure) -> [String] {
        try Self.labels(for: files, given: label)
    }

    /// Whether one of `label` (`--label`'s values) names `file`: its label is then the
    /// user's, never one a file's content would give (a Mattermost or Discord channel).
    static func names(_ label: [String], _ file: String) -> Bool {
        label.contains { InputArguments.split($0).map { InputArguments.names($0.file, file) } ?? false }
    }

    static func labels(for files: [String], given label: [String]) throws(CommandFailure) -> [String] {
        var given: [String: String] = [:]
        for l in label {
            guard let (file, name) = InputArguments.split(l), !name.isEmpty else {
                throw .usage("--label takes FILE=NAME (edge.log=Edge), not '\(SafeText.neutralise(l))'")
            }
            let named = files.filter { InputArguments.names(file, $0) }
            guard !named.isEmpty else {
                throw .usage("--label names '\(SafeText.neutralise(file))', which is not among the files given")
            }
            guard Set(named).count == 1 else {
                throw .usage("--label names '\(SafeText.neutralise(file))', which is the name of several files given; write its path as given")
            }
            given[named[0]] = name
        }
        var used = Set<String>()
        // A Slack export's day files are labelled by their channel, one label a channel
        // folder: a channel's days share one source (`general`), two exports' `general`
        // folders do not.
        var channels: [String: String] = [:]
        return files.map { file in
            let channel = given[file] == nil ? SlackChannel.of(dayFile: file) : nil
            if let channel, let name = channels[channel.folder] { return name }
            let base = given[file] ?? channel?.name ?? MergeInput.defaultLabel(forFile: file)
            let name = used.insertUnique(base)
            if let channel { channels[channel.folder] = name }
            return name
        }
    }
}
