import Foundation

/// Times for `bench-viewer`: milliseconds as it prints them, and the percentile of a few.
enum BenchClock {
    static func ms(_ d: Duration) -> String {
        String(format: "%.3f ms", milliseconds(d))
    }

    static func milliseconds(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    }

    /// The processor time this thread has used: what a step took of a core, whatever
    /// the other work on the machine (wall times on a busy machine include waiting for one).
    static func threadCPU() -> Duration {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return .seconds(t.tv_sec) + .nanoseconds(t.tv_nsec)
    }

    /// The processor time the whole process has used (every thread: a search runs on both
    /// cores).
    static func processCPU() -> Duration {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return .seconds(t.tv_sec) + .nanoseconds(t.tv_nsec)
    }

    /// `work`'s wall time and this thread's processor time for it.
    static func measure(_ work: () -> Void) -> (wall: Duration, cpu: Duration) {
        let (c0, w0) = (threadCPU(), ContinuousClock.now)
        work()
        return (ContinuousClock.now - w0, threadCPU() - c0)
    }

    /// The value at `fraction` (0.99: p99) of `values`, sorted; 0 for none.
    static func percentile(_ values: [Duration], _ fraction: Double) -> Duration {
        guard !values.isEmpty else { return .zero }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
    }
}
