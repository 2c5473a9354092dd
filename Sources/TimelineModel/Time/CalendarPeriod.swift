/// A calendar day, month or year with no time and no zone: what a time known only to the
/// day, month or year names, and what a heading of the timeline covers.
public enum CalendarPeriod: Sendable, Hashable, Comparable {
    /// `2017-11-03`.
    case day(CivilDate)
    /// `2017-11`.
    case month(year: Int, month: Int)
    /// `2017`.
    case year(Int)

    /// The period of `precision` (`day`, `month` or `year`; finer ones give the day) that
    /// holds `date`.
    public init(_ date: CivilDate, precision: Precision) {
        switch precision {
        case .year: self = .year(date.year)
        case .month: self = .month(year: date.year, month: date.month)
        default: self = .day(date)
        }
    }

    /// `day`, `month` or `year`.
    public var precision: Precision {
        switch self {
        case .day: .day
        case .month: .month
        case .year: .year
        }
    }

    /// Its first day.
    public var firstDay: CivilDate {
        switch self {
        case .day(let d): d
        case .month(let y, let m): CivilDate(year: y, month: m, day: 1)
        case .year(let y): CivilDate(year: y, month: 1, day: 1)
        }
    }

    /// Its last day: where a time known only to this period sorts (at its end).
    public var lastDay: CivilDate {
        switch self {
        case .day(let d): d
        case .month(let y, let m): CivilDate(year: y, month: m, day: CivilDate.daysIn(month: m, year: y))
        case .year(let y): CivilDate(year: y, month: 12, day: 31)
        }
    }

    /// `2017-11-03`, `2017-11`, `2017`: the form our format writes.
    public var iso: String {
        switch self {
        case .day(let d): DayHeading.iso(d)
        case .month(let y, let m): String(CivilDate.isoText(year: y, month: m, day: 1).dropLast(3))
        case .year(let y): String(CivilDate.isoText(year: y, month: 1, day: 1).dropLast(6))
        }
    }

    /// `3 Nov 2017`, `Nov 2017`, `2017`: short enough for a time column.
    public var short: String {
        switch self {
        case .day(let d): "\(d.day) \(CivilDate.monthName(d.month).prefix(3)) \(d.year)"
        case .month(let y, let m): "\(CivilDate.monthName(m).prefix(3)) \(y)"
        case .year(let y): "\(y)"
        }
    }

    /// Whole units of this period's length (days, months or years) from it to `later`,
    /// counted by the start of each: `2017-11` to `2018-02` is 3.
    public func units(until later: CalendarPeriod) -> Int64 {
        let (a, b) = (firstDay, later.firstDay)
        switch precision {
        case .year: return Int64(b.year - a.year)
        case .month: return Int64((b.year - a.year) * 12 + b.month - a.month)
        default: return b.daysSinceEpoch - a.daysSinceEpoch
        }
    }

    /// `day`, `month`, `year`: the word a sentence uses for the unit.
    public var unitName: String { precision.rawValue }

    /// Periods in calendar order; at the same start, the longer one last (it sorts at its end).
    public static func < (a: CalendarPeriod, b: CalendarPeriod) -> Bool {
        (a.lastDay, a.precision) < (b.lastDay, b.precision)
    }
}
