/// The heading shown at each change of day: `Thursday 2 November 2017`.
public enum DayHeading {
    /// English weekday names, 0 = Sunday.
    public static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    /// `Thursday 2 November 2017`.
    public static func text(_ date: CivilDate) -> String {
        "\(weekdays[date.weekday]) \(date.day) \(CivilDate.monthName(date.month)) \(date.year)"
    }

    /// `2017-11-02`.
    public static func iso(_ date: CivilDate) -> String {
        CivilDate.isoText(year: date.year, month: date.month, day: date.day)
    }
}
