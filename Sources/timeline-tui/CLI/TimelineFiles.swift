import ArgumentParser
import Dispatch
import Foundation
import TimelineModel

/// The files a command names, read each by its own reader (side by side on the cores)
/// and merged into one timeline when there are several (`TimelineMerge`).
///
/// One bad file refuses the whole command with every problem of every file, unless
/// `--skip-bad`: then the good ones open and standard error says what was skipped.
struct TimelineFiles {
    let sources: [TimelineSource]
    let input: InputArguments
    let merge: MergeArguments

    /// `files` as given; none means standard input when it has data, else the bundled incident.
    init(_ files: [String], input: InputArguments, merge: MergeArguments) {
        sources = files.isEmpty ? [TimelineSource(argument: nil)] : files.map { TimelineSource(argument: $0) }
        self.input = input
        self.merge = merge
    }

    /// A usage error for what cannot work: `-` twice, a FILE=value naming no file given.
    static func check(_ files: [String], input: InputArguments) throws(CommandFailure) {
        if files.filter({ $0 == "-" }).count > 1 {
            throw .usage("standard input (-) can be read only once")
        }
        for (option, file) in input.namedFiles where !files.contains(where: { InputArguments.names(file, $0) }) {
            throw .usage("\(option) names '\(SafeText.neutralise(file))', which is not among the files given")
        }
    }

    /// How messages and headers name what was read: the file, or the files joined by ", ".
    var name: String { sources.map(\.name).joined(separator: ", ") }

    /// The one file to watch while it is shown (none for several, or standard input).
    var watchedPath: String? { sources.count == 1 ? sources[0].watchedPath : nil }

    /// The files to watch, read again (`R`) and follow (`F`) while they are shown: every
    /// one given, or none when one is standard input or the bundled incident.
    var watchedPaths: [String]? {
        let paths = sources.compactMap(\.watchedPath)
        return paths.count == sources.count ? paths : nil
    }

    /// The timeline, or exit 1 after printing every problem. `foldingLater`: several files'
    /// duplicate check is left for `TimelineMerge.foldDuplicates` (the viewer shows the
    /// merged events first). `measuringListedText`: see `ReadOptions.measuresListedText`
    /// (the viewer reads without). `skipped`: told each file `--skip-bad` left out
    /// (`broken.json: 2 problems`), for the viewer's status line.
    /// `keepingEventValues`: see `ReadOptions.keepsEventValues` (an export of every field).
    func load(foldingLater: Bool = false, measuringListedText: Bool = true, keepingEventValues: ReadOptions.KeptEventValues? = nil,
              skipped: (String) -> Void = { _ in }) throws -> Timeline {
        var (labels, options) = try readings(measuringListedText: measuringListedText)
        for k in options.indices { options[k].keepsEventValues = keepingEventValues }
        if sources.count > 1, !foldingLater {
            // Each file's first pass keeps what the merge reads of its events' ids, times and
            // (for the duplicate check) titles, with one seed for all.
            let merging = MergeReading(keysTitles: !merge.keepDuplicates)
            for k in options.indices { options[k].merging = merging }
        }
        let read = Read(labels: labels, results: Self.readAll(sources, options: options))
        let good = try report(read, skipped: skipped)
        return merged(good, foldingLater: foldingLater)
    }

    /// What reading the files gave, before anything is said about it: the viewer reads
    /// behind its loading screen and prints problems only once that screen is put away.
    struct Read: @unchecked Sendable {
        let labels: [String]
        let results: [Result<Timeline, LoadFailure>]
        var failed: Bool { results.contains { if case .failure = $0 { true } else { false } } }
    }

