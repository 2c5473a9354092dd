import ArgumentParser
import TimelineModel

/// `timeline-tui validate FILE...`: checks files without showing them.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check timeline files and report every problem found.",
        discussion: """
            For each good file prints 'FILE: ok, N events' on standard output. Every \
            problem goes to standard error, one per line, as \
            FILE:LINE:COL: PATH: MESSAGE (for example \
            'incident.json:12:15: events[3].time: has no zone: add Z for UTC or an \
            offset such as -04:00, or give --assume-zone'). These are the same checks that stop export and the \
            viewer, and also invalid UTF-8 inside a string, which export and the viewer \
            show as U+FFFD with a warning.

            With several files, each is checked on its own and a last line counts those \
            with problems; an id used in two files is not a problem (a merged timeline \
            shows it prefixed with each file's label) but gets a note naming both places.

            Exit codes: 0 every file is valid; 1 at least one file has problems (or \
            cannot be read); 2 the command line is wrong.
            """
    )

    @Argument(help: "Timeline files (ours, Timesketch, Plaso, TimelineJS, Statuspage, a spreadsheet CSV, a JSON Lines or text log: see --input-format); - for standard input (once).")
    var files: [String]

    @OptionGroup(title: "Reading other formats")
    var input: InputArguments

    @Option(help: ArgumentHelp(
        "The name a file's events are shown with in a merged timeline (FILE=NAME), as in the viewer: notes on ids used in several files use it.",
        valueName: "file=name"))
    var label: [String] = []

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one file to validate (- for standard input)") }
    }

    func run() throws {
        try TimelineFiles.check(files, input: input)
        let labels = try MergeArguments.labels(for: files, given: label)
        var bad = 0
        var loaded: [(file: String, label: String, timeline: Timeline)] = []
        var taken = Set(labels)
        for (k, file) in files.enumerated() {
            var options = try input.options(for: file)
            // Nothing is exported: the text export's measuring is not needed.
            options.measuresListedText = false
            do {
                let source = TimelineSource(argument: file)
                let timeline = try source.load(options: options)
                // Labelled as a merge labels it: a Discord channel's file by its channel.
                let input = MergeInput(label: labels[k], timeline: timeline)
                let named = MergeArguments.names(label, file) ? labels[k] : input.labelledAsItsFileSays(taken: &taken).label
                loaded.append((source.name, named, timeline))
                // Invalid UTF-8 loads (shown as U+FFFD) but is not silently accepted here.
                guard timeline.warnings.isEmpty else {
                    Problems.print(timeline.warnings)
                    bad += 1
                    continue
                }
                let n = timeline.events.count
                let name = SafeText.neutralise(source.name)
                StandardStream.output.write(n == 0 ? "\(name): ok, no events\n" : "\(name): ok, \(n) event\(n == 1 ? "" : "s")\n")
            } catch {
                Problems.print(error, file: TimelineSource(argument: file).name, among: files.map { TimelineSource(argument: $0).name })
                bad += 1
            }
        }
        if files.count > 1 { Self.noteSharedIds(loaded) }
        if bad > 0 {
            if files.count > 1 {
                Problems.summarise(bad: bad, of: files.count)
            }
            throw ExitCode(1)
        }
    }

    /// Ids used in more than one file are fine (a merged timeline shows them prefixed with
    /// their file's label) but worth knowing: one note each, naming every place as
    /// `FILE:LINE:COL`; past `shownSharedIds`, one line says how many more there are.
    static func noteSharedIds(_ loaded: [(file: String, label: String, timeline: Timeline)]) {
        // Where each id is first used in each file: (file's index in `loaded`, position).
        var uses: [String: [(file: Int, position: Int)]] = [:]
        var order: [String] = []
        for (f, l) in loaded.enumerated() {
            var seenHere = Set<String>()
            for (position, e) in l.timeline.events.enumerated() where seenHere.insert(e.id).inserted {
                if uses[e.id] == nil { order.append(e.id) }
                uses[e.id, default: []].append((f, position))
            }
        }
        let shared = order.filter { id in Set(uses[id]!.map(\.file)).count > 1 }
        guard !shared.isEmpty else { return }
        let shown = shared.prefix(shownSharedIds)
        // Each file counts its lines once for all the events named in it.
        var wanted: [Int: [Int]] = [:]
        for id in shown { for u in uses[id]! { wanted[u.file, default: []].append(u.position) } }
        var places: [Int: [Int: SourcePlace]] = [:]
        for (f, positions) in wanted { places[f] = loaded[f].timeline.events.places(at: positions) }
        var text = ""
        for id in shown {
            let here = uses[id]!
            let where_ = here.map { u in
                places[u.file]?[u.position].map { "\(loaded[u.file].file):\($0.line):\($0.column)" } ?? loaded[u.file].file
            }
            let labelled = here.map { "\(loaded[$0.file].label):\(id)" }
            text += "timeline-tui: note: the id '\(id)' is used in \(where_.joined(separator: " and ")); a merged timeline shows \(labelled.joined(separator: " and "))\n"
        }
        if shared.count > shown.count {
            let more = shared.count - shown.count
            text += "timeline-tui: note: \(more) more id\(more == 1 ? " is" : "s are") used in several files\n"
        }
        StandardStream.error.write(SafeText.neutralise(text, keepingNewlines: true))
    }

    /// The ids used in several files that get a note of their own.
    static let shownSharedIds = 20
}
