import Dispatch
import Foundation
import TimelineModel

/// Does what `update` asks for (an `Effect`) and turns the outcome into a `Message` for
/// `update`: quick work (an export, a zone) at once; searching and filtering a big
/// timeline on a background queue, whose answers the loop collects with `finished()`
/// while keys keep working.
final class EffectRunner: @unchecked Sendable {
    private let exports: ExportService
    private let queue = DispatchQueue(label: "timeline-tui.effects", qos: .userInitiated)
    private let lock = NSLock()
    private var done: [Message] = []

    init(exports: ExportService) {
        self.exports = exports
    }

    /// Starts `effect` for `state`; returns what came of it when it is done at once.
    func start(_ effect: Effect, for state: ViewState) -> Message? {
        switch effect {
        case .quit:
            return nil
        case .export(let path, let format, let overwrite):
            return exports.export(state, to: path, format: format, overwrite: overwrite)
        case .copy, .mouse, .reload:
            return nil  // the terminal's: done by the loop
        case .saveBookmarks(let path, let ids):
            do {
                try BookmarkFile(path: path).write(ids)
                return .bookmarksSaved
            } catch {
                return .bookmarksNotSaved(reason: error.message)
            }
        case .loadZone, .loadZoneNames:
            return Self.perform(effect, for: state)
        case .search, .filter:
            let timeline = state.timeline
            let names = state.zoneNames
            queue.async { [self] in
                guard let answer = Self.perform(effect, timeline: timeline, zoneNames: names) else { return }
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
        perform(effect, timeline: state.timeline, zoneNames: state.zoneNames)
    }

    private static func perform(_ effect: Effect, timeline: Timeline, zoneNames: [String]?) -> Message? {
        switch effect {
        case .search(let job):
            return .searched(job, found: timeline.search(job.query, among: job.among))
        case .filter(let job):
            return .filtered(job, shown: job.expression.indices(in: timeline.events, among: job.among))
        case .loadZone(let name):
            // The rule of --tz and of a file's zones; Tab completes a partial name.
            let zone = Zone(identifier: name)
            return .zoneLoaded(typed: name, zone.map { DisplayZones.Entry(zone: $0, timeline: timeline) })
        case .loadZoneNames:
            return .zoneNamesLoaded(ZoneDatabase.zoneNames())
        case .quit, .export, .saveBookmarks, .copy, .mouse, .reload:
            return nil
        }
    }
}
