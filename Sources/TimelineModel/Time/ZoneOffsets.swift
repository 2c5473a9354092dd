/// A zone's UTC offsets over a stretch of time, taken from the tz database once, so that
/// formatting a million events looks offsets up in a small table instead of asking
/// Foundation each time.
///
/// Outside the stretch it was built for, a lookup falls back to the zone itself: slower,
/// never wrong.
public struct ZoneOffsets: Sendable {
    /// The zone the table describes.
    public let zone: Zone
    /// Seconds since the epoch at which each offset starts; `starts[0]` is the lower bound.
    private var starts: [Int64] = []
    private var offsets: [Int32] = []
    /// The last second the table is known to cover.
    private var upperLimit: Int64 = 0

    /// The offsets of `zone` from `lower` to `upper` (inclusive), with a day of margin.
    public init(zone: Zone, from lower: Instant, to upper: Instant) {
        self.zone = zone
        let low = lower.seconds - 86_400
        let high = max(upper.seconds, lower.seconds) + 86_400
        var t = Instant(seconds: low)
        starts.append(low)
        offsets.append(Int32(zone.offset(at: t)))
        // A tz zone changes offset at most a few times a year; the cap bounds absurd ranges.
        while starts.count < 20_000, let next = zone.nextTransition(after: t), next.seconds <= high {
            guard next.seconds > t.seconds else { break }
            let off = Int32(zone.offset(at: next))
            if off != offsets[offsets.count - 1] {
                starts.append(next.seconds)
                offsets.append(off)
            }
            t = next
        }
        upperLimit = starts.count >= 20_000 ? t.seconds : high
    }

    /// Seconds east of UTC at `instant`.
    public func offset(at instant: Instant) -> Int {
        let s = instant.seconds
        guard s >= starts[0], s <= upperLimit else { return zone.offset(at: instant) }
        // Binary search for the last start ≤ s.
        var lo = 0
        var hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= s { lo = mid } else { hi = mid - 1 }
        }
        return Int(offsets[lo])
    }

    /// The instants inside `lower...upper` at which the offset changes.
    public func transitions(from lower: Instant, to upper: Instant) -> [Instant] {
        starts.dropFirst().filter { $0 > lower.seconds && $0 <= upper.seconds }.map { Instant(seconds: $0) }
    }
}
