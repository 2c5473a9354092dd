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

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one file to validate (- for standard input)") }
        if files.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("standard input (-) can be read only once")
        }
    }

    func run() throws {
        let readOptions = try input.options()
        var bad = 0
        for file in files {
            do {
                let source = TimelineSource(argument: file)
                let timeline = try source.load(options: readOptions)
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
        if bad > 0 {
            if files.count > 1 {
                StandardStream.error.write("timeline-tui: \(bad) of \(files.count) files have problems\n")
            }
            throw ExitCode(1)
        }
    }
}
