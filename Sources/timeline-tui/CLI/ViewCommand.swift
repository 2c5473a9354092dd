import ArgumentParser
import Foundation
import TimelineModel

/// `timeline-tui [FILE]`: the full-screen viewer (the default command).
struct ViewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "view",
        abstract: "Open timeline files in the full-screen viewer (the bundled 2017-11-03 incident when no file is given).",
        discussion: """
            Keys, as in less and lnav: j/k or arrows move (5j, 10G), / searches, f filters \
            (kind:statement -actor:twittergov), t goes to a time, M bookmarks (u/U next and \
            previous), Enter opens an event's detail, z/Z change the zone, r shows T+ times \
            from the mark (m), l shows lanes, R reloads, F follows the file, y copies, e \
            exports (notes.md, t.csv…), q quits; ? lists every key.

            When standard output is not a terminal, \
            prints the text export instead of drawing (what 'timeline-tui export' prints, \
            warnings for invalid UTF-8 included, on standard error). A file with invalid \
            UTF-8 opens with U+FFFD in its text and a warning on the status line. \
            Colours follow the kind of each event; NO_COLOR or --no-color turns them off.

            The timeline can come on standard input: FILE '-', or no FILE with a pipe or \
            a file on standard input ('cat incident.json | timeline-tui'); keys are then \
            read from the terminal (/dev/tty), and messages name it <stdin>.
            """
    )

    @Argument(help: "Timeline files (ours, Timesketch, Plaso, TimelineJS, Statuspage, a spreadsheet CSV, a JSON Lines or text log: see --input-format), merged into one timeline when there are several; - for standard input (once), also read when it is a pipe and no file is given.")
    var files: [String] = []

    @OptionGroup(title: "Reading other formats")
    var input: InputArguments

    @OptionGroup(title: "Several files")
    var merge: MergeArguments

    @Option(name: .customLong("tz"), parsing: .unconditionalSingleValue, help: ArgumentHelp("Show times in this zone first (any name the system's time zone database knows, such as Europe/Paris or EST5EDT; UTC in any case; local; a fixed offset such as +05:30 or -04:00); z cycles through all. Can be repeated.", valueName: "zone"))
    var zones: [String] = []

    @Flag(name: .customLong("no-color"), help: "No colours (also when NO_COLOR is set).")
    var noColor = false

    @Flag(name: .customLong("follow"), help: "Follow the file as it grows, like less +F (F in the viewer starts and stops it); several files are followed together, read again and merged when one changes.")
    var follow = false

    @Flag(name: .customLong("no-mouse"), help: "No mouse reporting, so the terminal's own selection works (^T in the viewer turns it on and off).")
    var noMouse = false

    func run() throws {
        try TimelineFiles.check(files, input: input)
        var extra: [Zone] = []
        for name in zones { extra.append(try ZoneArgument.zone(name)) }
        let source = TimelineFiles(files, input: input, merge: merge)
        guard StandardStream.output.isTerminal else {
            // Bad files are refused with the loader's messages; the text export is printed,
            // its warnings on standard error, as `export` does.
            let timeline = try source.load(measuringListedText: false)
            let state = try viewState(timeline, source: source, zones: extra, skipped: [])
            Problems.warn(timeline)
            let width = TerminalWidth.forStandardOutput(environment: ProcessInfo.processInfo.environment)
            if let error = StandardStream.output.write(Self.export(state, as: .text, width: width)) {
                throw CommandFailure("cannot write to standard output: \(error.reason)")
            }
            return
        }
        let env = ProcessInfo.processInfo.environment
        let colour = !noColor && (env["NO_COLOR"] ?? "").isEmpty
        // Options that cannot work are said before the screen opens.
        let (labels, readOptions) = try source.readings(measuringListedText: false)
        var options = readOptions
        // Each reader tells how far it has gone, for the loading screen.
        let progress = options.map { _ in ReadProgress() }
        for k in options.indices { options[k].progress = progress[k] }
        let terminal: Terminal
        do {
            terminal = try Terminal(colour: colour, environment: env)
        } catch {
            throw CommandFailure(Self.message(error))
        }
        defer { terminal.stop() }
        // The screen says at once what is read (a million events take seconds), and q or
        // Ctrl-C leaves meanwhile.
        let sources = source.sources
        let shown = sources.map { Loading.File(name: $0.name, bytes: Self.size(of: $0)) }
        let read = try Self.waited(LoadingLoop.wait(on: terminal, showing: Loading(files: shown), progress: progress) { [options] in
            TimelineFiles.Read(labels: labels, results: TimelineFiles.readAll(sources, options: options))
        }, on: terminal)
        guard let read else { return }
        var skipped: [String] = []
        // Problems go to standard error on the normal screen (a bad file: the screen is
        // put away and the command fails with them; --skip-bad: read once you quit).
        let good = read.failed ? try terminal.outside { try source.report(read) { skipped.append($0) } } : try source.report(read)
        let timeline: Timeline
        if sources.count == 1 {
            timeline = good[0].timeline
        } else {
            // Merged events are shown before their duplicate check is done.
            let files = UncheckedFiles(source)
            let merged = try Self.waited(LoadingLoop.wait(on: terminal, showing: Loading(files: shown, stage: .merging)) {
                UncheckedTimeline(files.value.merged(good, foldingLater: true))
            }, on: terminal)
            guard let merged else { return }
            timeline = merged.value
        }
        let state = try viewState(timeline, source: source, zones: extra, skipped: skipped)
        let outcome: ViewerLoop.Outcome
        do {
            let input = self.input
            // The options were read once already, for the first opening: they do not throw now.
            let reload: WatchedFile? = source.watchedPaths.map { paths in
                WatchedFile(paths: paths, options: (try? Self.viewerOptions(input, for: paths[0])) ?? ReadOptions(measuresListedText: false)) {
                    source.readAgain()
                }
            }
            outcome = try ViewerLoop.run(state, on: terminal, colour: colour, mouse: !noMouse, watching: source.watchedPaths ?? [], reload: reload,
                                         exports: ExportService(bytes: { state, format in Self.export(state, as: format, width: TerminalWidth.fallback) }))
        } catch {
            throw CommandFailure(Self.message(error))
        }
        if outcome == .keysEnded {
            throw CommandFailure("the keyboard went away (end of input or the terminal closed); the viewer stopped")
        }
    }

    /// The viewer's first state: the zones, what `--skip-bad` left out, the bookmarks
    /// kept, and following when `--follow` asks.
    private func viewState(_ timeline: Timeline, source: TimelineFiles, zones extra: [Zone], skipped: [String]) throws -> ViewState {
        var state = ViewState(timeline: timeline, sourceName: source.name, zones: extra, measure: .screen)
        // Standard error said it, behind the screen: the status line says it too.
        if !skipped.isEmpty {
            state.message = "Skipped " + skipped.joined(separator: "; ") + " (listed once you quit)." + (state.message.map { " " + $0 } ?? "")
        }
        if let path = source.watchedPath { Self.restoreBookmarks(of: path, into: &state) }
        state.readsFiles = source.watchedPaths != nil
        if follow {
            guard source.watchedPaths != nil else { throw CommandFailure.usage("--follow needs files to follow (not standard input)") }
            state.toggleFollow()
            // Just read: nothing to look at until the file changes.
            state.effect = nil
            state.followRunning = false
        }
        return state
    }

    /// The value the loading screen waited for, or nil after q; a signal restores the
    /// terminal and dies of it; a keyboard gone fails the command.
    private static func waited<Value>(_ outcome: LoadingLoop.Outcome<Value>, on terminal: Terminal) throws -> Value? {
        switch outcome {
        case .done(let value): return value
        case .quit: return nil
        case .signal(let sig):
            terminal.stop()
            Signals.die(of: sig)
        case .keysEnded:
            throw CommandFailure("the keyboard went away (end of input or the terminal closed); the viewer stopped")
        }
    }

    /// A file's size for the loading screen (none for standard input or the bundled incident).
    private static func size(of source: TimelineSource) -> Int? {
        guard let path = source.watchedPath else { return nil }
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// The files' options (parsed arguments, not `Sendable`) handed to the merging thread,
    /// which only reads them.
    private struct UncheckedFiles: @unchecked Sendable {
        let value: TimelineFiles
        init(_ value: TimelineFiles) { self.value = value }
    }

    private struct UncheckedTimeline: @unchecked Sendable {
        let value: Timeline
        init(_ value: Timeline) { self.value = value }
    }

    /// Reads `FILE.marks.json` into `state`: a broken sidecar is said on the status line
    /// and left as it is (never written over), the timeline shown.
    /// How the viewer reads `path`: as `input` says, leaving the text export's measuring
    /// to the viewer's exports (`ReadOptions.measuresListedText`).
    static func viewerOptions(_ input: InputArguments, for path: String) throws(CommandFailure) -> ReadOptions {
        var options = try input.options(for: path)
        options.measuresListedText = false
        return options
    }

    static func restoreBookmarks(of path: String, into state: inout ViewState) {
        let file = BookmarkFile(for: path)
        switch file.read() {
        case .success(let ids):
            let found = BookmarkFile.positions(of: ids, in: state.events)
            state.restoreBookmarks(found, from: file.path)
            if ids.count > found.count {
                let lost = ids.count - found.count
                state.message = "\(lost) bookmark\(lost == 1 ? "" : "s") of \(file.path) name\(lost == 1 ? "s" : "") no event of this file."
            } else if !found.isEmpty, state.message == nil {
                state.message = "\(found.count) bookmark\(found.count == 1 ? "" : "s") restored: u next, ' lists them."
            }
        case .failure(let failure):
            // Not written over either: it may hold what someone wants back.
            state.restoreBookmarks([], from: nil)
            state.message = "Bookmarks not restored: \(SafeText.neutralise(failure.reason)); new ones will not be kept."
        }
    }

    /// Why the screen could not be used, and what to do about it.
    static func message(_ reason: Terminal.Unavailable) -> String {
        switch reason {
        case .noTerminalType:
            "TERM is not set, so the viewer cannot drive the terminal: set it to your terminal's type (export TERM=xterm-256color), or pipe the output to get the text export"
        case .unknownTerminal(let term):
            "cannot drive the terminal '\(SafeText.neutralise(term))': set TERM to a known terminal (xterm-256color), or pipe the output to get the text export"
        case .noKeyboard(let reason):
            "cannot read keys: standard input is not a terminal and /dev/tty cannot be opened (\(reason)); run it from a terminal, or pipe the output to get the text export"
        }
    }

    /// What the viewer shows (zone, filter, relative times and mark) in `format`, through
    /// the model's `ExportView`: for the same file and view, the bytes `timeline-tui
    /// export` writes.
    static func export(_ state: ViewState, as format: ExportFormat, width: Int) -> [[UInt8]] {
        // In the lane view, text is the same lanes (`export --lanes`).
        if let lanes = state.lanes, format.name == ExportFormat.text.name {
            return [Array(LaneText(view: exportView(state, width: width), grouping: lanes).text().utf8)]
        }
        return format.parts(exportView(state, width: width))
    }

    /// The view the viewer shows, for the writers. The export counts from a mark only when
    /// relative times are on, as the screen does.
    static func exportView(_ state: ViewState, width: Int) -> ExportView {
        ExportView(timeline: state.timeline, zone: state.zone, indices: state.shownIndices,
                   filter: state.shownFilterText, relative: state.relative,
                   mark: state.relative ? state.mark : nil, width: width, sourceName: state.sourceName)
    }
}
