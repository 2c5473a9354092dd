/// The heading shown at each change of day: `Thursday 2 November 2017`; events known only
/// to the month or year go under `November 2017` or `2017`.
public enum DayHeading {
    /// English weekday names, 0 = Sunday.
    public static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    /// `Thursday 2 November 2017`.
    public static func text(_ date: CivilDate) -> String {
        "\(weekdays[date.weekday]) \(date.day) \(CivilDate.monthName(date.month)) \(date.year)"
    }

    /// `Thursday 2 November 2017`, `November 2017`, `2017`.
    public static func text(_ period: CalendarPeriod) -> String {
        switch period {
        case .day(let d): text(d)
        case .month(let y, let m): "\(CivilDate.monthName(m)) \(y)"
        case .year(let y): "\(y)"
        }
    }

    /// `2017-11-02`.
    public static func iso(_ date: CivilDate) -> String {
        CivilDate.isoText(year: date.year, month: date.month, day: date.day)
    }
}
