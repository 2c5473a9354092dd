import Dispatch
import Foundation
import Synchronization
import TimelineModel

/// Does what `update` asks for (an `Effect`) and turns the outcome into a `Message` for
/// `update`: quick work (an export, a zone) at once; searching and filtering a big
/// timeline, reading the file again (`R`) and reading what was appended to it (`F`) on
/// background queues, whose answers the loop collects with `finished()` while keys keep
/// working.
final class EffectRunner: @unchecked Sendable {
    private let exports: ExportService
    private let file: WatchedFile?
    private let queue = DispatchQueue(label: "timeline-tui.effects", qos: .userInitiated)
    /// Reading the file: apart from searches, so that following is not held up by one.
    private let fileQueue = DispatchQueue(label: "timeline-tui.file", qos: .userInitiated)
    /// A merge's duplicate check, shown as still running while it is.
    private let foldQueue = DispatchQueue(label: "timeline-tui.fold", qos: .userInitiated)
    /// Building the search index: below keys and searches, which go on meanwhile.
    private let indexQueue = DispatchQueue(label: "timeline-tui.index", qos: .utility)
    /// The latest search asked for (or stopped): an older one still running stops at the
    /// end of its part.
    private let searchGeneration = Atomic<Int>(0)
    private let lock = NSLock()
    private var done: [Message] = []
    /// Where the followed file has been read to; used on `fileQueue` only.
    private var tail: FileTail?
    /// The one file's bytes as loaded (`loaded(_:)`), so that following started later
    /// notices a rewrite made in between; used on `fileQueue` only.
    private var fingerprint: FileTail.Fingerprint?

    init(exports: ExportService, file: WatchedFile? = nil) {
        self.exports = exports
        self.file = file
    }

