import Foundation

/// Work running on a second thread, and its result once it is done (the second half of a
/// scan).
final class SecondHalf<Result>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result?

    init(_ work: @escaping @Sendable () -> Result) {
        let thread = Thread { [self] in
            self.result = work()
            self.done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Waits for the work to finish (once; later calls return at once).
    func wait() -> Result {
        if !finished {
            done.wait()
            finished = true
        }
        return result!
    }

    private var finished = false
}
