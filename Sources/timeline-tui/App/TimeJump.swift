import Foundation
import TimelineModel

/// Where the `t` prompt asks to go: a time (`18:50` on the selected event's day,
/// `2017-11-03 06:00`, an RFC 3339 instant), a distance from the selected event (`+1h`,
/// `-10m`, `+1h30m`; back with nothing in between: the last event before that time) or
/// from the T+0 mark (`T+10m`, `T-2d`; the first event without a mark).
enum TimeJump: Hashable, Sendable {
    case time(TypedTime)
    case fromSelection(seconds: Int64)
    case fromMark(seconds: Int64)

    /// Reads `typed`; nil when it is none of the forms.
    init?(_ typed: String) {
        let t = typed.trimmingCharacters(in: .whitespaces)
        if t.hasPrefix("T") || t.hasPrefix("t"), t.count > 1, let s = Self.distance(String(t.dropFirst())) {
            self = .fromMark(seconds: s)
        } else if let s = Self.distance(t), t.hasPrefix("+") || t.hasPrefix("-") {
            self = .fromSelection(seconds: s)
        } else if let time = TypedTime(t) {
            self = .time(time)
        } else {
            return nil
        }
    }

    /// `+1h30m` → 5400, `-10m` → −600, `+0` → 0: a sign, then numbers each with d, h, m or s.
    static func distance(_ text: String) -> Int64? {
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let body = text.dropFirst()
        if body == "0" { return 0 }
        var total: Int64 = 0
        var number: Int64?
        for c in body {
            if let d = c.wholeNumberValue, c.isASCII {
                number = (number ?? 0) &* 10 &+ Int64(d)
                guard number! < 1_000_000_000 else { return nil }
                continue
            }
            guard let n = number else { return nil }
            switch c {
            case "d": total += n * 86_400
            case "h": total += n * 3600
            case "m": total += n * 60
            case "s": total += n
            default: return nil
            }
            number = nil
        }
        guard number == nil, !body.isEmpty else { return nil }
        return sign == "-" ? -total : total
    }

    static let forms = "18:50, 2017-11-03 06:00, +1h, -10m or T+10m"
}

extension ViewState {
    /// The instant `jump` names: wall-clock times in the zone shown, a time alone on the
    /// selected event's day there.
    func instant(of jump: TimeJump) -> Instant? {
        switch jump {
        case .time(let typed):
            guard let day = selectedEvent.map(formatter.day(of:)) ?? events.first.map(formatter.day(of:)) else { return nil }
            return typed.instant(with: formatter, on: day)
        case .fromSelection(let s):
            return selectedEvent.map { $0.sortInstant.adding(seconds: s) }
        case .fromMark(let s):
            return origin.map { $0.sortInstant.adding(seconds: s) }
        }
    }

    /// Selects the first event shown that sorts at or after `instant` (a binary search:
    /// events known only to the day sort at the end of it); false when none does.
    mutating func select(firstAtOrAfter instant: Instant) -> Bool {
        let lo = position(firstAtOrAfter: instant)
        guard lo < shown.count else { return false }
        select(lo)
        return true
    }

    /// The position among the events shown of the first that sorts at or after `instant`
    /// (`shown.count` when none does).
    func position(firstAtOrAfter instant: Instant) -> Int {
        var lo = 0
        var hi = shown.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if events.sortInstant(at: shown[mid]) < instant { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// `-30d` from `base`, an event known only to the day: the first event on or after
    /// the day that many days away (days of the day's own zone); a
    /// distance in hours or minutes, or a base known only to the month or year, is refused.
    private mutating func goDays(_ seconds: Int64, from base: Event, named name: String) {
        guard base.precision == .day, seconds % 86_400 == 0, let day = base.time.period(at: .day)?.firstDay else {
            let unit = max(base.precision, .day).rawValue
            let sign = name == "T+0" ? "T-" : "-"
            message = "\(name) is known only to the \(unit): count whole days (\(sign)2d), or type a time."
            return
        }
        let target = CivilDate(daysSinceEpoch: day.daysSinceEpoch + seconds / 86_400)
        let home = formatter.dateZone(of: base)
        let whose = formatter.zone == home ? "" : " (a day in \(home.identifier))"
        if select(firstAtOrAfter: home.startOfDay(target)) {
            message = "First event on or after \(DayHeading.iso(target))\(whose)."
        } else {
            message = "No event on or after \(DayHeading.iso(target))\(whose)\(filter.isEmpty ? "" : " among those the filter shows")."
        }
    }

    /// Enter at the `t` prompt.
    mutating func goToTime(_ typed: String) -> FilterSyntaxError? {
        guard let jump = TimeJump(typed) else {
            return FilterSyntaxError(column: 1, message: "not a time: try \(TimeJump.forms)")
        }
        // From an event known only to the day there is no time to count from (where the
        // day's events sort is nobody's time): whole days count from its day, else say so.
        switch jump {
        case .fromSelection(let d) where selectedEvent.map(TimeFormatter.isDayOnly) == true:
            goDays(d, from: selectedEvent!, named: "The selection")
            return nil
        case .fromMark(let d) where origin.map(TimeFormatter.isDayOnly) == true:
            goDays(d, from: origin!, named: "T+0")
            return nil
        default:
            break
        }
        guard let target = instant(of: jump) else { message = "No event to go from."; return nil }
        let local = formatter.localTime(target)
        let written = String(format: "%04d-%02d-%02d %02d:%02d", local.date.year, local.date.month, local.date.day, local.hour, local.minute)
            + (local.second == 0 ? "" : String(format: ":%02d", local.second))
        // Back from the selection with nothing in between (`-10m` across a quiet stretch):
        // the first event at or after the time would be the selection itself, and the user
        // asked to go back. The event before that time is the one going on then.
        if case .fromSelection(let d) = jump, d < 0, !shown.isEmpty, position(firstAtOrAfter: target) >= selected {
            if selected == 0 {
                message = "No event before \(written)\(filter.isEmpty ? "" : " among those the filter shows"): this is the first."
            } else {
                select(position(firstAtOrAfter: target) - 1)
                message = "No event from \(written) to the selection: the last one before it."
            }
            return nil
        }
        if select(firstAtOrAfter: target) {
            message = "First event at or after \(written)."
        } else {
            message = "No event after \(written)\(filter.isEmpty ? "" : " among those the filter shows")."
        }
        return nil
    }
}