    /// Takes the fingerprint of the one file `timeline` was read from, as it is now (just
    /// after loading), before returning: a few kilobytes read.
    func loaded(_ timeline: Timeline) {
        // A pipe (`timeline-tui <(curl …)`, a named pipe) is read once: opening it again
        // would wait for a writer that is gone.
        var info = stat()
        guard let path = file?.path, let read = timeline.bytesRead, stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return }
        let print = FileTail.Fingerprint(path: path, upTo: read)
        fileQueue.sync { fingerprint = print }
    }

    /// Starts `effect` for `state`; returns what came of it when it is done at once.
    func start(_ effect: Effect, for state: ViewState) -> Message? {
        switch effect {
        case .quit:
            return nil
        case .export(let path, let format, let overwrite):
            return exports.export(state, to: path, format: format, overwrite: overwrite)
        case .copy, .mouse:
            return nil  // the terminal's: done by the loop
        case .reload:
            let (zones, name, measure) = ([state.zone] + state.zones, state.sourceName, state.measure)
            fileQueue.async { [self] in
                let answer = Self.reread(file, zones: zones, name: name, measure: measure, whenFresh: { .reloaded($0) })
                lock.withLock { done.append(answer) }
            }
            return nil
        case .follow(let job):
            let (timeline, zones, name, measure) = (state.timeline, [state.zone] + state.zones, state.sourceName, state.measure)
            fileQueue.async { [self] in
                let answer = follow(job, timeline: timeline, zones: zones, name: name, measure: measure)
                lock.withLock { done.append(answer) }
            }
            return nil
        case .saveBookmarks(let path, let ids):
            do {
                try BookmarkFile(path: path).write(ids)
                return .bookmarksSaved
            } catch {
                return .bookmarksNotSaved(reason: error.message)
            }
        case .loadZone, .loadZoneNames:
            return Self.perform(effect, for: state)
        case .foldDuplicates:
            let timeline = state.timeline
            // Apart from searches, which go on meanwhile on the timeline shown.
            foldQueue.async { [self] in
                guard let answer = Self.perform(effect, timeline: timeline, zoneNames: nil) else { return }
                lock.withLock { done.append(answer) }
            }
            return nil
        case .buildSearchIndex:
            let (timeline, version) = (state.timeline, state.timelineVersion)
            indexQueue.async { [self] in
                let answer = Message.searchIndexBuilt(SearchIndex.build(timeline.events), version: version)
                lock.withLock { done.append(answer) }
            }
            return nil
        case .stopSearch:
            searchGeneration.add(1, ordering: .relaxed)
            return nil
        case .search(let job) where state.searchIndex == nil:
            // No index yet: the search takes seconds on a million events, so its matches
            // are told a part at a time.
            let generation = searchGeneration.add(1, ordering: .relaxed).newValue
            let timeline = state.timeline
            queue.async { [self] in
                let answer = Self.searchInParts(job, timeline: timeline,
                                                wanted: { self.searchGeneration.load(ordering: .relaxed) == generation },
                                                told: { progress in self.lock.withLock { self.done.append(progress) } })
                guard let answer else { return }
                lock.withLock { done.append(answer) }
            }
            return nil
        case .search, .filter:
            if case .search = effect { searchGeneration.add(1, ordering: .relaxed) }
            let timeline = state.timeline
            let names = state.zoneNames
            let index = state.searchIndex
            queue.async { [self] in
                guard let answer = Self.perform(effect, timeline: timeline, zoneNames: names, index: index) else { return }
                lock.withLock { done.append(answer) }
            }
            return nil
        }
    }

    /// The answers of background work finished since the last call, in order.
    func finished() -> [Message] {
        lock.withLock {
            defer { done.removeAll() }
            return done
        }
    }

    /// Does a quiet effect (one that only computes or reads, see `Effect.isQuiet`) now and
    /// returns what came of it; nil for the others. Tests and the bench use it directly.
    static func perform(_ effect: Effect, for state: ViewState) -> Message? {
        perform(effect, timeline: state.timeline, zoneNames: state.zoneNames, index: state.searchIndex, version: state.timelineVersion)
    }

    private static func perform(_ effect: Effect, timeline: Timeline, zoneNames: [String]?, index: SearchIndex? = nil,
                                version: Int = 0) -> Message? {
        switch effect {
        case .search(let job):
            return .searched(job, found: timeline.search(job.query, among: job.among, index: index))
        case .filter(let job):
            return .filtered(job, shown: job.expression.indices(in: timeline.events, among: job.among, index: index))
        case .buildSearchIndex:
            return .searchIndexBuilt(SearchIndex.build(timeline.events), version: version)
        case .loadZone(let name):
            // The rule of --tz and of a file's zones; Tab completes a partial name.
            let zone = Zone(identifier: name)
            return .zoneLoaded(typed: name, zone.map { DisplayZones.Entry(zone: $0, timeline: timeline) })
        case .loadZoneNames:
            return .zoneNamesLoaded(ZoneDatabase.zoneNames())
        case .foldDuplicates:
            return TimelineMerge.foldDuplicates(timeline).map { .duplicatesFolded($0) }
        case .quit, .export, .saveBookmarks, .copy, .mouse, .reload, .follow, .stopSearch:
            return nil
        }
    }

    /// `job` searched a part after another, in the list's order, the matches so far told
    /// after each part (`searchProgress`), then the whole answer (`searched`): the same
    /// positions as one pass, each event matched alone. nil once `wanted` says a newer
    /// search (or Esc) made it useless. A part is an eighth of the timeline, at least
    /// 16,384 events (`part` for tests): no smaller, so each reads its events in the file's order as one pass does
    /// (`EventSearch`; smaller parts read each event where it sits, and cost twice the
    /// processor time, figures in docs/MEASURING.md).
    static func searchInParts(_ job: SearchJob, timeline: Timeline, part: Int? = nil,
                              wanted: () -> Bool, told: (Message) -> Void) -> Message? {
        let total = job.among?.count ?? timeline.events.count
        // A small list is searched in one go: parts would only cost.
        let size = max(1, part ?? max(16_384, (timeline.events.count + 7) / 8))
        var found: [Int] = []
        var start = 0
        while start < total {
            guard wanted() else { return nil }
            let end = min(total, start + size)
            let among = job.among.map { Array($0[start..<end]) } ?? Array(start..<end)
            found += timeline.search(job.query, among: among)
            start = end
            if start < total { told(.searchProgress(job, found: found, searched: start, total: total)) }
        }
        return .searched(job, found: found)
    }

    /// Reads `file` whole into a state shown in `zones` (the one shown first), as at start.
    static func reread(_ file: WatchedFile?, zones: [Zone], name: String, measure: PaneMeasure,
                       whenFresh: (ViewState) -> Message) -> Message {
        switch file?.read() {
        case .success(let read)?:
            var fresh = ViewState(timeline: read.timeline, sourceName: name, zones: zones, measure: measure)
            if let note = read.note { fresh.message = [note, fresh.message].compactMap { $0 }.joined(separator: " ") }
            return whenFresh(fresh)
        case .failure(let failure)?:
            return .reloadFailed(reason: failure.reason)
        case nil:
            return .reloadFailed(reason: "no file to read again (standard input, or the bundled incident)")
        }
    }

    /// Reads what was appended to the followed file since `job.bytesRead` (on `fileQueue`).
    private func follow(_ job: FollowJob, timeline: Timeline, zones: [Zone], name: String, measure: PaneMeasure) -> Message {
        guard let file else { return Self.reread(nil, zones: zones, name: name, measure: measure, whenFresh: { .reloaded($0) }) }
        if let path = file.path, tail?.offset != job.bytesRead || tail?.path != path {
            tail = FileTail(path: path, timeline: timeline, options: file.options, readAs: fingerprint)
        }
        guard file.path != nil, var reader = tail else {
            // Not line-based (a JSON document), or several files merged: read whole.
            return Self.reread(file, zones: zones, name: name, measure: measure) { .followed(job, bytesRead: nil, .reread($0)) }
        }
        let step = reader.step()
        tail = reader
        let read = reader.offset
        switch step {
        case .nothing:
            return .followed(job, bytesRead: read, .nothing)
        case .truncated(let size):
            return .followed(job, bytesRead: read, .truncated(size: size))
        case .replaced:
            tail = nil
            return Self.reread(file, zones: zones, name: name, measure: measure) { .followed(job, bytesRead: nil, .reopened($0)) }
        case .rewritten:
            tail = nil
            return Self.reread(file, zones: zones, name: name, measure: measure) { .followed(job, bytesRead: nil, .rewritten($0)) }
        case .continuesLastEvent:
            tail = nil
            return Self.reread(file, zones: zones, name: name, measure: measure) { .followed(job, bytesRead: nil, .reread($0)) }
        case .grew(let events, let warnings, let problems):
            if !problems.isEmpty { return .followed(job, bytesRead: read, .badLines(problems)) }
            if events.isEmpty { return .followed(job, bytesRead: read, .nothing) }
            let (grown, added) = timeline.appending(events, warnings: warnings, bytesRead: read)
            let shown = job.filter.isEverything ? added : job.filter.indices(in: grown.events, among: added)
            let found = job.search.isEmpty ? [] : grown.search(job.search, among: shown)
            return .followed(job, bytesRead: read, .grew(grown, added: added, shownAdded: shown, searchAdded: found, warnings: warnings))
        }
    }
}
