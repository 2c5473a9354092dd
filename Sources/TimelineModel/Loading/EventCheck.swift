/// The rules an event must follow beyond JSON types (required fields, times, precision).
extension JSONCursor {
    /// An `end` whose order against `time` depends on the timeline's zone (one of them is
    /// day-only), checked once the zone is known.
    struct ZonedEndCheck {
        var index: Int
        var endOffset: Int
        var time: EventTime
        var end: EventTime
        var timeText: String
        var endText: String
    }

    func parseTime(_ t: StringToken) -> Result<EventTime, TimeParser.Failure> {
        if t.needsDecoding { return TimeParser.parse(string(t)) }
        return TimeParser.parse(UnsafeBufferPointer(start: base + t.start, count: t.count))
    }

    /// Checks `e` and returns its time when usable; problems are recorded, and an `end`
    /// that needs the zone to be checked is returned for later.
    mutating func check(_ e: EventFields, index: Int) -> (time: EventTime?, zonedEnd: ZonedEndCheck?) {
        func path(_ field: String) -> String { "events[\(index)].\(field)" }
        for field in [EventFields.Field.id, .time, .title] where !e.seen.contains(field) {
            report(e.objectStart, "events[\(index)]", "missing required field \"\(field.name)\"")
        }
        if let id = e.id, id.count == 0 { report(id.quoteOffset, path("id"), "must not be empty") }
        if let title = e.title {
            if title.count == 0 {
                report(title.quoteOffset, path("title"), "must not be empty")
            } else if title.needsDecoding, string(title).contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
                report(title.quoteOffset, path("title"), "must be one line (it contains a line break); put longer text in \"text\"")
            }
        }
        var time: EventTime?
        if let t = e.time {
            switch parseTime(t) {
            case .success(let v): time = v
            case .failure(let f): report(t.quoteOffset, path("time"), f.message)
            }
        }
        var zonedEnd: ZonedEndCheck?
        if let t = e.end {
            switch parseTime(t) {
            case .failure(let f):
                report(t.quoteOffset, path("end"), f.message)
            case .success(let end):
                if let time, let start = e.time {
                    let before: Bool?
                    switch (time, end) {
                    case (.instant(let a, _), .instant(let b, _)): before = b < a
                    case (.day(let a), .day(let b)): before = b < a
                    default: before = nil
                    }
                    if before == true {
                        report(t.quoteOffset, path("end"), "\(string(t)) is before time \(string(start))")
                    } else if before == nil {
                        zonedEnd = ZonedEndCheck(index: index, endOffset: t.quoteOffset, time: time, end: end,
                                                 timeText: string(start), endText: string(t))
                    }
                }
            }
        }
        if let p = e.precision {
            let text = string(p)
            if let precision = Precision(rawValue: text) {
                if let time, precision < time.impliedPrecision, let t = e.time {
                    report(p.quoteOffset, path("precision"),
                           "\"\(text)\" is finer than the time as written (\(string(t)) gives \(time.impliedPrecision.asWritten))")
                }
            } else {
                report(p.quoteOffset, path("precision"),
                       "must be one of exact, second, minute, hour, day, not \"\(text)\"")
            }
        }
        return (time, zonedEnd)
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
        }
    }
}
