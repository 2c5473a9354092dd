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

    @Argument(help: "A timeline file (.json or .jsonl).")
    var file: String?

    @Option(name: .customLong("tz"), help: ArgumentHelp("Show times in this zone first (IANA name, UTC or local); z cycles through all. Can be repeated.", valueName: "zone"))
    var zones: [String] = []

    @Flag(name: .customLong("no-color"), help: "No colours (also when NO_COLOR is set).")
    var noColor = false

    func run() throws {
        var extra: [Zone] = []
        for name in zones { extra.append(try ZoneArgument.zone(name)) }
        // Bad files are refused here, before the screen opens, with the loader's messages.
        let timeline: Timeline
        do {
            if let file {
                timeline = try TimelineLoader.load(path: file)
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
            if let error = StandardStream.output.write(Self.export(state, as: .text, width: width)) {
                throw CommandFailure("cannot write to standard output: \(error.reason)")
            }
            return
        }
        let env = ProcessInfo.processInfo.environment
        let colour = !noColor && (env["NO_COLOR"] ?? "").isEmpty
        let shown = ViewerLoop.run(state, colour: colour, watching: file,
                                   export: { Self.export($0, as: $1, width: TerminalWidth.fallback) })
        if !shown {
            let term = SafeText.neutralise(env["TERM"] ?? "")
            throw CommandFailure("cannot drive the terminal '\(term)': set TERM to a known terminal (xterm-256color), or pipe the output to get the text export")
        }
    }

    /// What the viewer shows (zone, filter, relative times and mark) in `format`: for the
    /// same file and view, the bytes `timeline-tui export` writes.
    static func export(_ state: ViewState, as format: ExportFormat, width: Int) -> [[UInt8]] {
        format.parts(exportView(state, width: width))
    }

    static func exportView(_ state: ViewState, width: Int) -> ExportView {
        ExportView(
            timeline: state.timeline, zone: state.zone, indices: state.shownIndices, filter: state.filter,
            relative: state.relative, mark: state.relative ? state.mark : nil, width: width, sourceName: state.sourceName
        )
    }
}
