import Foundation
import TimelineModel

/// The follow row of `bench-viewer`: a JSON Lines copy of the file, followed (`F`) while a
/// writer thread appends 1,000 events a second to it (one in ten dated before the end, so
/// that some land inside the list) and keys come every 30 ms, as the loop does it: the
/// file watch's notices, `update`, the runtime's effects, `render`. Reports the keys'
/// times (update + render), the time the loop spent taking each batch of new events, and
/// the lag from a write to the frame showing it.
struct FollowFigures {
    let timeline: Timeline
    let file: String
    let seconds: Int
    let folder: String

    func lines() -> [String] {
        let copy = folder + "/" + (file as NSString).lastPathComponent + ".follow.jsonl"
        defer { unlink(copy) }
        let clock = ContinuousClock()
        // The copy: our JSON Lines export of what was loaded (a JSONL file is copied as is).
        let made = clock.measure {
            if file.hasSuffix(".jsonl") {
                try? FileManager.default.removeItem(atPath: copy)
                try? FileManager.default.copyItem(atPath: file, toPath: copy)
            } else {
                let parts = ExportFormat.jsonl.parts(ExportView(timeline: timeline, sourceName: file))
                _ = FileManager.default.createFile(atPath: copy, contents: nil)
                if let h = FileHandle(forWritingAtPath: copy) {
                    for p in parts { h.write(Data(p)) }
                    try? h.close()
                }
            }
        }
        let loadStart = clock.now
        guard let followed = try? TimelineLoader.load(path: copy, options: ReadOptions(measuresListedText: false)) else { return ["follow: the JSON Lines copy \(copy) does not load"] }
        let loaded = clock.now - loadStart
        let watched = WatchedFile(path: copy, options: ReadOptions(measuresListedText: false)) {
            do { return .success(try TimelineLoader.load(path: copy, options: ReadOptions(measuresListedText: false))) } catch let failure as LoadFailure {
                return .failure(ReloadFailure(reason: failure.problems.first?.description ?? "cannot be read"))
            } catch {
                return .failure(ReloadFailure(reason: "\(error)"))
            }
        }
        var session = BenchSession(ViewState(timeline: followed, sourceName: copy, width: BenchSession.size.width,
                                             height: BenchSession.size.height, measure: .screen), file: watched)
        let initial = followed.events.count
        let last = followed.events.sortInstant(at: max(0, initial - 1))
        let writer = AppendingWriter(path: copy, after: last)
        session.send(.key(.character("F")))
        writer.start(seconds: seconds)

        var watch = FileWatch(path: copy)
        var keys: [Duration] = []
        var steps: [Duration] = []
        var keysCPU: [Duration] = []
        var stepsCPU: [Duration] = []
        var lags: [Duration] = []
        var shownUpTo = 0
        let keyCycle: [Key] = [.character("k"), .character("k"), .character("j"), .character("G")]
        var nextKey = clock.now
        var nextCheck = clock.now
        // Until every event written is shown, or 10 s after the writer stopped.
        let end = clock.now + .seconds(seconds + 10)
        while clock.now < end && (writer.running || shownUpTo < writer.written) {
            for answer in session.effects.finished() {
                let isStep = if case .followed = answer { true } else { false }
                let t = BenchClock.measure { session.send(answer) }
                if isStep {
                    steps.append(t.wall)
                    stepsCPU.append(t.cpu)
                }
                // Every batch now counted in the list is on screen: its lag is known.
                let appended = session.state.events.count - initial
                let now = clock.now
                for (count, written) in writer.batches() where count > shownUpTo && count <= appended {
                    lags.append(now - written)
                }
                shownUpTo = max(shownUpTo, appended)
            }
            if clock.now >= nextCheck {
                // The loop looks at the file when keys pause; here every 100 ms.
                if let notice = watch.check() { session.send(notice) }
                nextCheck = clock.now + .milliseconds(100)
            }
            if clock.now >= nextKey {
                let key = keyCycle[keys.count % keyCycle.count]
                let t = BenchClock.measure { session.send(.key(key)) }
                keys.append(t.wall)
                keysCPU.append(t.cpu)
                nextKey = clock.now + .milliseconds(30)
            }
            Thread.sleep(forTimeInterval: 0.001)
        }
        writer.stop()
        let written = writer.written
        func row(_ name: String, _ values: [Duration]) -> String {
            "\(name): max \(BenchClock.ms(values.max() ?? .zero)), p99 \(BenchClock.ms(BenchClock.percentile(values, 0.99))), median \(BenchClock.ms(BenchClock.percentile(values, 0.5))) (\(values.count))"
        }
        return [
            "follow: \(written) events appended in \(seconds) s to a JSON Lines copy of \(initial) events (made in \(BenchClock.ms(made)), loaded in \(BenchClock.ms(loaded))); \(session.state.events.count - initial) shown at the end",
            row("follow, keypress (update + render) while following, wall", keys),
            row("follow, keypress (update + render) while following, this thread's CPU", keysCPU),
            row("follow, taking new events (update + render of each step), wall", steps),
            row("follow, taking new events, this thread's CPU", stepsCPU),
            row("follow, lag from write to frame", lags),
        ]
    }
}

/// Appends events to a file from its own thread: 100 every 100 ms, each dated a second
/// after the one before from `after`, one in ten an hour earlier than that.
final class AppendingWriter: @unchecked Sendable {
    private let path: String
    private let after: Instant
    private let lock = NSLock()
    private var done: [(count: Int, at: ContinuousClock.Instant)] = []
    private var stopped = false
    private var finished = false
    private var thread: Thread?

    init(path: String, after: Instant) {
        self.path = path
        self.after = after
    }

    /// Whether it is still writing.
    var running: Bool { lock.withLock { !finished } }

    /// Events written so far.
    var written: Int { lock.withLock { done.last?.count ?? 0 } }

    /// The batches written: the count of events after each, and when it was written.
    func batches() -> [(count: Int, at: ContinuousClock.Instant)] { lock.withLock { done } }

    func start(seconds: Int) {
        let t = Thread { [self] in
            guard let h = FileHandle(forWritingAtPath: path) else {
                lock.withLock { finished = true }
                return
            }
            h.seekToEndOfFile()
            var n = 0
            let clock = ContinuousClock()
            var next = clock.now
            let format = ISO8601DateFormatter()
            let end = clock.now + .seconds(seconds)
            while clock.now < end && !lock.withLock({ stopped }) {
                var text = ""
                for _ in 0..<100 {
                    n += 1
                    let s = after.seconds + Int64(n) - (n % 10 == 0 ? 3600 : 0)
                    let date = Date(timeIntervalSince1970: TimeInterval(s))
                    let time = format.string(from: date)
                    text += #"{"id":"appended-\#(n)","time":"\#(time)","actor":"bench writer","kind":"note","title":"appended event \#(n) while following"}"# + "\n"
                }
                h.write(Data(text.utf8))
                let count = n
                lock.withLock { done.append((count, clock.now)) }
                next = next + .milliseconds(100)
                Thread.sleep(forTimeInterval: max(0, BenchClock.milliseconds(next - clock.now) / 1000))
            }
            try? h.close()
            lock.withLock { finished = true }
        }
        thread = t
        t.start()
    }

    func stop() {
        lock.withLock { stopped = true }
    }
}
