/// How exactly an event's time is known.
///
/// The default comes from the form of `time`: `2017-11-02T22:35:43.905Z` is `exact`
/// (every digit written is known), `…T22:35:43Z` is `second`, `…T18:48-04:00` is `minute`,
/// a bare date `2017-11-03` is `day`, a month `2017-11` is `month`, a year `2017` is `year`.
/// A file may state a coarser precision than its form.
public enum Precision: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Known to every digit written, fractions of a second included.
    case exact
    /// Known to the second.
    case second
    /// Known to the minute.
    case minute
    /// Known to the hour.
    case hour
    /// Known only to the calendar day.
    case day
    /// Known only to the calendar month.
    case month
    /// Known only to the calendar year.
    case year

    /// Finer precisions sort first: `exact < second < … < day < month < year`.
    public static func < (lhs: Precision, rhs: Precision) -> Bool {
        lhs.rank < rhs.rank
    }

    var rank: Int {
        switch self {
        case .exact: 0
        case .second: 1
        case .minute: 2
        case .hour: 3
        case .day: 4
        case .month: 5
        case .year: 6
        }
    }
}
