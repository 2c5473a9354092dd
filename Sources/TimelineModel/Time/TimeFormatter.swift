/// Shows event times in a display zone at the precision they are known, and nothing more:
///
/// | precision | shown as |
/// |---|---|
/// | `exact` | `22:35:43.905` (the fraction digits the file wrote) |
/// | `second` | `22:35:43` |
/// | `minute` | `18:48` |
/// | `hour` | `18h` |
/// | `day` | `time unknown` (never a made-up `00:00`) |
/// | `month` | `Nov 2017` (never a made-up day 1) |
/// | `year` | `2017` (never a made-up 1 January) |
///
/// An approximate time gets a `~` (`~18:48`). A day-only event is a day in its own zone
/// (`dateZone(of:)`: the timeline's home zone, or in a merge its own file's); shown in
/// another zone it reads `time unknown (day in America/New_York)` (`Nov 2017 (month in
/// America/New_York)` for a month).
/// Spans show both ends and their length: `~18:48–~18:59 (11 min)`.
///
/// Offsets are looked up in a table built once, so formatting a million sorted events makes
/// no call into Foundation per event. The viewer and the exporters share this type.
public struct TimeFormatter: Sendable {
    /// The zone times are shown in.
    public let zone: Zone
    /// The timeline's own zone: the one its day-only dates belong to, but those of an
    /// event that names its own (`Event.dateZone`).
    public let homeZone: Zone
    /// The other zones some events' dates are in (`Timeline.dateZones`), by name.
    private let otherDateZones: [String: Zone]
    private let offsets: ZoneOffsets

    /// A formatter for times between `lower` and `upper` (others work too, more slowly).
    /// `dateZones`: the zones other than `homeZone` some events' dates are in.
    public init(zone: Zone, homeZone: Zone, from lower: Instant, to upper: Instant, dateZones: [Zone] = []) {
        self.zone = zone
        self.homeZone = homeZone
        self.otherDateZones = Dictionary(dateZones.map { ($0.identifier, $0) }, uniquingKeysWith: { a, _ in a })
        self.offsets = ZoneOffsets(zone: zone, from: lower, to: upper)
    }

    /// A formatter for `timeline`'s events shown in `zone` (its home zone when nil).
    public init(timeline: Timeline, zone: Zone? = nil) {
        let home = Zone(identifier: timeline.timezone) ?? .utc
        let first = timeline.events.first?.sortInstant ?? Instant(seconds: 0)
        let last = timeline.events.last?.sortInstant ?? first
        self.init(zone: zone ?? home, homeZone: home, from: first, to: last,
                  dateZones: timeline.dateZones.compactMap { Zone(identifier: $0) })
    }

    /// The zone the day, month or year of `event` is in, when it is known only to that:
    /// its own (`Event.dateZone`, a merged file's), else the timeline's home zone. The one
    /// answer every label, count, gap, jump and export of a date goes through.
    public func dateZone(of event: Event) -> Zone {
        dateZone(named: event.dateZone)
    }

    /// The zone of dates named `name` (`Event.dateZone`); the home zone for nil.
    public func dateZone(named name: String?) -> Zone {
        guard let name, name != homeZone.identifier else { return homeZone }
        return otherDateZones[name] ?? Zone(identifier: name) ?? homeZone
    }

    /// Whether some date may be shown in another zone than its own: a list then says
    /// whose day it is (`(day in UTC)`).
    public var showsDatesElsewhere: Bool {
        zone != homeZone || otherDateZones.values.contains { $0 != zone }
    }

    /// Seconds east of UTC in the display zone at `instant`.
    public func offset(at instant: Instant) -> Int {
        offsets.offset(at: instant)
    }

    /// The wall clock in the display zone at `instant`.
    public func localTime(_ instant: Instant) -> LocalTime {
        LocalTime(instant, offset: offsets.offset(at: instant))
    }

    /// The heading `event` goes under: its day in the display zone, or, for an event
    /// known only to the day, month or year, that day, month or year itself.
    public func period(of event: Event) -> CalendarPeriod {
        var day = LastDay()
        return period(of: event, after: &day)
    }

    /// The day of the last event given to `period(of:after:)`, in days since 1970-01-01
    /// in the display zone: events in order mostly share it, and its date is then not
    /// worked out again.
    struct LastDay {
        var days = Int64.min
        var period = CalendarPeriod.day(CivilDate(year: 1970, month: 1, day: 1))
    }

    /// `period(of:)`, reusing `last`'s date when the event is on the same day.
    func period(of event: Event, after last: inout LastDay) -> CalendarPeriod {
        if case .instant(let instant, _) = event.time, event.precision < .day {
            let days = (instant.seconds + Int64(offsets.offset(at: instant))).floorDiv(86_400)
            if days != last.days {
                last = LastDay(days: days, period: .day(CivilDate(daysSinceEpoch: days)))
            }
            return last.period
        }
        return event.time.period(at: event.precision)!
    }

