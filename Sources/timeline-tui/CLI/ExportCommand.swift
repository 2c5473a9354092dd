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
            22:35:43 (second), 18:48 (minute), 18h (hour), 'time unknown' (day only), \
            Nov 2017 (month only), 2017 (year only); \
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

            Filters: --filter takes the viewer's f expressions: actor:, kind:, tag:, \
            source: (the file), cited:, id:, words, "quoted phrases", -term or NOT term, OR, parentheses, \
            after:TIME and before:TIME in the --tz zone (18:50, 2017-11-03, \
            '2017-11-03 06:00', an RFC 3339 instant); side by side, all must hold: \
            --filter 'kind:statement -actor:twittergov'. --actor, --kind, --tag, --text \
            and --source are shorthands for the same: repeated values of one option match any \
            of them (--actor SRE --actor Network: events by either), different options \
            must all match (--actor SRE --kind action: actions by SRE); the header names \
            the whole filter as one expression. With no event left, the header still gives the zone's \
            offsets over the timeline's span.

            Several files are merged into one timeline, each event with its file's label \
            (--label): [edge] on a text line, a Source column in Markdown, source file in \
            CSV, source_files in JSON and Timesketch, File: on a TimelineJS slide.

            Exit codes: 0 written (with or without warnings); 1 a file has problems (each printed as \
            FILE:LINE:COL: PATH: MESSAGE) or the output could not be written; 2 the \
            command line is wrong.
            """
    )

    @Argument(help: "Timeline files (ours, Timesketch, Plaso, TimelineJS, Statuspage, a spreadsheet CSV, a JSON Lines or text log: see --input-format), merged into one timeline when there are several; - for standard input (once).")
    var files: [String]

    @OptionGroup(title: "Reading other formats")
    var input: InputArguments

    @OptionGroup(title: "Several files")
    var merge: MergeArguments

    @Option(name: .customLong("tz"), parsing: .unconditional, help: ArgumentHelp("The zone to show times in: any name the system's time zone database knows (Europe/Paris, EST5EDT, Japan), UTC in any case, local, or a fixed offset (+05:30, -04:00, UTC+05:30). Default: the file's.", valueName: "zone"))
    var zone: String?

    @Flag(help: "Add each event's text, quote, sources, tags and extra fields.")
    var details = false

    @Option(help: ArgumentHelp("The output format: \(ExportFormat.all.map(\.name).joined(separator: ", ")). Default: from the --output name's ending, else text.", valueName: "name"))
    var format: String?

    @Flag(help: "Add a T+ column: the time since the first event (or the --mark).")
    var relative = false

    @Option(help: ArgumentHelp("Count relative times from the event with this id (implies --relative); it is marked with *.", valueName: "id"))
    var mark: String?

    @Option(name: .customLong("md-style"), help: ArgumentHelp("Markdown as a table a day (table) or a list of events (list); asks for --format markdown when no format is named.", valueName: "table|list"))
    var markdownStyle: String?

    @Flag(help: "Text with a column per lane (the viewer's l): one lane per file when there are several, else per actor (--lanes-by).")
    var lanes = false

    @Option(name: .customLong("lanes-by"), help: ArgumentHelp("A lane per actor or per source (file); implies --lanes.", valueName: "actor|source"))
    var lanesBy: String?

    // Unconditional: `--width -1` is a wrong width, not an option named -1.
    @Option(parsing: .unconditional, help: ArgumentHelp("Wrap lines to N columns; 0 for no wrapping. Default: the terminal's width, or 80.", valueName: "n"))
    var width: Int?

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    @Flag(help: "With --output, replace an existing file.")
    var force = false

    @Option(name: .customLong("filter"), parsing: .unconditionalSingleValue, help: ArgumentHelp("Only events matching this filter expression (repeated: all must match; as the viewer's f: kind:statement -actor:twittergov, (kind:reaction OR kind:report) after:2017-11-03).", valueName: "expression"))
    var filterExpression: [String] = []

    @Option(help: ArgumentHelp("Only events whose actor contains this (case- and accent-insensitive).", valueName: "text"))
    var actor: [String] = []

    @Option(help: ArgumentHelp("Only events whose kind contains this.", valueName: "text"))
    var kind: [String] = []

    @Option(help: ArgumentHelp("Only events with a tag containing this.", valueName: "text"))
    var tag: [String] = []

    @Option(parsing: .unconditionalSingleValue, help: ArgumentHelp("Only events containing this anywhere (the viewer's f filter with plain text).", valueName: "text"))
    var text: [String] = []

    @Option(help: ArgumentHelp("Only events read from a file whose label contains this (in a merged timeline; the viewer's source:NAME).", valueName: "name"))
    var source: [String] = []

    @Flag(help: "Only the events bookmarked in the viewer (M), as kept in FILE.marks.json.")
    var bookmarked = false

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
        if let lanesBy, LaneLayout.Grouping(rawValue: lanesBy) == nil {
            throw ValidationError("--lanes-by must be actor or source, not '\(lanesBy)'")
        }
        if (lanes || lanesBy != nil) && markdownStyle == nil && chosenFormat != .text {
            let why = format != nil ? "--format \(format ?? "")" : "an --output ending in \(output.map { ($0 as NSString).pathExtension } ?? "")"
            throw ValidationError("--lanes is a text layout; it does not go with \(why)")
        }
        if let markdownStyle, ExportView.MarkdownStyle(rawValue: markdownStyle) == nil {
            throw ValidationError("--md-style must be table or list, not '\(markdownStyle)'")
        }
        if markdownStyle != nil && chosenFormat != .markdown {
            let why = format != nil ? "--format \(format ?? "")" : "an --output ending in \(output.map { ($0 as NSString).pathExtension } ?? "")"
            throw ValidationError("--md-style is for Markdown; it does not go with \(why)")
        }
        if markdownStyle != nil && (lanes || lanesBy != nil) {
            throw ValidationError("--md-style is for Markdown; --lanes is a text layout")
        }
    }

    /// `--format`, else what the `--output` name's ending asks for, else Markdown when
    /// `--md-style` says how to lay it out, else text.
    var chosenFormat: ExportFormat {
        if let format, let named = ExportFormat.named(format) { return named }
        if let chosen = output.flatMap(ExportFormat.forPath) { return chosen }
        return markdownStyle != nil ? .markdown : .text
    }

    /// The filter options as one expression of the viewer's `f` grammar.
    var filter: ExportFilter {
        ExportFilter(actors: actor, kinds: kind, tags: tag, texts: text, sources: source, expressions: filterExpression)
    }

    /// The bookmarked events of `file` among `among` (all when nil).
    static func bookmarked(file: String, events: EventList, among: [Int]?) throws(CommandFailure) -> [Int] {
        guard file != "-" else { throw .usage("--bookmarked needs a file: standard input has no bookmarks") }
        let sidecar = BookmarkFile(for: file)
        switch sidecar.read() {
        case .failure(let f):
            throw CommandFailure("--bookmarked: \(SafeText.neutralise(f.reason))")
        case .success(let ids):
            guard FileManager.default.fileExists(atPath: sidecar.path) else {
                throw CommandFailure("--bookmarked: \(SafeText.neutralise(sidecar.path)) does not exist (M in the viewer bookmarks events)")
            }
            let marked = BookmarkFile.positions(of: ids, in: events)
            guard let among else { return marked }
            let keep = Set(among)
            return marked.filter(keep.contains)
        }
    }

    /// The event `--mark ID` names. An id used in several files of a merge is shown
    /// prefixed with each file's label (`notes:deploy`): the message names those to choose.
    static func position(ofMark id: String, in timeline: Timeline) throws(CommandFailure) -> Int {
        if let found = ExportView.position(ofId: id, in: timeline.events) { return found }
        let written = SafeText.neutralise(id)
        let prefixed = timeline.origins.map { "\($0):\(id)" }.filter { ExportView.position(ofId: $0, in: timeline.events) != nil }
        guard prefixed.count > 1 else { throw CommandFailure("--mark: no event has the id '\(written)'") }
        let choices = prefixed.map { SafeText.neutralise($0) }.joined(separator: " or ")
        throw CommandFailure("--mark: the id '\(written)' is used in several files; say which: \(choices)")
    }

    func run() throws {
        try TimelineFiles.check(files, input: input)
        let displayZone = try zone.map { (name) throws(CommandFailure) in try ZoneArgument.zone(name) }
        // Refuse an unusable --output before reading and formatting a big file.
        if let output { _ = try OutputFile(path: output, force: force).check() }
        let inputs = TimelineFiles(files, input: input, merge: merge)
        // The lanes read the listing only.
        let timeline = try inputs.load(keepingEventValues: lanes || lanesBy != nil ? nil : chosenFormat.keptEventValues(details: details))
        Problems.warn(timeline)
        let columns: Int? = switch width {
        case 0: nil
        case let n?: n
        case nil: output == nil ? TerminalWidth.forStandardOutput(environment: ProcessInfo.processInfo.environment) : TerminalWidth.fallback
        }
        var kept: [Int]?
        do {
            kept = try filter.indices(in: timeline, zone: displayZone)
        } catch {
            let written = SafeText.neutralise(filter.text ?? "")
            throw CommandFailure.usage("--filter '\(written)': \(SafeText.neutralise(error.description))")
        }
        if bookmarked {
            guard files.count == 1 else { throw CommandFailure.usage("--bookmarked takes one file: bookmarks belong to the file they were set in") }
            kept = try Self.bookmarked(file: files[0], events: timeline.events, among: kept)
        }
        let markPosition = try mark.map { (id) throws(CommandFailure) in try Self.position(ofMark: id, in: timeline) }
        let view = ExportView(
            timeline: timeline, zone: displayZone,
            indices: kept,
            filter: [filter.text, bookmarked ? "bookmarked (\(SafeText.neutralise(BookmarkFile(for: files[0]).path)))" : nil]
                .compactMap { $0 }.joined(separator: "; ").nilIfEmpty, relative: relative, mark: markPosition, details: details, width: columns,
            sourceName: inputs.name, markdownStyle: markdownStyle.flatMap(ExportView.MarkdownStyle.init) ?? .table
        )
        // Written as it is made (a header, then the body made in pieces on several cores,
        // each piece as soon as those before it are out), never joined.
        let write: (FileDescriptorWriter) -> FileDescriptorWriter.Failure?
        if lanes || lanesBy != nil {
            let grouping = lanesBy.flatMap(LaneLayout.Grouping.init) ?? (timeline.origins.count > 1 ? .source : .actor)
            let text = Array(LaneText(view: view, grouping: grouping).text().utf8)
            write = { $0.write(text) }
        } else {
            write = { $0.write(chosenFormat, view) }
        }
        if let output {
            try OutputFile(path: output, force: force).write(write)
        } else {
            if let error = write(FileDescriptorWriter(fd: StandardStream.output.fd)) {
                throw CommandFailure("cannot write to standard output: \(error.reason)")
            }
        }
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
