/// A postmortem's list under one date heading that goes past midnight (`- 23:50 …`, then
/// `- 00:10 …`): the later row is on the next day, as the writer meant (a timeline is
/// written in order), and the reader says so with the row's place, never silently:
///
///     notes.md:14:1: 00:10 after 23:50 under 2023-11-14: read as 15 November, the next day
///
/// Only when the next day is the nearer reading: the earlier time is more than 12 hours
/// before the last one (23:50 → 00:10 is 20 minutes on, or 23 h 40 min back). A row a few
/// minutes earlier than the one before (a postmortem listing what it found later) stays on
/// its day.
enum NextDayRule {
    /// Whether `clock`, written after `last` with no date, is on the next day.
    static func passedMidnight(from last: WrittenTime.Clock, to clock: WrittenTime.Clock) -> Bool {
        let back = seconds(last) - seconds(clock)
        return back > 12 * 3600
    }

    /// The warning: what was read, after what, under which date, and the day it is on.
    static func note(written: String, after last: String, carried: CivilDate, next: CivilDate) -> String {
        "\(written) after \(last) under \(DayHeading.iso(carried)): read as \(next.day) \(CivilDate.monthName(next.month)), "
            + "the next day (a date written in the line says otherwise)"
    }

    private static func seconds(_ c: WrittenTime.Clock) -> Int { c.hour * 3600 + c.minute * 60 + c.second }
}
