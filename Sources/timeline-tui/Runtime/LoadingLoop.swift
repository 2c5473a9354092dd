import Foundation
import Synchronization
import TimelineModel

/// Shows `LoadingScreen` on the terminal at once while `work` runs on another thread,
/// redrawn with the time passed and how far each file is read (`progress`, one a file,
/// in the order of `Loading.files`); q or Ctrl-C stops waiting (the caller restores the
/// terminal and leaves: the work is abandoned with the process). A resize redraws.
enum LoadingLoop {
    /// How the wait ended.
    enum Outcome<Value: Sendable>: Sendable {
        case done(Value)
        /// q was pressed.
        case quit
        /// SIGINT, SIGTERM or SIGHUP came: the caller dies of it once the terminal is restored.
        case signal(Int32)
        /// The keyboard went away.
        case keysEnded
    }

    static func wait<Value: Sendable>(on terminal: Terminal, showing initial: Loading, progress: [ReadProgress] = [],
                                      _ work: @escaping @Sendable () -> Value) -> Outcome<Value> {
        let box = Mutex<Value?>(nil)
        let thread = Thread {
            let value = work()
            box.withLock { $0 = value }
        }
        // A million events' reading keeps deep call stacks (the sort, the scan).
        thread.stackSize = 16 << 20
        let started = ContinuousClock.now
        thread.start()
        var loading = initial
        loading.asciiOnly = terminal.asciiOnly
        var shownTenths = -1
        while true {
            if let sig = Signals.takePending() { return .signal(sig) }
            if let value = box.withLock({ $0.take() }) { return .done(value) }
            let passed = ContinuousClock.now - started
            loading.tenths = Int(passed.components.seconds * 10) + Int(passed.components.attoseconds / 100_000_000_000_000_000)
            // The first frame at once; then a few a second (the time shown is in tenths).
            if shownTenths < 0 || loading.tenths - shownTenths >= 2 {
                for (k, p) in progress.enumerated() where k < loading.files.count {
                    loading.files[k].read = loading.files[k].bytes.flatMap { p.bytesRead(of: $0) }
                }
                terminal.show(LoadingScreen.render(loading, size: terminal.size))
                shownTenths = loading.tenths
            }
            // Waits up to 100 ms for a key: the reading is not slowed by this loop.
            guard let key = terminal.readKey() else {
                if terminal.keysEnded { return .keysEnded }
                continue
            }
            switch key {
            case .character("q"), .ctrl("c"): return .quit
            case .resize:
                terminal.invalidate()
                shownTenths = -1
            default: break
            }
        }
    }
}
