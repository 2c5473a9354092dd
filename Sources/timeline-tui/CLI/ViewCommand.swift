import ArgumentParser
import Foundation
import TimelineModel

/// `timeline-tui [FILE]`: the full-screen viewer (the default command).
struct ViewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "view",
        abstract: "Open a timeline file in the full-screen viewer (the bundled 2017-11-03 incident when no file is given).",
        discussion: "When standard output is not a terminal, prints the text export instead of drawing."
    )

    @Argument(help: "A timeline file (.json or .jsonl).")
    var file: String?

    @Option(name: .customLong("tz"), help: "Show times in this IANA zone (e.g. Europe/Paris); can be repeated.")
    var zones: [String] = []

    @Flag(name: .customLong("no-color"), help: "No colours (also when NO_COLOR is set).")
    var noColor = false

    func run() throws {
        var extra: [Zone] = []
        for name in zones {
            guard let z = Zone(identifier: name) else {
                throw ValidationError("unknown time zone '\(name)'; use an IANA name such as Europe/Paris, or UTC")
            }
            extra.append(z)
        }
        let timeline: Timeline
        let name = file ?? BundledIncident.name
        do {
            if let file {
                timeline = try TimelineLoader.load(path: file)
            } else {
                timeline = try TimelineLoader.load(bytes: BundledIncident.bytes, name: BundledIncident.name)
            }
        } catch let failure as LoadFailure {
            FileHandle.standardError.write(Data((failure.description + "\n").utf8))
            throw ExitCode(1)
        }
        let state = ViewState(timeline: timeline, sourceName: name, zones: extra)
        guard isatty(STDOUT_FILENO) == 1 else {
            FileHandle.standardOutput.write(Data(Self.export(state)))
            return
        }
        let env = ProcessInfo.processInfo.environment
        let colour = !noColor && (env["NO_COLOR"] ?? "").isEmpty
        ViewerLoop.run(state, colour: colour, export: Self.export)
    }

    /// The text export of what the viewer shows: the same bytes `timeline-tui export`
    /// writes for the same file, zone and filter.
    static func export(_ state: ViewState) -> [UInt8] {
        Array(Formatting.exportText(state.timeline, events: state.shownEvents, zone: state.zone).utf8)
    }
}