    /// The day `event` is on: its date in the display zone, or, for an event known only
    /// to the day, that day (the last day of its month or year when known only to that:
    /// where it sorts).
    public func day(of event: Event) -> CivilDate {
        period(of: event).lastDay
    }

    /// Whether `event` has no known time of day (known only to the day, month or year).
    public static func isDayOnly(_ event: Event) -> Bool {
        event.time.instant == nil || event.precision >= .day
    }

    /// The start time of `event`: `~18:48`, `22:35:43.905`, `time unknown`.
    public func time(of event: Event) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(16)
        appendTime(event.time, precision: event.precision, approximate: event.approximate, dateZoneNamed: event.dateZone, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The time of `event` with its end and length when it is a span:
    /// `~18:48–~18:59 (11 min)`; otherwise the same as `time(of:)`.
    public func timeAndSpan(of event: Event) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(24)
        appendTimeAndSpan(of: event, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `timeAndSpan(of:)` as UTF-8 to `out` (the exporters' fast path).
    public func appendTimeAndSpan(of event: Event, to out: inout [UInt8]) {
        appendTime(event.time, precision: event.precision, approximate: event.approximate, dateZoneNamed: event.dateZone, to: &out)
        guard let end = event.end else { return }
        let dash: StaticString = "–"
        out.append(contentsOf: UnsafeBufferPointer(start: dash.utf8Start, count: dash.utf8CodeUnitCount))
        switch (event.time, end) {
        case (.instant(let a, _), .instant(let b, _)) where event.precision < .day:
            // The end's date only when it is another day (compared as days since 1970).
            let endDay = (b.seconds + Int64(offsets.offset(at: b))).floorDiv(86_400)
            if (a.seconds + Int64(offsets.offset(at: a))).floorDiv(86_400) != endDay {
                let d = CivilDate(daysSinceEpoch: endDay)
                out.append(contentsOf: "\(d.day) \(CivilDate.monthName(d.month).prefix(3)) ".utf8)
            }
            appendTime(end, precision: event.precision, approximate: event.approximate, to: &out)
            let showSeconds = event.precision <= .second
            // Appended in pieces: an interpolated string is made and dropped for each span.
            out.append(contentsOf: " (".utf8)
            out.append(contentsOf: DurationText.length(seconds: a.seconds(until: b), showSeconds: showSeconds).utf8)
            out.append(0x29)
        default:
            let start = period(of: event)
            let endPeriod = end.period(at: max(event.precision, .day))!
            if case .day(let endDay) = endPeriod {
                out.append(contentsOf: DayHeading.iso(endDay).utf8)
                let n = endDay.daysSinceEpoch - start.lastDay.daysSinceEpoch
                if n > 0, start.precision == .day { out.append(contentsOf: " (\(DurationText.days(n)))".utf8) }
            } else {
                out.append(contentsOf: endPeriod.short.utf8)
                let months = (endPeriod.firstDay.year - start.firstDay.year) * 12 + endPeriod.firstDay.month - start.firstDay.month
                if start.precision == .month, endPeriod.precision == .month, months > 0 {
                    out.append(contentsOf: " (\(DurationText.count(Int64(months), of: .month)))".utf8)
                } else if start.precision == .year, endPeriod.precision == .year, months > 0 {
                    out.append(contentsOf: " (\(DurationText.count(Int64(months / 12), of: .year)))".utf8)
                }
            }
        }
    }

    /// Appends the clock reading of `time` at `precision` to `out`; a date's zone is the
    /// one named `dateZoneNamed` (`dateZone(named:)`: the home zone when nil), named when
    /// it is not the display zone. The name, not the zone, is passed: the zone is looked
    /// up only for a date, not for every time of day.
    public func appendTime(_ time: EventTime, precision: Precision, approximate: Bool, dateZoneNamed: String? = nil,
                           to out: inout [UInt8]) {
        guard case .instant(let instant, let form) = time, precision < .day else {
            let period = time.period(at: precision)!
            if approximate && period.precision != .day { out.append(0x7E) }
            out.append(contentsOf: (period.precision == .day ? "time unknown" : period.short).utf8)
            let whose = dateZone(named: dateZoneNamed)
            if zone != whose {
                out.append(contentsOf: " (\(period.unitName) in \(whose.identifier))".utf8)
            }
            return
        }
        Self.appendClock(TimeOfDay(instant, offset: offsets.offset(at: instant)), form: form, precision: precision,
                         approximate: approximate, to: &out)
    }

    /// Appends the time of day `t` as `appendTime` shows an instant's (`~18:48`,
    /// `22:35:43.905`, `18h`): down to `precision` and to what `form` wrote. The date is not
    /// shown here.
    static func appendClock<Out: ByteSink>(_ t: TimeOfDay, form: EventTime.WrittenForm, precision: Precision, approximate: Bool,
                                           to out: inout Out) {
        // `~HH:MM:SS.nnnnnnnnn` is at most 19 bytes: made on the stack and appended at once
        // (each byte appended to an array on its own checks its storage).
        var clock: (UInt64, UInt64, UInt64) = (0, 0, 0)
        let count = withUnsafeMutableBytes(of: &clock) { b -> Int in
            var n = 0
            @inline(__always) func put(_ byte: UInt8) {
                b[n] = byte
                n &+= 1
            }
            @inline(__always) func putTwoDigits(_ v: Int) {
                put(UInt8(truncatingIfNeeded: 0x30 + (v / 10) % 10))
                put(UInt8(truncatingIfNeeded: 0x30 + v % 10))
            }
            if approximate { put(0x7E) }
            putTwoDigits(t.hour)
            if precision == .hour {
                put(0x68)  // h
                return n
            }
            put(0x3A)
            putTwoDigits(t.minute)
            guard precision <= .second, form.hasSeconds else { return n }
            put(0x3A)
            putTwoDigits(t.second)
            guard precision == .exact, form.fractionDigits > 0 else { return n }
            put(0x2E)
            var divisor = 100_000_000
            for _ in 0..<min(form.fractionDigits, 9) {
                put(UInt8(truncatingIfNeeded: 0x30 + (t.nanosecond / divisor) % 10))
                divisor /= 10
            }
            return n
        }
        withUnsafeBytes(of: &clock) { b in
            out.append(contentsOf: UnsafeBufferPointer(start: b.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count))
        }
    }

    /// `2017-11-02 18:35`, `~2017-11-02 18:48`, `2017-11-29 (time unknown)`,
    /// `2017-11 (day unknown)`, `2017 (month unknown)`: a date and a time to the minute at
    /// most, for headers.
    public func dateAndTime(of time: EventTime, precision: Precision, approximate: Bool) -> String {
        guard case .instant(let instant, _) = time, precision < .day else {
            let period = time.period(at: precision)!
            let unknown = switch period.precision {
            case .year: "month unknown"
            case .month: "day unknown"
            default: "time unknown"
            }
            return period.iso + " (" + unknown + ")"
        }
        let t = localTime(instant)
        var out: [UInt8] = Array(DayHeading.iso(t.date).utf8)
        out.append(0x20)
        if approximate { out.append(0x7E) }
        Self.appendTwoDigits(t.hour, to: &out)
        if precision == .hour {
            out.append(0x68)
        } else {
            out.append(0x3A)
            Self.appendTwoDigits(t.minute, to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `America/New_York (UTC−04:00 EDT; UTC−05:00 EST from 5 November 2017)`: the
    /// zone with the offsets in force between `lower` and `upper`; a fixed offset's name
    /// says its offset: `UTC+05:30 (fixed offset)`.
    public func zoneDescription(from lower: Instant, to upper: Instant) -> String {
        if zone.isFixedOffset { return zone.identifier + " (fixed offset)" }
        func offsetAndName(_ i: Instant) -> String {
            let o = offsets.offset(at: i)
            let text = Self.offsetText(o)
            if let abbr = zone.abbreviation(at: i) { return text + " " + abbr }
            return text
        }
        var parts = [offsetAndName(lower)]
        let changes = offsets.transitions(from: lower, to: upper)
        if changes.count <= 3 {
            for c in changes {
                let d = localTime(c).date
                parts.append(offsetAndName(c) + " from \(d.day) \(CivilDate.monthName(d.month)) \(d.year)")
            }
        } else {
            parts.append("\(changes.count) changes of offset in this time")
        }
        return zone.identifier + " (" + parts.joined(separator: "; ") + ")"
    }

    /// `UTC−04:00`, `UTC+01:00`, `UTC+05:30`, `UTC+00:00` (with a true minus sign).
    public static func offsetText(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "\u{2212}" : "+"
        let m = abs(seconds) / 60
        var out: [UInt8] = Array("UTC\(sign)".utf8)
        appendTwoDigits(m / 60, to: &out)
        out.append(0x3A)
        appendTwoDigits(m % 60, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func appendTwoDigits(_ v: Int, to out: inout [UInt8]) {
        out.append(UInt8(0x30 + (v / 10) % 10))
        out.append(UInt8(0x30 + v % 10))
    }
}
