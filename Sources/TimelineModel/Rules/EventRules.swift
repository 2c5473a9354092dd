/// The rules every event follows whatever file it came from, and the sentences that say
/// when one is broken. Readers ask these (the JSON reader with its tokens, others through
/// `TimelineBuilder`), so a rule and its message are written once.
enum EventRules {
    /// An `id` or `title` written empty.
    static let empty = "must not be empty"

    /// A required field the event does not write.
    static func missingField(_ name: String) -> String { "missing required field \"\(name)\"" }

    /// A title holding a line break.
    static let titleHasLineBreak = "must be one line (it contains a line break); put longer text in \"text\""

    /// Whether `title` holds a line break (a title is one line).
    static func hasLineBreak(_ title: String) -> Bool {
        // A line feed or carriage return is a character of its own (or CR LF together).
        var text = title
        return text.withUTF8 { $0.contains { $0 == 0x0A || $0 == 0x0D } }
    }

    /// How an `end` stands against its `time`.
    enum EndOrder {
        case fine
        /// The end is before the time: a problem.
        case before
        /// One of them is a date (day, month or year): the answer needs the timeline's
        /// zone (`ZonedEndCheck`).
        case dependsOnZone
    }

    /// Whether `end` comes before `time`, when that can be told without a zone.
    static func order(time: EventTime, end: EventTime) -> EndOrder {
        switch (time, end) {
        case (.instant(let a, _), .instant(let b, _)): b < a ? .before : .fine
        case (.instant, _), (_, .instant): .dependsOnZone
        default:
            // Two dates: the end's last day may not come before the start's first.
            end.writtenPeriod!.lastDay < time.writtenPeriod!.firstDay ? .before : .fine
        }
    }

    /// The problem of an `end` before its `time`, both as written.
    static func endBeforeTime(end: String, time: String) -> String {
        "\(end) is before time \(time)"
    }

    /// Whether a span with one date end (day, month or year) ends before it starts, dates
    /// read in `zone`.
    static func endIsBeforeTime(_ time: EventTime, _ end: EventTime, in zone: Zone) -> Bool {
        switch (time, end) {
        case (.instant(let start, _), _):
            return lastMoment(ofDay: end.writtenPeriod!.lastDay.daysSinceEpoch, in: zone) < start
        case (_, .instant(let end, _)):
            return end < zone.startOfDay(time.writtenPeriod!.firstDay)
        default:
            return order(time: time, end: end) == .before
        }
    }

    /// A stated precision may be coarser than the time as written (`18:48` known only to
    /// the hour), never finer (`exact` for `18:48`): the problem, if any.
    static func precisionProblem(stated: Precision, written: @autoclosure () -> String, time: EventTime) -> String? {
        guard stated < time.impliedPrecision else { return nil }
        return "\"\(stated.rawValue)\" is finer than the time as written (\(written()) gives \(time.impliedPrecision.asWritten))"
    }

    /// The problem of a precision that is not one of the seven.
    static func unknownPrecision(_ text: String) -> String {
        "must be one of exact, second, minute, hour, day, month, year, not \"\(text)\""
    }

    /// The problem of an id used before, at its second use.
    static func repeatedId(_ id: String) -> String {
        "duplicate id \"\(id)\""
    }

    /// Where an event known only to a period sorts, `period` ending with the day
    /// `lastDay` (days since 1970-01-01): at the end of that day in `zone`, the day at
    /// its last nanosecond but two, the month one later, the year at the last
    /// nanosecond, so that within a day that ends all three the day's events come first,
    /// then the month's, then the year's (see `Timeline`).
    static func sortInstant(lastDay: Int64, precision: Precision, in zone: Zone) -> Instant {
        let end = lastMoment(ofDay: lastDay, in: zone)
        let earlier: Int32 = switch precision {
        case .year: 0
        case .month: 1
        default: 2
        }
        return Instant(seconds: end.seconds, nanoseconds: end.nanoseconds - earlier)
    }

    /// The last nanosecond of a day (days since 1970-01-01) in `zone`.
    static func lastMoment(ofDay day: Int64, in zone: Zone) -> Instant {
        let next = zone.startOfDay(CivilDate(daysSinceEpoch: day + 1))
        return Instant(seconds: next.seconds - 1, nanoseconds: 999_999_999)
    }
}

extension Precision {
    /// How much a time written to this precision gives: `only the day`, `the minute`.
    var asWritten: String {
        switch self {
        case .exact: "fractions of a second"
        case .second: "only the second"
        case .minute: "only the minute"
        case .hour: "only the hour"
        case .day: "only the day"
        case .month: "only the month"
        case .year: "only the year"
        }
    }
}
