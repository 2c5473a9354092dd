/// A point on the UTC time line: whole seconds since 1970-01-01T00:00:00Z and nanoseconds.
///
/// Pure integer arithmetic, so sorting a million of them is cheap and exact.
public struct Instant: Sendable, Hashable, Comparable {
    /// Seconds since the Unix epoch (negative before 1970).
    public var seconds: Int64
    /// Nanoseconds within the second, 0 ..< 1_000_000_000.
    public var nanoseconds: Int32

    public init(seconds: Int64, nanoseconds: Int32 = 0) {
        self.seconds = seconds
        self.nanoseconds = nanoseconds
    }

    public static func < (lhs: Instant, rhs: Instant) -> Bool {
        lhs.seconds != rhs.seconds ? lhs.seconds < rhs.seconds : lhs.nanoseconds < rhs.nanoseconds
    }

    /// The time from `self` to `later`, in whole seconds (rounded down).
    public func seconds(until later: Instant) -> Int64 {
        var s = later.seconds - seconds
        if later.nanoseconds < nanoseconds { s -= 1 }
        return s
    }

    /// This instant moved by whole seconds.
    public func adding(seconds delta: Int64) -> Instant {
        Instant(seconds: seconds + delta, nanoseconds: nanoseconds)
    }
}
