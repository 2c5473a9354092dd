/// When an event happened, as the file says it: an instant with the form it was written
/// in, or a calendar date known only to the day.
public enum EventTime: Sendable, Hashable {
    /// A point in time (`2017-11-02T22:35:43.905Z`, `2017-11-02T18:48-04:00`).
    case instant(Instant, WrittenForm)
    /// A date with no time of day (`2017-11-03`), read as a day in the timeline's zone.
    case day(CivilDate)

    /// How an instant was written, so that nothing is shown with more digits than are known.
    public struct WrittenForm: Sendable, Hashable {
        /// The UTC offset it was written with, in seconds (`Z` is 0).
        public var offsetSeconds: Int
        /// Whether seconds were written (`18:48:00` yes, `18:48` no).
        public var hasSeconds: Bool
        /// How many digits of a fraction of a second were written (0 when none).
        public var fractionDigits: Int

        public init(offsetSeconds: Int, hasSeconds: Bool, fractionDigits: Int) {
            self.offsetSeconds = offsetSeconds
            self.hasSeconds = hasSeconds
            self.fractionDigits = fractionDigits
        }
    }

    /// The instant, when the time is not day-only.
    public var instant: Instant? {
        if case .instant(let i, _) = self { return i }
        return nil
    }

    /// The precision the form of this time implies when the file states none:
    /// fractions → `exact`, seconds → `second`, hours and minutes → `minute`, a date → `day`.
    public var impliedPrecision: Precision {
        switch self {
        case .day: return .day
        case .instant(_, let form):
            if form.fractionDigits > 0 { return .exact }
            return form.hasSeconds ? .second : .minute
        }
    }
}
