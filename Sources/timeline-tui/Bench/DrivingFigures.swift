import Foundation
import TimelineModel

/// The rows of issue 13 in `bench-viewer`: a filter expression of three terms and a NOT,
/// go to a time, and `R`, each from the key to the frame showing the answer, through
/// `update`, the runtime's effects and `render`.
struct DrivingFigures {
    let timeline: Timeline
    /// The search index the viewer has by then (built after the first screen).
    let index: SearchIndex?
    let file: String
    /// The time from the start of loading to the first frame, for `R` to be compared with.
    let opening: Duration

    func lines() -> [String] {
        let watched = WatchedFile(path: file, options: ReadOptions(measuresListedText: false)) {
            do { return .success(try TimelineLoader.load(path: file, options: ReadOptions(measuresListedText: false))) } catch let failure as LoadFailure {
                return .failure(ReloadFailure(reason: failure.problems.first?.description ?? "cannot be read"))
            } catch {
                return .failure(ReloadFailure(reason: "\(error)"))
            }
        }
        let clock = ContinuousClock()
        var session = BenchSession(ViewState(timeline: timeline, sourceName: file, width: BenchSession.size.width,
                                             height: BenchSession.size.height, measure: .screen), file: watched)
        session.state.searchIndex = index
        var out: [String] = []

        // Three terms and a NOT, as a responder types them.
        let expression = "kind:report -actor:ops-oncall compte"
        session.press(.character("f"))
        session.type(expression)
        let filtered = clock.measure {
            session.press(.enter)
            session.waitFor { $0.filterAnswered }
        }
        out.append("filter expression “\(expression)” (3 terms, one NOT; key to frame\(index == nil ? "" : ", from the search index")): \(session.state.shownIndices.count) of \(timeline.events.count) in \(BenchClock.ms(filtered))")
        session.press(.character("c"))
        session.waitFor { $0.filterAnswered }

        // Go to the time of the event in the middle, typed as the zone shown writes it.
        let middle = timeline.events.sortInstant(at: timeline.events.count / 2)
        let local = session.state.formatter.localTime(middle)
        let typed = String(format: "%04d-%02d-%02d %02d:%02d", local.date.year, local.date.month, local.date.day, local.hour, local.minute)
        session.press(.character("t"))
        session.type(typed)
        let jumped = session.press(.enter)
        out.append("go to time “\(typed)” (key to frame): \(BenchClock.ms(jumped)), event \(session.state.selected + 1) of \(session.state.shownIndices.count)")

        // R: the key, the file read again in the background, the new first frame.
        var keyTime = Duration.zero
        let reloaded = clock.measure {
            keyTime = session.press(.character("R"))
            session.waitFor { !$0.reloading }
        }
        out.append("R (reload, key to the new first frame): \(BenchClock.ms(reloaded)) (the key itself \(BenchClock.ms(keyTime))); opening the file: \(BenchClock.ms(opening)); R/open = \(String(format: "%.2f", BenchClock.milliseconds(reloaded) / max(0.001, BenchClock.milliseconds(opening))))")
        return out
    }
}
