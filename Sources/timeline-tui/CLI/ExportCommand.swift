import ArgumentParser
import Foundation
import TimelineModel

/// `timeline-tui export FILE`: the timeline as plain text.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print a timeline as plain text: a heading for each day, one line per event.",
        discussion: """
            Times are shown at the precision they are known: 22:35:43.905 (exact), \
            22:35:43 (second), 18:48 (minute), 18h (hour), 'time unknown' (day only); \
            '~' marks an approximate time. A day-only event shown in another zone than \
            the file's says whose day it is. Notable gaps (10 minutes or more) get a line.

            Control characters, escape sequences and invisible or bidi formatting \
            characters from the file are shown visibly (^[, \\u{202E}), never raw.

            --output writes atomically (a temporary file in the same folder, flushed, \
            then renamed) and refuses to replace an existing file without --force, to \
            write through a symbolic link, or onto a folder.

            Invalid UTF-8 inside a string is shown as U+FFFD and does not stop the \
            export: each is reported on standard error as 'timeline-tui: warning: \
            FILE:LINE:COL: PATH: MESSAGE' (validate counts them as problems).

            Exit codes: 0 written (with or without warnings); 1 the file has problems (each printed as \
            FILE:LINE:COL: PATH: MESSAGE) or the output could not be written; 2 the \
            command line is wrong.
            """
    )

    @Argument(help: "A timeline file: ours (.json, .jsonl), Timesketch, Plaso, a JSON Lines or text log (see --input-format).")
    var file: String

    @OptionGroup(title: "Reading other formats")
    var input: InputArguments

    @Option(name: .customLong("tz"), help: ArgumentHelp("The zone to show times in: an IANA name (Europe/Paris), UTC or local. Default: the file's.", valueName: "zone"))
    var zone: String?

    @Flag(help: "Add each event's text, quote, sources, tags and extra fields.")
    var details = false

    @Option(help: ArgumentHelp("Wrap lines to N columns; 0 for no wrapping. Default: the terminal's width, or 80.", valueName: "n"))
    var width: Int?

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    @Flag(help: "With --output, replace an existing file.")
    var force = false

    @Option(help: ArgumentHelp("Only events whose actor contains this (case- and accent-insensitive).", valueName: "text"))
    var actor: String?

    @Option(help: ArgumentHelp("Only events whose kind contains this.", valueName: "text"))
    var kind: String?

    @Option(help: ArgumentHelp("Only events with a tag containing this.", valueName: "text"))
    var tag: String?

    @Option(help: ArgumentHelp("Only events containing this anywhere (the viewer's f filter with plain text).", valueName: "text"))
    var text: String?

    func validate() throws {
        if let width, width != 0 && width < 20 {
            throw ValidationError("--width must be 0 (no wrapping) or at least 20, not \(width)")
        }
        if force && output == nil {
            throw ValidationError("--force only applies with --output")
        }
    }

    func run() throws {
        let readOptions = try input.options()
        let displayZone = try zone.map { (name) throws(CommandFailure) in try ZoneArgument.zone(name) }
        // Refuse an unusable --output before reading and formatting a big file.
        if let output { _ = try OutputFile(path: output, force: force).check() }
        let timeline: Timeline
        do {
            timeline = try TimelineLoader.load(path: file, options: readOptions)
        } catch {
            Problems.print(error)
            throw ExitCode(1)
        }
        Problems.warn(timeline)
        let columns: Int? = switch width {
        case 0: nil
        case let n?: n
        case nil: output == nil ? TerminalWidth.forStandardOutput(environment: ProcessInfo.processInfo.environment) : TerminalWidth.fallback
        }
        let exporter = TextExporter(timeline: timeline, zone: displayZone, options: .init(details: details, width: columns))
        // The same filter as the viewer's `f` key, so `e` there writes what this prints.
        let filter = EventFilter(actor: actor, kind: kind, tag: tag, text: text)
        // In pieces (a header, then the body made on several cores), never joined.
        let parts = filter.isEmpty
            ? exporter.exportParts()
            : exporter.exportParts(indices: filter.indices(in: timeline.events))
        if let output {
            try OutputFile(path: output, force: force).write(parts)
        } else {
            if let error = StandardStream.output.write(parts) {
                throw CommandFailure("cannot write to standard output: \(error.reason)")
            }
        }
    }
}
