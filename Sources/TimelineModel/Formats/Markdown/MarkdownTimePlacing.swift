/// Places a time a Markdown line wrote (`MarkdownTimeText`) on the time line, with what
/// the document says around it: the date of its heading (or of the row before), and the
/// zone of the row, its column's header, or a line such as `All times in UTC`. Never a
/// guessed date or zone: a time of day without a date, or without a zone when the user
/// gave no `--assume-zone`, is a problem that says so.
struct MarkdownTimePlacing {
    /// The date the document gives rows that write none: a heading's, or the last row's.
    var date: MarkdownTimeText.Point.DatePart? {
        didSet { lastClock = nil }
    }
    /// The time of day of the last row placed on a day, as it wrote it: a row after it that
    /// writes an earlier time and no date may have passed midnight (`NextDayRule`).
    var lastClock: (clock: WrittenTime.Clock, written: String)?
    /// The zone named by the table's time column, the section, or the document, first found first.
    var zones: [MarkdownZoneWord] = []
    /// An abbreviation written in the column's header (`Time (EDT)`), which settles an
    /// hour the clocks repeat in a named zone.
    var abbreviation: String?
    var reading: TimeReading

    struct Placed {
        var time: EventTime
        var end: EventTime?
        var precision: Precision?
        var approximate: Bool
        /// What the reader decided that the line did not write (read on the next day).
        var note: String?
    }

    /// `text` placed, or the sentence that says why it cannot be.
    mutating func place(_ text: MarkdownTimeText, written: String) -> Result<Placed, WrittenTime.Failure> {
        let startDay: CivilDate?
        var note: String?
        if text.start.date == nil, let clock = text.start.clock, let last = lastClock, case .day(let carried)? = date,
           NextDayRule.passedMidnight(from: last.clock, to: clock) {
            let next = CivilDate(daysSinceEpoch: carried.daysSinceEpoch + 1)
            date = .day(next)
            note = NextDayRule.note(written: written, after: last.written, carried: carried, next: next)
        }
        switch point(text.start, written: written, dayBefore: nil) {
        case .failure(let f): return .failure(f)
        case .success(let (time, day)):
            startDay = day
            var placed = Placed(time: time, precision: text.start.hourOnly ? .hour : nil, approximate: text.approximate, note: note)
            if let e = text.end {
                var end = e
                if end.zone == nil { end.zone = text.start.zone }
                switch point(end, written: written, dayBefore: startDay, after: time) {
                case .failure(let f): return .failure(f)
                case .success(let (endTime, _)): placed.end = endTime
                }
            }
            // A row that writes its date gives it to the rows after it that write none.
            if let d = startDay, text.start.date != nil { date = .day(d) }
            if startDay != nil, let clock = text.start.clock { lastClock = (clock, written) }
            return .success(placed)
        }
    }

    private func point(_ p: MarkdownTimeText.Point, written: String, dayBefore: CivilDate?,
                       after start: EventTime? = nil) -> Result<(EventTime, CivilDate?), WrittenTime.Failure> {
        func fail(_ m: String) -> Result<(EventTime, CivilDate?), WrittenTime.Failure> { .failure(.init(message: m)) }
        var day: CivilDate?
        switch p.date {
        case .day(let d)?:
            guard d.isValid else { return fail("time \"\(written)\": \(DayHeading.iso(d)) is not a date") }
            day = d
        case .dayOfMonth(let d, let m)?:
            guard let reference = dayBefore ?? date.flatMap(Self.day) else {
                return fail("time \"\(written)\" gives a day and month but no year, and no heading above it gives one")
            }
            var candidate = CivilDate(year: reference.year, month: m, day: d)
            if candidate < reference { candidate = CivilDate(year: reference.year + 1, month: m, day: d) }
            guard candidate.isValid else { return fail("time \"\(written)\": \(d) \(CivilDate.monthName(m)) is not a date") }
            day = candidate
        case .month(let y, let m)?:
            guard p.clock == nil else { return fail("time \"\(written)\" gives a time of day with a month but no day") }
            return .success((.month(year: y, month: m), nil))
        case .year(let y)?:
            return .success((.year(y), nil))
        case nil:
            day = dayBefore ?? date.flatMap(Self.day)
            if day == nil, p.clock == nil, !p.timeUnknown, case .month(let y, let m)? = date {
                return .success((.month(year: y, month: m), nil))
            }
        }
        guard let clock = p.clock else {
            guard let day else {
                return fail("time \"\(written)\" has no date, and no heading above it (such as `### 31 January 2017`) gives one")
            }
            return .success((.day(day), day))
        }
        guard let day else {
            return fail("time \"\(written)\" is a time of day with no date: neither the line nor a heading above it "
                        + "(such as `### 31 January 2017` or `**2023-11-14**`) gives one")
        }
        let zone = p.zone ?? zones.first
        let result = placed(WrittenTime(date: day, clock: clock, offsetSeconds: nil), zone: zone, written: written)
        // An end written without its own date that comes before its start is on the next day.
        if p.date == nil, dayBefore != nil, case .instant(let s, _)? = start, case .success(.instant(let e, _)) = result, e < s {
            let next = CivilDate(daysSinceEpoch: day.daysSinceEpoch + 1)
            return placed(WrittenTime(date: next, clock: clock, offsetSeconds: nil), zone: zone, written: written).map { ($0, next) }
        }
        return result.map { ($0, day) }
    }

    private func placed(_ w: WrittenTime, zone: MarkdownZoneWord?, written: String) -> Result<EventTime, WrittenTime.Failure> {
        var w = w
        switch zone {
        case .offset(let seconds, _)?:
            w.offsetSeconds = seconds
            return reading.place(w, text: written, what: "time")
        case .named(let named)?:
            // The document names its zone: the times are in it, not assumed by the user.
            var named = TimeReading(assumedZone: named, ambiguous: reading.ambiguous)
            named.assumedYear = reading.assumedYear
            w.offsetSeconds = nil
            return named.place(w, text: written, what: "time", abbreviation: abbreviation).map(Self.notAssumed)
        case .ambiguous(let name)?:
            guard reading.assumedZone != nil else {
                return .failure(.init(message: "time \"\(written)\" is in \(name), which names several zones with different offsets; "
                                      + "add --assume-zone with the one meant (America/Chicago, Asia/Shanghai…)"))
            }
            w.offsetSeconds = nil
            return reading.place(w, text: written, what: "time", abbreviation: name)
        case nil:
            w.offsetSeconds = nil
            guard reading.assumedZone != nil else {
                return .failure(.init(message: "time \"\(written)\" has no zone, and no line of the document names one "
                                      + "(\"All times in UTC\", a column \"Time (UTC)\"); \(TimeReading.noZoneAdvice)"))
            }
            return reading.place(w, text: written, what: "time", abbreviation: abbreviation)
        }
    }

    private static func notAssumed(_ t: EventTime) -> EventTime {
        guard case .instant(let i, var form) = t else { return t }
        form.zoneAssumed = false
        return .instant(i, form)
    }

    static func day(_ part: MarkdownTimeText.Point.DatePart) -> CivilDate? {
        if case .day(let d) = part { return d }
        return nil
    }
}
