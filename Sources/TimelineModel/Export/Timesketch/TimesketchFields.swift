/// One event as Timesketch attributes, the same for its JSON Lines and CSV imports.
///
/// Timesketch's own: `message` (`actor — title`, neutralised as in the text export),
/// `datetime` (ISO 8601 with offset, in the display zone, to the microsecond at most as
/// Timesketch stores it), `timestamp` (µs since 1970),
/// `timestamp_desc` (the kind, or `Event time`), `tag` (the tags). A day-only event is
/// placed at the start of its day in the timeline's home zone (its `datetime` written
/// with that zone's offset), and its `precision` attribute says `day`.
///
/// Ours, so that a reader of Timesketch files gets the timeline back losslessly, strings
/// as the file had them: `event_id`, `time` and `end` (as written), `precision`,
/// `approximate`, `actor`, `kind`, `title`, `text`, `quote`, `quote_lang`, `sources`
/// (`[{"name":…,"url":…}]`), `extra_fields` (`{"tweet_id":"…"}`), `timeline_title`,
/// `timeline_timezone`. Absent values are left out (JSON Lines) or empty (CSV).
struct TimesketchFields {
    enum Value {
        case string(String)
        case bool(Bool)
        case integer(Int64)
        /// JSON text: a real value in JSON Lines, its text in a CSV cell.
        case json(String)
    }

    static let csvColumns = [
        "message", "datetime", "timestamp", "timestamp_desc", "tag", "event_id", "time", "end", "precision",
        "approximate", "actor", "kind", "title", "text", "quote", "quote_lang", "sources", "extra_fields",
        "timeline_title", "timeline_timezone",
    ]

    let formatter: TimeFormatter
    let timeline: Timeline

    /// `(name, value)` for every attribute `event` has, in `csvColumns` order.
    func fields(_ event: Event) -> [(String, Value)] {
        var f: [(String, Value)] = []
        f.reserveCapacity(20)
        let message = event.actor.map { $0.isEmpty ? event.title : $0 + " — " + event.title } ?? event.title
        f.append(("message", .string(SafeText.neutralise(message))))
        let instant: Instant
        let datetime: String
        if case .instant(let i, let form) = event.time, event.precision < .day {
            instant = i
            datetime = ExportTimes.dateTime(
                i, offset: formatter.offset(at: i), fractionDigits: event.precision == .exact ? min(form.fractionDigits, 6) : 0,
                utc: formatter.zone == .utc
            )
        } else {
            let home = formatter.homeZone
            // The start of the day, month or year in the home zone; `precision` says which.
            instant = home.startOfDay(event.time.period(at: event.precision)!.firstDay)
            datetime = ExportTimes.dateTime(instant, offset: home.offset(at: instant), fractionDigits: 0, utc: home == .utc)
        }
        f.append(("datetime", .string(datetime)))
        f.append(("timestamp", .integer(ExportTimes.microseconds(instant))))
        f.append(("timestamp_desc", .string(event.kind.flatMap { $0.isEmpty ? nil : $0 } ?? "Event time")))
        var tags: [UInt8] = []
        JSONText.appendStrings(event.tags, to: &tags)
        f.append(("tag", .json(String(decoding: tags, as: UTF8.self))))
        f.append(("event_id", .string(event.id)))
        f.append(("time", .string(ExportTimes.written(event.time))))
        if let end = event.end { f.append(("end", .string(ExportTimes.written(end)))) }
        f.append(("precision", .string(event.precision.rawValue)))
        f.append(("approximate", .bool(event.approximate)))
        if let actor = event.actor { f.append(("actor", .string(actor))) }
        if let kind = event.kind { f.append(("kind", .string(kind))) }
        f.append(("title", .string(event.title)))
        if let text = event.text { f.append(("text", .string(text))) }
        if let quote = event.quote {
            f.append(("quote", .string(quote.text)))
            if let lang = quote.lang { f.append(("quote_lang", .string(lang))) }
        }
        if !event.sources.isEmpty {
            var s: [UInt8] = [0x5B]
            for (n, source) in event.sources.enumerated() {
                if n > 0 { s.append(0x2C) }
                var first = true
                s.append(0x7B)
                JSONText.appendField("name", source.name, first: &first, to: &s)
                if let url = source.url { JSONText.appendField("url", url, first: &first, to: &s) }
                s.append(0x7D)
            }
            s.append(0x5D)
            f.append(("sources", .json(String(decoding: s, as: UTF8.self))))
        }
        if !event.extraFields.isEmpty {
            var s: [UInt8] = [0x7B]
            var first = true
            for field in event.extraFields { JSONText.appendRawField(field.name, field.json, first: &first, to: &s) }
            s.append(0x7D)
            f.append(("extra_fields", .json(String(decoding: s, as: UTF8.self))))
        }
        f.append(("timeline_title", .string(timeline.title)))
        f.append(("timeline_timezone", .string(timeline.timezone)))
        return f
    }
}
