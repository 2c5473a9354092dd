import Synchronization

/// Jobs `0..<count` handed out one at a time to whichever core asks first: cores that each
/// keep something between their jobs (`TimelineMerge.meetableTitles`' memo of titles) share
/// the jobs out as they free up, whatever each job's size.
final class NextJob: Sendable {
    private let next = Atomic<Int>(0)
    private let count: Int

    init(count: Int) {
        self.count = count
    }

    /// The next job not yet taken, or nil when every one has been.
    func take() -> Int? {
        let k = next.wrappingAdd(1, ordering: .relaxed).oldValue
        return k < count ? k : nil
    }
}
