/// The JSON format's own rules for an event (required fields), and the rules every event
/// follows (`EventRules`) asked with the event's tokens, so that no `String` is made for
/// an event that breaks none.
extension JSONCursor {
    func parseTime(_ t: StringToken) -> Result<EventTime, TimeParser.Failure> {
        let parsed = t.needsDecoding ? TimeParser.parse(string(t))
            : TimeParser.parse(UnsafeBufferPointer(start: base + t.start, count: t.count))
        // Only a time refused for its missing zone looks for `--assume-zone`.
        if case .failure(let f) = parsed, let assumedZone, f.message == TimeParser.noZone {
            return assumedZone.place(string(t))
        }
        return parsed
    }

    /// Checks `e` and returns its time and end when usable; problems are recorded, and an
    /// `end` that needs the zone to be checked is returned for later.
    mutating func check(_ e: EventFields, index: Int) -> (time: EventTime?, end: EventTime?, zonedEnd: ZonedEndCheck?) {
        func path(_ field: String) -> String { "events[\(index)].\(field)" }
        for field in [EventFields.Field.id, .time, .title] where !e.seen.contains(field) {
            report(e.objectStart, "events[\(index)]", EventRules.missingField(field.name))
        }
        if let id = e.id, id.count == 0 { report(id.quoteOffset, path("id"), EventRules.empty) }
        if let title = e.title {
            if title.count == 0 {
                report(title.quoteOffset, path("title"), EventRules.empty)
            } else if title.needsDecoding, EventRules.hasLineBreak(string(title)) {
                // Without escapes a JSON string holds no line break.
                report(title.quoteOffset, path("title"), EventRules.titleHasLineBreak)
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
        var parsedEnd: EventTime?
        if let t = e.end {
            switch parseTime(t) {
            case .failure(let f):
                report(t.quoteOffset, path("end"), f.message)
            case .success(let end):
                parsedEnd = end
                if let time, let start = e.time {
                    switch EventRules.order(time: time, end: end) {
                    case .fine: break
                    case .before:
                        report(t.quoteOffset, path("end"), EventRules.endBeforeTime(end: string(t), time: string(start)))
                    case .dependsOnZone:
                        zonedEnd = ZonedEndCheck(index: index, endOffset: t.quoteOffset, time: time, end: end,
                                                 timeText: string(start), endText: string(t))
                    }
                }
            }
        }
        if let p = e.precision {
            let text = string(p)
            if let precision = Precision(rawValue: text) {
                if let time, let t = e.time,
                   let problem = EventRules.precisionProblem(stated: precision, written: string(t), time: time) {
                    report(p.quoteOffset, path("precision"), problem)
                }
            } else {
                report(p.quoteOffset, path("precision"), EventRules.unknownPrecision(text))
            }
        }
        return (time, parsedEnd, zonedEnd)
    }
}
