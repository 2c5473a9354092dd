import ArgumentParser
import Foundation
import TimelineModel

/// `timeline-tui [FILE]`: the full-screen viewer (the default command).
struct ViewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "view",
        abstract: "Open a timeline file in the full-screen viewer (the bundled 2017-11-03 incident when no file is given).",
        discussion: """
            Press ? in the viewer for every key. When standard output is not a terminal, \
            prints the text export instead of drawing (what 'timeline-tui export' prints, \
            warnings for invalid UTF-8 included, on standard error). A file with invalid \
            UTF-8 opens with U+FFFD in its text and a warning on the status line. \
            Colours follow the kind of each event; NO_COLOR or --no-color turns them off.
            """
    )

    @Argument(help: "A timeline file: ours (.json, .jsonl), Timesketch, Plaso, a JSON Lines or text log (see --input-format).")
    var file: String?

    @OptionGroup(title: "Reading other formats")
    var input: InputArguments

    @Option(name: .customLong("tz"), help: ArgumentHelp("Show times in this zone first (IANA name, UTC or local); z cycles through all. Can be repeated.", valueName: "zone"))
    var zones: [String] = []

    @Flag(name: .customLong("no-color"), help: "No colours (also when NO_COLOR is set).")
    var noColor = false

    func run() throws {
        let readOptions = try input.options()
        var extra: [Zone] = []
        for name in zones { extra.append(try ZoneArgument.zone(name)) }
        // Bad files are refused here, before the screen opens, with the loader's messages.
        let timeline: Timeline
        do {
            if let file {
                timeline = try TimelineLoader.load(path: file, options: readOptions)
            } else {
                timeline = try TimelineLoader.load(bytes: BundledIncident.bytes, name: BundledIncident.name)
            }
        } catch {
            Problems.print(error)
            throw ExitCode(1)
        }
        let state = ViewState(timeline: timeline, sourceName: file ?? BundledIncident.name, zones: extra)
        guard StandardStream.output.isTerminal else {
            // As `export` does; on a terminal the status line says it instead.
            Problems.warn(timeline)
            let width = TerminalWidth.forStandardOutput(environment: ProcessInfo.processInfo.environment)
            if let error = StandardStream.output.write(Self.export(state, width: width)) {
                throw CommandFailure("cannot write to standard output: \(error.reason)")
            }
            return
        }
        let env = ProcessInfo.processInfo.environment
        let colour = !noColor && (env["NO_COLOR"] ?? "").isEmpty
        let shown = ViewerLoop.run(state, colour: colour, watching: file,
                                   export: { Self.export($0, width: TerminalWidth.fallback) })
        if !shown {
            let term = SafeText.neutralise(env["TERM"] ?? "")
            throw CommandFailure("cannot drive the terminal '\(term)': set TERM to a known terminal (xterm-256color), or pipe the output to get the text export")
        }
    }

    /// The text export of what the viewer shows, by the model's `TextExporter`: for the
    /// same file, zone and events, the bytes `timeline-tui export` writes.
    static func export(_ state: ViewState, width: Int) -> [UInt8] {
        TextExporter(timeline: state.timeline, zone: state.zone, options: .init(details: false, width: width))
            .export(indices: state.shownIndices)
    }
}
