/// When an event happened, as the file says it: an instant with the form it was written
/// in, or a calendar day, month or year (`2017-11-03`, `2017-11`, `2017`).
public enum EventTime: Sendable, Hashable {
    /// A point in time (`2017-11-02T22:35:43.905Z`, `2017-11-02T18:48-04:00`).
    case instant(Instant, WrittenForm)
    /// A date with no time of day (`2017-11-03`), read as a day in the timeline's zone.
    case day(CivilDate)
    /// A month with no day (`2017-11`), read as a month in the timeline's zone.
    case month(year: Int, month: Int)
    /// A year alone (`2017`), read as a year in the timeline's zone.
    case year(Int)

    /// How an instant was written, so that nothing is shown with more digits than are known.
    public struct WrittenForm: Sendable, Hashable {
        /// The UTC offset it was written with, in seconds (`Z` is 0).
        public var offsetSeconds: Int
        /// Whether seconds were written (`18:48:00` yes, `18:48` no).
        public var hasSeconds: Bool
        /// How many digits of a fraction of a second were written (0 when none).
        public var fractionDigits: Int
        /// Whether the time was written without a zone and placed in the one the user
        /// named (`--assume-zone`): `offsetSeconds` is that zone's then, not the file's.
        public var zoneAssumed: Bool

        public init(offsetSeconds: Int, hasSeconds: Bool, fractionDigits: Int, zoneAssumed: Bool = false) {
            self.offsetSeconds = offsetSeconds
            self.hasSeconds = hasSeconds
            self.fractionDigits = fractionDigits
            self.zoneAssumed = zoneAssumed
        }
    }

    /// The instant, when the time is not day-only.
    public var instant: Instant? {
        if case .instant(let i, _) = self { return i }
        return nil
    }

    /// The day, month or year written, when no time of day was.
    public var writtenPeriod: CalendarPeriod? {
        switch self {
        case .instant: nil
        case .day(let d): .day(d)
        case .month(let y, let m): .month(year: y, month: m)
        case .year(let y): .year(y)
        }
    }

    /// The calendar period a time known to `precision` names, when that is a day or
    /// coarser: the written one made coarser, or an instant's date in the offset it was
    /// written with. Nil when the time of day is known.
    public func period(at precision: Precision) -> CalendarPeriod? {
        switch self {
        case .instant(let i, let form):
            guard precision >= .day else { return nil }
            return CalendarPeriod(LocalTime(i, offset: form.offsetSeconds).date, precision: precision)
        default:
            let written = writtenPeriod!
            return precision > written.precision ? CalendarPeriod(written.firstDay, precision: precision) : written
        }
    }

    /// The precision the form of this time implies when the file states none:
    /// fractions → `exact`, seconds → `second`, hours and minutes → `minute`, a date → `day`,
    /// a month → `month`, a year → `year`.
    public var impliedPrecision: Precision {
        switch self {
        case .day: return .day
        case .month: return .month
        case .year: return .year
        case .instant(_, let form):
            if form.fractionDigits > 0 { return .exact }
            return form.hasSeconds ? .second : .minute
        }
    }
}