    /// The files that read, after printing every problem of those that did not (exit 1
    /// unless `--skip-bad` leaves some to open), a Mattermost export's channels apart
    /// (`byChannel`). `skipped`: see `load`.
    func report(_ read: Read, skipped: (String) -> Void = { _ in }) throws -> [MergeInput] {
        var good: [(source: Int, input: MergeInput)] = []
        var failures: [(name: String, failure: LoadFailure)] = []
        for (k, result) in read.results.enumerated() {
            switch result {
            case .success(let t): good.append((k, MergeInput(label: read.labels[k], timeline: t)))
            case .failure(let f): failures.append((sources[k].name, f))
            }
        }
        if !failures.isEmpty {
            for f in failures { Problems.print(f.failure, file: f.name, among: sources.map(\.name)) }
            guard merge.skipBad, !good.isEmpty else {
                if sources.count > 1 {
                    let hint = merge.skipBad ? "" : " (--skip-bad opens the others)"
                    Problems.summarise(bad: failures.count, of: sources.count, hint: hint)
                }
                throw ExitCode(1)
            }
            for f in failures {
                let n = f.failure.problems.count
                StandardStream.error.write("timeline-tui: skipped \(SafeText.neutralise(f.name)) (\(n) problem\(n == 1 ? "" : "s"))\n")
                skipped("\(SafeText.neutralise(f.name)): \(n) problem\(n == 1 ? "" : "s")")
            }
        }
        return byChannel(good)
    }

    /// One file's timeline, or the files merged. Titled by `--title`, else by a Slack
    /// channel (`#general`: its day files hold no title, and their names are dates), else
    /// by the first file.
    func merged(_ good: [MergeInput], foldingLater: Bool) -> Timeline {
        let title = merge.title ?? channelTitle
        if sources.count == 1 {
            var one = good[0].timeline
            if let title { one.title = title }
            return one
        }
        return TimelineMerge.merge(good, title: title, keepDuplicates: merge.keepDuplicates, foldingLater: foldingLater)
    }

    /// The files to merge (each with its index in `sources`), a Mattermost bulk export as
    /// one input a channel (`MergeInput.byChannel`): its posts are shown from their
    /// channel, not the file; a Discord channel's file labelled `#channel`
    /// (`labelledAsItsFileSays`). A file `--label` names keeps its one label, as a
    /// Slack day file does; one file alone is not split (nothing shows its sources).
    func byChannel(_ inputs: [(source: Int, input: MergeInput)]) -> [MergeInput] {
        guard sources.count > 1 else { return inputs.map(\.input) }
        var taken = Set(inputs.map(\.input.label))
        return inputs.flatMap { k, input in
            let file = Self.argument(sources[k])
            let labelled = MergeArguments.names(merge.label, file)
            return labelled ? [input] : input.labelledAsItsFileSays(taken: &taken).byChannel(taken: &taken)
        }
    }

    /// A source as the command line names it: its path, `-` for standard input.
    static func argument(_ source: TimelineSource) -> String {
        if case .file(let path) = source { return path }
        return source == .standardInput ? "-" : ""
    }

    /// `#general` when the first file is a day file of a Slack export's channel.
    private var channelTitle: String? {
        sources.first?.watchedPath.flatMap { SlackChannel.of(dayFile: $0) }.map { "#" + $0.name }
    }

    /// Each file's label in a merged timeline and how it is read.
    func readings(measuringListedText: Bool) throws -> (labels: [String], options: [ReadOptions]) {
        let arguments = sources.map(Self.argument)
        let labels = try merge.labels(for: arguments)
        var options: [ReadOptions] = []
        for a in arguments {
            var o = try input.options(for: a)
            o.measuresListedText = measuringListedText
            options.append(o)
        }
        return (labels, options)
    }

    /// Each source read on its own thread; results in the order given.
    static func readAll(_ sources: [TimelineSource], options: [ReadOptions]) -> [Result<Timeline, LoadFailure>] {
        if sources.count == 1 {
            return [Result { () throws(LoadFailure) in try sources[0].load(options: options[0]) }]
        }
        let slots = Slots(count: sources.count)
        DispatchQueue.concurrentPerform(iterations: sources.count) { k in
            slots.put(Result { () throws(LoadFailure) in try sources[k].load(options: options[k]) }, at: k)
        }
        return slots.values
    }

    /// One result slot a file, each written by its own job.
    private final class Slots: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Result<Timeline, LoadFailure>?]
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func put(_ r: Result<Timeline, LoadFailure>, at k: Int) {
            lock.lock()
            slots[k] = r
            lock.unlock()
        }
        var values: [Result<Timeline, LoadFailure>] { slots.map { $0! } }
    }
}
