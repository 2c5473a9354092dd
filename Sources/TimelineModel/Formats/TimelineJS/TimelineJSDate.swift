/// A TimelineJS date as its parts (`year`, `month`, `day`, `hour`, `minute`, `second`,
/// `millisecond`), each as written (a JSON string or number, a spreadsheet cell) with its
/// place, turned into a time known to the finest part given: a year alone is `year`, a
/// month `month`, a day `day`, an hour `hour`, … a millisecond `exact`.
///
/// TimelineJS writes no zone (it shows dates in the browser's): a date, month or year is
/// a calendar date of the timeline's zone; a time of day needs `--assume-zone`, as in
/// every reader. Every part is checked (month 1–12, a day the month has, …) and a problem
/// names the part. Years run from 1 to 9999: TimelineJS's BCE and cosmological years are
/// refused with a message that says so.
struct TimelineJSDate {
    /// One part as written.
    struct Part {
        var text: String
        var place: SourcePlace
        var path: String
    }

    static let partNames = ["year", "month", "day", "hour", "minute", "second", "millisecond"]

    /// The parts given, by name (an empty text is a part not given).
    var parts: [String: Part] = [:]
    /// Where the date is (the `start_date` object, the Year cell), and its path.
    var place: SourcePlace
    var path: String
    /// What a message calls it: `start_date`, `Time`.
    var what: String
    /// Digits of the fraction of a second written (the spreadsheet's `20:30:15.5` has 1;
    /// a JSON `millisecond` part 3).
    var fractionDigits = 3

    /// A date read: the time, as a message quotes it, and the precision to state (an
    /// hour alone: its form would say the minute).
    struct Reading {
        var time: EventTime
        var written: String
        var precision: Precision?
    }

    /// Why a date cannot be read, with its place.
    struct Failure: Error {
        var problem: Problem
    }

    /// The time and the precision it is known to, or the problem with its place.
    func time(_ options: ReadOptions, file: String) -> Result<Reading, Failure> {
        func fail(_ part: Part?, _ message: String) -> Result<Reading, Failure> {
            .failure(Failure(problem: Problem(file: file, place: part?.place ?? place, path: part?.path ?? path, message: message)))
        }
        var values: [Int] = []
        var given: [Part] = []
        for name in Self.partNames {
            guard let part = parts[name], !part.text.isEmpty else { break }
            guard let v = Self.integer(part.text) else {
                return fail(part, "\"\(part.text)\" is not a whole number")
            }
            values.append(v)
            given.append(part)
        }
        // A finer part after a missing one (a day with no month) is not a date.
        for name in Self.partNames.dropFirst(values.count) {
            if let part = parts[name], !part.text.isEmpty {
                let missing = Self.partNames[values.count]
                return fail(part, "a \(name) is given but no \(missing); give every part from the year down to the \(name)")
            }
        }
        guard !values.isEmpty else { return fail(nil, "has no year; a date needs at least a year") }
        let year = values[0]
        guard (1...9999).contains(year) else {
            return fail(given[0], "year \(year) is out of range: timeline-tui reads years 1 to 9999 (not BCE or cosmological years)")
        }
        if values.count == 1 { return .success(Reading(time: .year(year), written: "\(year)")) }
        let month = values[1]
        guard (1...12).contains(month) else { return fail(given[1], "month \(month) does not exist") }
        if values.count == 2 {
            let period = CalendarPeriod.month(year: year, month: month)
            return .success(Reading(time: .month(year: year, month: month), written: period.iso))
        }
        let date = CivilDate(year: year, month: month, day: values[2])
        guard date.isValid else {
            return fail(given[2], "\(CivilDate.isoText(year: year, month: month, day: values[2])) does not exist (\(CivilDate.monthName(month)) has \(CivilDate.daysIn(month: month, year: year)) days in \(year))")
        }
        if values.count == 3 { return .success(Reading(time: .day(date), written: DayHeading.iso(date))) }
        let limits = [("hour", 23), ("minute", 59), ("second", 59), ("millisecond", 999)]
        for k in 3..<values.count where !(0...limits[k - 3].1).contains(values[k]) {
            return fail(given[k], "\(limits[k - 3].0) \(values[k]) does not exist")
        }
        let hour = values[3]
        let minute = values.count > 4 ? values[4] : 0
        let second = values.count > 5 ? values[5] : 0
        let millisecond = values.count > 6 ? values[6] : 0
        let clock = WrittenTime.Clock(hour: hour, minute: minute, second: second, hasSeconds: values.count > 5,
                                      nanoseconds: millisecond * 1_000_000, fractionDigits: values.count > 6 ? fractionDigits : 0)
        var written = DayHeading.iso(date) + " " + Self.two(hour) + ":" + Self.two(minute)
        if values.count > 5 { written += ":" + Self.two(second) }
        if values.count > 6 { written += "." + String(String(1000 + millisecond).dropFirst().prefix(fractionDigits)) }
        let w = WrittenTime(date: date, clock: clock, offsetSeconds: nil)
        switch options.time.place(w, text: written, what: what) {
        case .failure(let f):
            return fail(given[3], f.message)
        case .success(let t):
            return .success(Reading(time: t, written: written, precision: values.count == 4 ? .hour : nil))
        }
    }

    /// A whole number as TimelineJS takes one (`1943`, `"1943"`, `-500`); spaces and
    /// thousands commas are dropped as its spreadsheet reader does (`"1,815"`).
    static func integer(_ text: String) -> Int? {
        let cleaned = text.filter { $0 != " " && $0 != "," && $0 != "\t" }
        guard !cleaned.isEmpty, cleaned.count <= 18 else { return nil }
        let digits = cleaned.hasPrefix("-") ? cleaned.dropFirst() : Substring(cleaned)
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(cleaned)
    }

    private static func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
}
