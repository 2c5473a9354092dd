/// The duplicate rule of a merged timeline: two events from different files are the same
/// happening when they are at the same instant at the coarser of their two precisions and
/// have the same title once case and runs of spaces are folded. A span and an instant
/// are never the same happening; two spans must also end at the same time.
enum SameHappening {
    /// The title as compared: lower case, spaces trimmed and runs of them made one.
    static func foldedTitle(_ title: String) -> String {
        title.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Whether `a` and `b` (titles already found equal) are at the same time.
    static func sameTime(_ a: Event, _ b: Event) -> Bool {
        let coarser = max(a.precision, b.precision)
        guard (a.end == nil) == (b.end == nil) else { return false }
        // The coarser event's offset says where its minutes, hours and days start.
        let offset = (a.precision >= b.precision ? a : b).time.writtenOffset
        guard same(a.time, b.time, at: coarser, offset: offset) else { return false }
        if let ea = a.end, let eb = b.end { return same(ea, eb, at: coarser, offset: offset) }
        return true
    }

    private static func same(_ a: EventTime, _ b: EventTime, at precision: Precision, offset: Int) -> Bool {
        switch (a, b) {
        case (.instant(let x, _), .instant(let y, _)) where precision <= .day:
            if precision == .exact { return x == y }
            let unit: Int64 = switch precision {
            case .exact, .second: 1
            case .minute: 60
            case .hour: 3600
            default: 86_400
            }
            return floorDiv(x.seconds + Int64(offset), unit) == floorDiv(y.seconds + Int64(offset), unit)
        default:
            // A date on either side: the same day, month or year (an instant's where it
            // was written).
            let unit = max(precision, .day)
            return a.period(at: unit) == b.period(at: unit)
        }
    }

    private static func day(of instant: Instant, offset: Int) -> Int64 {
        floorDiv(instant.seconds + Int64(offset), 86_400)
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
