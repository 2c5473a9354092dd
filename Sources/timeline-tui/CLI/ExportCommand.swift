import ArgumentParser
import Foundation
import TimelineModel

/// `timeline-tui export FILE`: the timeline as plain text, Markdown, CSV, JSON, Timesketch
/// or TimelineJS (`--format`, see docs/EXPORT.md).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print a timeline as plain text (a heading for each day, one line per event), Markdown, CSV, JSON, Timesketch or TimelineJS.",
        discussion: """
            Formats (--format): \(ExportFormat.all.map { "\($0.name) (\($0.summary))" }.joined(separator: "; ")). \
            Without --format, an --output name ending in .md, .csv, .json, .jsonl or .txt \
            chooses it; otherwise text. Every format shows the zone (--tz), the filter \
            and relative times (--relative, --mark) as the text does; json and jsonl keep \
            times as written, so that reading them back gives the same timeline.

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

            Filters: each of --actor, --kind, --tag and --text can be repeated; repeated \
            values of one option match any of them (--actor SRE --actor Network: events \
            by either), different options must all match (--actor SRE --kind action: \
            actions by SRE). With no event left, the header still gives the zone's \
            offsets over the timeline's span.

            Exit codes: 0 written (with or without warnings); 1 the file has problems (each printed as \
            FILE:LINE:COL: PATH: MESSAGE) or the output could not be written; 2 the \
            command line is wrong.
            """
    )

    @Argument(help: "Timeline files (ours, Timesketch, Plaso, Statuspage, a JSON Lines or text log: see --input-format), merged into one timeline when there are several; - for standard input (once).")
    var files: [String]

    @OptionGroup(title: "Reading other formats")
    var input: InputArguments

    @OptionGroup(title: "Several files")
    var merge: MergeArguments

    @Option(name: .customLong("tz"), parsing: .unconditional, help: ArgumentHelp("The zone to show times in: any name the system's time zone database knows (Europe/Paris, EST5EDT, Japan), UTC in any case, or local. Default: the file's.", valueName: "zone"))
    var zone: String?

    @Flag(help: "Add each event's text, quote, sources, tags and extra fields.")
    var details = false

    @Option(help: ArgumentHelp("The output format: \(ExportFormat.all.map(\.name).joined(separator: ", ")). Default: from the --output name's ending, else text.", valueName: "name"))
    var format: String?

    @Flag(help: "Add a T+ column: the time since the first event (or the --mark).")
    var relative = false

    @Option(help: ArgumentHelp("Count relative times from the event with this id (implies --relative); it is marked with *.", valueName: "id"))
    var mark: String?

    @Option(name: .customLong("md-style"), help: ArgumentHelp("Markdown as a table a day (table) or a list of events (list).", valueName: "style"))
    var markdownStyle: String?

    // Unconditional: `--width -1` is a wrong width, not an option named -1.
    @Option(parsing: .unconditional, help: ArgumentHelp("Wrap lines to N columns; 0 for no wrapping. Default: the terminal's width, or 80.", valueName: "n"))
    var width: Int?

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    @Flag(help: "With --output, replace an existing file.")
    var force = false

    @Option(help: ArgumentHelp("Only events whose actor contains this (case- and accent-insensitive).", valueName: "text"))
    var actor: [String] = []

    @Option(help: ArgumentHelp("Only events whose kind contains this.", valueName: "text"))
    var kind: [String] = []

    @Option(help: ArgumentHelp("Only events with a tag containing this.", valueName: "text"))
    var tag: [String] = []

    @Option(help: ArgumentHelp("Only events read from a file whose label contains this (in a merged timeline; the viewer's source:NAME).", valueName: "name"))
    var source: [String] = []

    @Option(parsing: .unconditionalSingleValue, help: ArgumentHelp("Only events containing this anywhere (the viewer's f filter with plain text).", valueName: "text"))
    var text: [String] = []

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one file to export (- for standard input)") }
        if let width, width != 0 && width < 20 {
            throw ValidationError("--width must be 0 (no wrapping) or at least 20, not \(width)")
        }
        if force && output == nil {
            throw ValidationError("--force only applies with --output")
        }
        if let format, ExportFormat.named(format) == nil {
            throw ValidationError("unknown format '\(format)'; use one of \(ExportFormat.all.map(\.name).joined(separator: ", "))")
        }
        if let markdownStyle, ExportView.MarkdownStyle(rawValue: markdownStyle) == nil {
            throw ValidationError("--md-style must be table or list, not '\(markdownStyle)'")
        }
    }

    /// `--format`, else what the `--output` name's ending asks for, else text.
    var chosenFormat: ExportFormat {
        if let format, let named = ExportFormat.named(format) { return named }
        return output.flatMap(ExportFormat.forPath) ?? .text
    }

    /// The filter options as the viewer's `f` prompt writes them (`actor:twittergov`);
    /// repeated values of one option joined by "or", different options by spaces.
    var filterDescription: String? {
        let parts = [("actor:", actor), ("kind:", kind), ("tag:", tag), ("source:", source), ("", text)].compactMap { prefix, values in
            values.isEmpty ? nil : values.map { prefix + $0 }.joined(separator: " or ")
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    func run() throws {
        try TimelineFiles.check(files, input: input)
        let displayZone = try zone.map { (name) throws(CommandFailure) in try ZoneArgument.zone(name) }
        // Refuse an unusable --output before reading and formatting a big file.
        if let output { _ = try OutputFile(path: output, force: force).check() }
        let inputs = TimelineFiles(files, input: input, merge: merge)
        let timeline = try inputs.load()
        Problems.warn(timeline)
        let columns: Int? = switch width {
        case 0: nil
        case let n?: n
        case nil: output == nil ? TerminalWidth.forStandardOutput(environment: ProcessInfo.processInfo.environment) : TerminalWidth.fallback
        }
        let filter = ExportFilter(actors: actor, kinds: kind, tags: tag, texts: text, sources: source)
        var markPosition: Int? = nil
        if let mark {
            guard let found = ExportView.position(ofId: mark, in: timeline.events) else {
                throw CommandFailure("--mark: no event has the id '\(SafeText.neutralise(mark))'")
            }
            markPosition = found
        }
        let view = ExportView(
            timeline: timeline, zone: displayZone,
            indices: filter.isEmpty ? nil : filter.indices(in: timeline.events),
            filter: filterDescription, relative: relative, mark: markPosition, details: details, width: columns,
            sourceName: inputs.name, markdownStyle: markdownStyle.flatMap(ExportView.MarkdownStyle.init) ?? .table
        )
        // In pieces (a header, then the body made on several cores), never joined.
        let parts = chosenFormat.parts(view)
        if let output {
            try OutputFile(path: output, force: force).write(parts)
        } else {
            if let error = StandardStream.output.write(parts) {
                throw CommandFailure("cannot write to standard output: \(error.reason)")
            }
        }
    }
}
