/// A wall-clock reading in some zone: the date and the time of day, to the nanosecond.
public struct LocalTime: Sendable, Hashable {
    public var date: CivilDate
    public var hour: Int
    public var minute: Int
    public var second: Int
    public var nanosecond: Int

    /// The wall clock at `instant` with the zone `offset` seconds east of UTC.
    public init(_ instant: Instant, offset: Int) {
        let local = instant.seconds + Int64(offset)
        let days = local.floorDiv(86_400)
        let s = Int(local - days * 86_400)
        date = CivilDate(daysSinceEpoch: days)
        hour = s / 3600
        minute = s / 60 % 60
        second = s % 60
        nanosecond = Int(instant.nanoseconds)
    }
}

/// The time of day of a `LocalTime` without its date, for what shows the clock alone.
struct TimeOfDay {
    var hour: Int
    var minute: Int
    var second: Int
    var nanosecond: Int

    /// The wall clock's time of day at `instant`, `offset` seconds east of UTC.
    @inline(__always)
    init(_ instant: Instant, offset: Int) {
        let local = instant.seconds + Int64(offset)
        let s = Int(local - local.floorDiv(86_400) * 86_400)
        hour = s / 3600
        minute = s / 60 % 60
        second = s % 60
        nanosecond = Int(instant.nanoseconds)
    }
}
