/// The duplicate rule of a merged timeline: two events from different files are the same
/// happening when they are at the same instant at the coarser of their two precisions and
/// have the same title once case and runs of spaces are folded. A span and an instant
/// are never the same happening; two spans must also end at the same time.
enum SameHappening {
    /// The title as compared: lower case, spaces trimmed and runs of them made one.
    /// (`FoldedTitleBytes` gives the same from UTF-8, faster.)
    static func foldedTitle(_ title: String) -> String {
        title.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Whether `a` and `b` (titles already found equal) are at the same time; `za` and
    /// `zb` are the zones their dates are in (`zone(of:home:)`), when known.
    static func sameTime(_ a: Event, in za: Zone? = nil, _ b: Event, in zb: Zone? = nil) -> Bool {
        let (sa, sb) = (Stamp(a), Stamp(b))
        if let za, let zb {
            guard sameStart(sa, in: za, sb, in: zb) else { return false }
        } else {
            guard sameStart(sa, sb) else { return false }
        }
        guard let ea = a.end, let eb = b.end else { return true }
        let coarser = max(sa.precision, sb.precision)
        return same(Moment(ea), Moment(eb), at: coarser, offset: sa.precision >= sb.precision ? sa.offset : sb.offset)
    }

    /// Whether two events' starts are the same at the coarser precision, and both are
    /// spans or neither (`sameTime` also compares the ends).
    static func sameStart(_ a: Stamp, _ b: Stamp) -> Bool {
        guard a.hasEnd == b.hasEnd else { return false }
        // The coarser event's offset says where its minutes, hours and days start.
        let coarser = a.precision >= b.precision ? a : b
        return same(a.start, b.start, at: coarser.precision, offset: coarser.offset)
    }

    /// The zone of `event`'s date as the rule reads it: its own (`Event.dateZone`), else
    /// `home`; `home` for an instant (compared where it was written).
    static func zone(of event: Event, home: Zone) -> Zone {
        guard event.time.writtenPeriod != nil, let name = event.dateZone else { return home }
        return Zone(identifier: name) ?? home
    }

    /// `sameStart` of two events whose dates are in zones `za` and `zb` (as
    /// `zone(of:home:)` gives them): a date is a period of its own zone, and two dates of
    /// different zones are the same only when they are the same hours (a day in UTC and a
    /// day in Los Angeles are not; in London in winter, they are). Anything else is read
    /// by `sameStart(_:_:)` (a date and an instant: the instant's day as written).
    static func sameStart(_ a: Stamp, in za: Zone, _ b: Stamp, in zb: Zone) -> Bool {
        guard a.start.isDay, b.start.isDay, za != zb else { return sameStart(a, b) }
        guard a.hasEnd == b.hasEnd else { return false }
        let unit = max(a.precision, b.precision, .day)
        /// The instants a date's period starts and ends at in `zone`.
        func bounds(_ m: Moment, _ zone: Zone) -> (Instant, Instant) {
            let p = m.period(at: unit)
            return (zone.startOfDay(p.firstDay), zone.startOfDay(CivilDate(daysSinceEpoch: p.lastDay.daysSinceEpoch + 1)))
        }
        return bounds(a.start, za) == bounds(b.start, zb)
    }

    /// What the rule reads of an event's time, in 24 bytes: a merge keeps one an event.
    struct Stamp: Sendable, Equatable {
        var start: Moment
        var offset: Int32
        var precision: Precision
        var hasEnd: Bool

        init(time: EventTime, precision: Precision, hasEnd: Bool) {
            start = Moment(time)
            offset = Int32(truncatingIfNeeded: time.writtenOffset)
            self.precision = precision
            self.hasEnd = hasEnd
        }

        init(_ e: Event) {
            self.init(time: e.time, precision: e.precision, hasEnd: e.end != nil)
        }
    }

    /// An instant with the offset it was written with, or a date (a day, month or year).
    struct Moment: Sendable, Equatable {
        /// The instant's seconds, or the date's first day (days since 1970-01-01).
        var seconds: Int64
        /// The instant's nanoseconds; -1, -2, -3 for a day, a month, a year.
        var nanoseconds: Int32
        /// The offset the instant was written with (0 for a date).
        var offset: Int32

        init(_ time: EventTime) {
            switch time {
            case .instant(let i, let form):
                (seconds, nanoseconds, offset) = (i.seconds, i.nanoseconds, Int32(truncatingIfNeeded: form.offsetSeconds))
            default:
                let p = time.writtenPeriod!
                let tier: Int32 = switch p.precision {
                case .year: -3
                case .month: -2
                default: -1
                }
                (seconds, nanoseconds, offset) = (p.firstDay.daysSinceEpoch, tier, 0)
            }
        }

        var isDay: Bool { nanoseconds < 0 }

        /// The day (days since 1970-01-01) of an instant where it was written, or of a date
        /// (its first day): `period(at: .day)`'s for an instant or a date of a day.
        var dayNumber: Int64 {
            isDay ? seconds : floorDiv(seconds + Int64(offset), 86_400)
        }

        /// The day, month or year (`unit`, or the date's own when coarser) it falls in:
        /// an instant's where it was written.
        func period(at unit: Precision) -> CalendarPeriod {
            guard isDay else {
                return CalendarPeriod(CivilDate(daysSinceEpoch: floorDiv(seconds + Int64(offset), 86_400)), precision: unit)
            }
            let own: Precision = nanoseconds == -3 ? .year : (nanoseconds == -2 ? .month : .day)
            return CalendarPeriod(CivilDate(daysSinceEpoch: seconds), precision: max(own, unit))
        }
    }

    private static func same(_ a: Moment, _ b: Moment, at precision: Precision, offset: Int32) -> Bool {
        // A date on either side, or a precision coarser than the day: the same day, month
        // or year (an instant's where it was written).
        if a.isDay || b.isDay || precision > .day {
            let unit = max(precision, .day)
            // Both known to the day (an instant, or a date of a day): their days' numbers,
            // without making dates.
            if unit == .day, a.nanoseconds >= -1, b.nanoseconds >= -1 { return a.dayNumber == b.dayNumber }
            return a.period(at: unit) == b.period(at: unit)
        }
        if precision == .exact { return a.seconds == b.seconds && a.nanoseconds == b.nanoseconds }
        let unit: Int64 = switch precision {
        case .exact, .second: 1
        case .minute: 60
        case .hour: 3600
        default: 86_400
        }
        return floorDiv(a.seconds + Int64(offset), unit) == floorDiv(b.seconds + Int64(offset), unit)
    }

    private static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }
}

extension EventTime {
    /// The offset from UTC the time was written with, in seconds (0 for a day).
    var writtenOffset: Int {
        if case .instant(_, let form) = self { return form.offsetSeconds }
        return 0
    }
}
