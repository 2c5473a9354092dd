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
            offset such as -04:00'). These are the same checks that stop export and the \
            viewer, and also invalid UTF-8 inside a string, which export and the viewer \
            show as U+FFFD with a warning.

            Exit codes: 0 every file is valid; 1 at least one file has problems (or \
            cannot be read); 2 the command line is wrong.
            """
    )

    @Argument(help: "Timeline files (ours, Timesketch, Plaso, Statuspage, a JSON Lines or text log: see --input-format); - for standard input (once).")
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
        for (k, file) in files.enumerated() {
            var options = try input.options(for: file)
            // Nothing is exported: the text export's measuring is not needed.
            options.measuresListedText = false
            do {
                let source = TimelineSource(argument: file)
                let timeline = try source.load(options: options)
                loaded.append((source.name, labels[k], timeline))
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
                Problems.print(error)
                bad += 1
            }
        }
        if files.count > 1 { Self.noteSharedIds(loaded) }
        if bad > 0 {
            if files.count > 1 {
                StandardStream.error.write("timeline-tui: \(bad) of \(files.count) files have problems\n")
            }
            throw ExitCode(1)
        }
    }

    /// Ids used in more than one file are fine (a merged timeline shows them prefixed with
    /// their file's label) but worth knowing: one note each, naming every place.
    static func noteSharedIds(_ loaded: [(file: String, label: String, timeline: Timeline)]) {
        var places: [String: [(file: String, label: String, event: Event)]] = [:]
        var order: [String] = []
        for l in loaded {
            var seenHere = Set<String>()
            for e in l.timeline.events where seenHere.insert(e.id).inserted {
                if places[e.id] == nil { order.append(e.id) }
                places[e.id, default: []].append((l.file, l.label, e))
            }
        }
        var text = ""
        for id in order {
            guard let uses = places[id], Set(uses.map(\.file)).count > 1 else { continue }
            let where_ = uses.map { u in u.event.place.map { "\(u.file):\($0.line):\($0.column)" } ?? u.file }
            let shown = uses.map { "\($0.label):\(id)" }
            text += "timeline-tui: note: the id '\(id)' is used in \(where_.joined(separator: " and ")); a merged timeline shows \(shown.joined(separator: " and "))\n"
        }
        StandardStream.error.write(SafeText.neutralise(text, keepingNewlines: true))
    }
}
