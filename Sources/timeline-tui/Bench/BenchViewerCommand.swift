import ArgumentParser
import Foundation
import TimelineModel

/// `TIMELINE_TUI_BENCH=1 timeline-tui bench-viewer FILE…`: the viewer's figures without a
/// terminal, for `scripts/bench --viewer`: first screen, render per frame, and answering a
/// key. Several files are merged as `timeline-tui FILE…` merges them (`scripts/bench --merge`). Not part of the product's command line: without that variable the command does
/// not exist (no help, no completion, no manual page lists it).
struct BenchViewerCommand: ParsableCommand {
    /// The variable that adds the bench commands.
    static let enablingVariable = "TIMELINE_TUI_BENCH"

    /// The bench commands, when `enablingVariable` is 1; none otherwise.
    static var commandsIfEnabled: [ParsableCommand.Type] {
        ProcessInfo.processInfo.environment[enablingVariable] == "1" ? [BenchViewerCommand.self] : []
    }

    static let configuration = CommandConfiguration(
        commandName: "bench-viewer",
        abstract: "Measure the viewer on FILE without a terminal (time to first screen, render, keys).",
        shouldDisplay: false
    )

    @Argument(help: "A timeline file, or several to merge.")
    var files: [String]

    @Flag(help: "Also filter by decoding every event, the reference the filters' answers must equal (slow at 1M).")
    var check = false

    @Flag(help: "Only the search and the filters (with the processor time each took), not the keys, R or following.")
    var searchesOnly = false

    @Option(help: "Seconds to follow a growing copy of FILE (0: not measured).")
    var followSeconds = 5

    @Option(help: "Where to write that copy (removed at the end).")
    var followFolder = "/tmp"

    func run() throws {
        let size = Size(width: 120, height: 40)
        let start = ContinuousClock.now
        let cpuStart = BenchClock.processCPU()
        var timeline: Timeline
        if files.count == 1 {
            // As the viewer reads a file (`ViewCommand`), telling its loading screen how far.
            var options = ReadOptions(measuresListedText: false)
            options.progress = ReadProgress()
            do { timeline = try TimelineLoader.load(path: files[0], options: options) } catch {
                Problems.print(error)
                throw ExitCode(1)
            }
        } else {
            // As on a terminal: the merged events first, their duplicate check after.
            timeline = try TimelineFiles(files, input: try InputArguments.parse([]), merge: try MergeArguments.parse([]))
                .load(foldingLater: true, measuringListedText: false)
        }
        let file = files.joined(separator: ", ")
        let loaded = ContinuousClock.now
        var state = ViewState(timeline: timeline, sourceName: file, width: size.width, height: size.height, measure: .screen)
        var frame = render(state, size: size)
        let first = ContinuousClock.now
        let firstCPU = BenchClock.processCPU() - cpuStart
        // Merged files: the duplicate check the viewer runs after its first frame, timed
        // to its answer on screen; the figures below are taken on the timeline it gives.
        var folding: String?
        if let effect = state.effect, effect == .foldDuplicates {
            let c0 = BenchClock.processCPU()
            var shownOnce = 0
            if let answer = EffectRunner.perform(effect, for: state) {
                if case .duplicatesFolded(let folded) = answer { shownOnce = folded.folded }
                state = update(state, answer)
                frame = render(state, size: size)
                timeline = state.timeline
            }
            folding = "duplicates folded (after the first screen, the screen usable meanwhile): \(BenchClock.ms(ContinuousClock.now - first)) "
                + "(CPU \(BenchClock.ms(BenchClock.processCPU() - c0))), \(shownOnce) events shown once, \(timeline.events.count) events"
        }
        // The search index the viewer folds after its first screen (after the duplicate
        // check on merged files), timed to its answer taken; the searches below use it.
        var indexing: String?
        // Built whatever the size here, so that `--check` on a small file checks it too.
        state.searchIndexFrom = 0
        if state.effect == nil { state.askSearchIndexIfWanted() }
        if let effect = state.effect, effect == .buildSearchIndex {
            let (w0, c0) = (ContinuousClock.now, BenchClock.processCPU())
            if let answer = EffectRunner.perform(effect, for: state) { state = update(state, answer) }
            let bytes = state.searchIndex.map { String(format: "%.1f MB", Double($0.byteCount) / 1e6) } ?? "none"
            indexing = "search index ready after the first screen: \(BenchClock.ms(ContinuousClock.now - w0)) "
                + "(CPU \(BenchClock.ms(BenchClock.processCPU() - c0))), \(bytes)"
        }
        var renders: [Duration] = []
        for _ in 0..<200 {
            state = update(state, .pageDown)
            let t = ContinuousClock.now
            frame = render(state, size: size)
            renders.append(ContinuousClock.now - t)
        }
        func key(_ k: Key) -> Duration {
            let t = ContinuousClock.now
            state = update(state, k)
            frame = render(state, size: size)
            return ContinuousClock.now - t
        }
        let j = key(.character("j"))
        let g = key(.character("G"))
        let slash = key(.character("/"))
        _ = key(.escape)
        let ms = BenchClock.ms
        renders.sort()
        print("events: \(timeline.events.count)")
        print("load: \(ms(loaded - start))")
        print("first screen: \(ms(first - start)) (CPU \(ms(firstCPU)))")
        if let folding { print(folding) }
        if let indexing { print(indexing) }
        print("render per frame (median of 200 at 120x40): \(ms(renders[renders.count / 2]))")
        print("key j: \(ms(j))")
        print("key G: \(ms(g))")
        print("key /: \(ms(slash))")
        // Typing a search, key by key, at the / prompt (each key searches the events).
        _ = key(.character("/"))
        let typed = "erreur".map { key(.character($0)) }
        let t = ContinuousClock.now
        state = update(state, .keysPaused)
        let paused = state.effect != nil
        if let effect = state.effect, let answer = EffectRunner.perform(effect, for: state) {
            state = update(state, answer)
        }
        frame = render(state, size: size)
        let pause = ContinuousClock.now - t
        _ = key(.escape)
        print("search, typing “erreur” key by key: " + typed.map(ms).joined(separator: ", ")
            + (paused ? "; then searched on the pause\(state.searchIndex == nil ? "" : " (from the search index)"): \(ms(pause))" : ""))
        for query in SearchFigures.queries {
            print(SearchFigures(timeline: timeline, query: query, index: state.searchIndex, check: check).line(ms))
        }
        for query in ["e", "erreur", "zzqx"] { print(SearchFigures.inParts(timeline, query: query, ms)) }
        _ = frame
        if searchesOnly { return }
        for line in DrivingFigures(timeline: timeline, index: state.searchIndex, file: file, opening: first - start).lines() { print(line) }
        if followSeconds > 0 {
            for line in FollowFigures(timeline: timeline, file: file, seconds: followSeconds, folder: followFolder).lines() { print(line) }
        }
    }
}
