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
/// (`[{"name":…,"url":…}]`), `extra_fields` (`{"tweet_id":"…"}`), `source_files` (a
/// merged event's files, `["edge"]`), `timeline_title`, `timeline_timezone` (in CSV on
/// the first row only); and on the first record only, the rest of the timeline's own
/// fields: `timeline_summary`, `timeline_zones`, `timeline_source_files`,
/// `timeline_read_as`, `timeline_extra_fields` (a summary a million times over would
/// weigh more than the events); last, `timezone`,
/// only on a date whose zone is not the timeline's (a merged file's). Absent values are
/// left out (JSON Lines) or empty (CSV: every row has every column, as Timesketch needs).
///
/// Values are written as bytes straight into the output (`TimesketchSink`): text from a
/// loaded file as it sits there, no `String` and no list of attributes an event.
struct TimesketchFields {
    /// How a value is written.
    enum Kind {
        /// Text: a JSON string in JSON Lines, a cell in CSV.
        case string
        /// Text that needs no JSON escape (a checked file's string without escapes, times,
        /// plain names): written as it is between quotes in JSON Lines, a cell in CSV
        /// (quoted only for a comma: it holds no quote and no line break).
        case checkedString
        /// Text we made that holds no comma, quote, backslash or control character (times,
        /// the precision, `Event time`): between quotes in JSON Lines, a CSV cell as it is,
        /// without looking for a reason to quote.
        case bareString
        /// `true`, `false` or a number: as it is in both.
        case literal
        /// JSON text: a real value in JSON Lines, its text in a CSV cell.
        case json
        /// JSON text made for a CSV cell (`TimesketchSink.doublesQuotes`), its quotes
        /// already doubled: quoted, not doubled again.
        case jsonQuotesDoubled
    }

    static let csvColumns = [
        "message", "datetime", "timestamp", "timestamp_desc", "tag", "event_id", "time", "end", "precision",
        "approximate", "actor", "kind", "title", "text", "quote", "quote_lang", "sources", "extra_fields",
        "source_files", "timeline_title", "timeline_timezone", "timeline_summary", "timeline_zones",
        "timeline_source_files", "timeline_read_as", "timeline_extra_fields", "timezone",
    ]

    /// `csvColumns` as their JSON keys (`"message":`), made once, one after another in one
    /// array (column k's from `keyStarts[k]` to `keyStarts[k + 1]`): a line copies twenty
    /// of them, without an array each to retain.
    static let keyBytes: [UInt8] = csvColumns.reduce(into: []) { JSONText.appendKey($1, to: &$0) }
    static let keyStarts: [Int] = csvColumns.reduce(into: [0]) { starts, name in
        var key: [UInt8] = []
        JSONText.appendKey(name, to: &key)
        starts.append(starts.last! + key.count)
    }

    let formatter: TimeFormatter
    let timeline: Timeline
    private let timelineTitle: [UInt8]
    private let timelineZone: [UInt8]
    /// How the title and zone are written, found once: `checkedString` when they hold
    /// nothing to escape.
    private let titleKind: Kind
    private let zoneKind: Kind
    /// Whether times are shown in UTC (`Z` rather than `+00:00`), found once.
    private let displayIsUTC: Bool
    /// The first record's other timeline attributes: column, kind, value.
    private let timelineRest: [(column: Int, kind: Kind, value: [UInt8])]

    init(formatter: TimeFormatter, timeline: Timeline) {
        self.formatter = formatter
        self.timeline = timeline
        displayIsUTC = formatter.zone == .utc
        timelineTitle = Array(timeline.title.utf8)
        timelineZone = Array(timeline.timezone.utf8)
        titleKind = timelineTitle.withUnsafeBufferPointer(JSONText.needsNoEscape) ? .checkedString : .string
        zoneKind = timelineZone.withUnsafeBufferPointer(JSONText.needsNoEscape) ? .checkedString : .string
        var rest: [(Int, Kind, [UInt8])] = []
        if let summary = timeline.summary { rest.append((21, .string, Array(summary.utf8))) }
        func strings(_ column: Int, _ values: [String]) {
            guard !values.isEmpty else { return }
            var json: [UInt8] = []
            JSONText.appendStrings(values, to: &json)
            rest.append((column, .json, json))
        }
        strings(22, timeline.zones)
        strings(23, timeline.origins)
        if let readAs = timeline.readAsSaid { rest.append((24, .string, Array(readAs.utf8))) }
        if !timeline.extraFields.isEmpty {
            let pairs = Set(timeline.extraFields.map(\.name)).count < timeline.extraFields.count
            var json: [UInt8] = [pairs ? 0x5B : 0x7B]
            for (n, field) in timeline.extraFields.enumerated() {
                if n > 0 { json.append(0x2C) }
                if pairs { json.append(0x5B) }
                JSONText.appendString(field.name, to: &json)
                json.append(pairs ? 0x2C : 0x3A)
                json.append(contentsOf: field.json.utf8)
                if pairs { json.append(0x5D) }
            }
            json.append(pairs ? 0x5D : 0x7D)
            rest.append((25, .json, json))
        }
        timelineRest = rest
    }

    /// Writes every attribute `event` has to `sink`, in `csvColumns` order (by column
    /// number), and the timeline's own when it is the `first` record. `scratch` holds the
    /// values made of several parts.
    func write<Sink: TimesketchSink>(
        _ event: EventValues, first: Bool, to sink: inout Sink, scratch: inout ScratchBytes, days: inout Days
    ) {
        func made(_ column: Int, _ kind: Kind) {
            sink.field(column, kind, scratch.bytes)
            scratch.removeAll()
        }
        // JSON made for a CSV cell is made with its quotes doubled, rather than made and
        // then copied again to double them.
        let doubled = Sink.doublesQuotes
        let madeJSON: Kind = doubled ? .jsonQuotesDoubled : .json
        func quote() {
            scratch.append(0x22)
            if doubled { scratch.append(0x22) }
        }
        func jsonString(_ value: TextValue) {
            switch value {
            case .bytes(let b), .simple(let b):
                // A checked string without escapes: no quote in it.
                quote()
                scratch.append(contentsOf: b)
                quote()
            case .text(let s):
                guard doubled else { return JSONText.appendString(s, to: &scratch) }
                var json: [UInt8] = []
                JSONText.appendString(s, to: &json)
                json.withUnsafeBufferPointer { CSVCell.appendDoublingQuotes($0, to: &scratch) }
            }
        }
        func word(_ column: Int, _ value: StaticString, _ kind: Kind = .bareString) {
            sink.field(column, kind, UnsafeBufferPointer(start: value.utf8Start, count: value.utf8CodeUnitCount))
        }
        func text(_ column: Int, _ value: TextValue?) {
            switch value {
            case .bytes(let b)?, .simple(let b)?: sink.field(column, .checkedString, b)
            case .text(var s)?: s.withUTF8 { sink.field(column, .string, $0) }
            case nil: break
            }
        }
        scratch.removeAll()
        made(0, appendMessage(event, to: &scratch))
        let instant: Instant
        if case .instant(let i, let form) = event.time, event.precision < .day {
            // `timestamp` says what `datetime` says: Timesketch's importer refuses a row whose
            // two disagree, and a time known to the second shows no fraction even when its
            // file wrote one (the `time` attribute keeps it as written).
            instant = event.precision == .exact ? i : Instant(seconds: i.seconds)
            ExportTimes.appendDateTime(
                i, offset: formatter.offset(at: i), fractionDigits: event.precision == .exact ? min(form.fractionDigits, 6) : 0,
                utc: displayIsUTC, day: &days.shown, to: &scratch
            )
        } else {
            // The start of the day, month or year in its zone; `precision` says which.
            let start = days.start(of: event.time.period(at: event.precision)!.firstDay, in: event.dateZone, formatter)
            instant = start.instant
            ExportTimes.appendDateTime(instant, offset: start.offset, fractionDigits: 0, utc: start.utc, to: &scratch)
        }
        made(1, .bareString)
        Self.appendDecimal(ExportTimes.microseconds(instant), to: &scratch)
        made(2, .literal)
        if let kind = event.kind, !kind.isEmpty {
            text(3, kind)
        } else {
            word(3, "Event time")
        }
        scratch.append(0x5B)
        for (n, tag) in event.tags.enumerated() {
            if n > 0 { scratch.append(0x2C) }
            jsonString(tag)
        }
        scratch.append(0x5D)
        made(4, madeJSON)
        text(5, event.id)
        ExportTimes.appendWritten(event.time, day: &days.written, to: &scratch)
        made(6, .bareString)
        if let end = event.end {
            ExportTimes.appendWritten(end, day: &days.written, to: &scratch)
            made(7, .bareString)
        }
        scratch.append(utf8: event.precision.rawValue)
        made(8, .bareString)
        word(9, event.approximate ? "true" : "false", .literal)
        text(10, event.actor)
        text(11, event.kind)
        text(12, event.title)
        text(13, event.text)
        if let quote = event.quote {
            text(14, quote.text)
            text(15, quote.lang)
        }
        if !event.sources.isEmpty {
            scratch.append(0x5B)
            for (n, source) in event.sources.enumerated() {
                if n > 0 { scratch.append(0x2C) }
                scratch.append(doubled ? #"{""name"":"# : #"{"name":"#)
                jsonString(source.name)
                if let url = source.url {
                    scratch.append(doubled ? #",""url"":"# : #","url":"#)
                    jsonString(url)
                }
                scratch.append(0x7D)
            }
            scratch.append(0x5D)
            made(16, madeJSON)
        }
        if !event.extraFields.isEmpty {
            // A name said twice (a Statuspage update's `component`s) as `[name, value]`
            // pairs: an object would keep only the last (Python's json, Timesketch).
            let pairs = Self.repeatsAName(event.extraFields)
            scratch.append(pairs ? 0x5B : 0x7B)
            for (n, field) in event.extraFields.enumerated() {
                if n > 0 { scratch.append(0x2C) }
                if pairs { scratch.append(0x5B) }
                jsonString(field.name)
                scratch.append(pairs ? 0x2C : 0x3A)
                field.json.withUTF8 { json in
                    if doubled { CSVCell.appendDoublingQuotes(json, to: &scratch) } else { scratch.append(contentsOf: json) }
                }
                if pairs { scratch.append(0x5D) }
            }
            scratch.append(pairs ? 0x5D : 0x7D)
            made(17, madeJSON)
        }
        if !event.origins.isEmpty {
            JSONText.appendStrings(event.origins, to: &scratch)
            made(18, .json)
        }
        if first || Sink.timelineOnEveryRecord {
            timelineTitle.withUnsafeBufferPointer { sink.field(19, titleKind, $0) }
            timelineZone.withUnsafeBufferPointer { sink.field(20, zoneKind, $0) }
        }
        if first {
            for (column, kind, value) in timelineRest {
                value.withUnsafeBufferPointer { sink.field(column, kind, $0) }
            }
        }
        // A date of a merged file in another zone: its zone, read back as `Event.dateZone`.
        if let zone = event.dateZone { text(26, .text(zone)) }
    }

    /// The dates last written in `datetime` and in `time` and `end`, kept from one event
    /// to the next by a writer's loop (see `ExportTimes.DayMemo`).
    struct Days {
        var shown = ExportTimes.DayMemo()
        var written = ExportTimes.DayMemo()
        /// The last date-only event's day and zone, and where that day starts: the next
        /// is most often on the same day (finding a zone's midnight takes its rules).
        private var lastStart: (day: CivilDate, zone: String?, instant: Instant, offset: Int, utc: Bool)?

        /// Where `day` starts in the zone named `zone` (the timeline's home zone when nil),
        /// that zone's offset then, and whether it is UTC.
        mutating func start(of day: CivilDate, in zone: String?, _ formatter: TimeFormatter) -> (instant: Instant, offset: Int, utc: Bool) {
            if let last = lastStart, last.day == day, last.zone == zone { return (last.instant, last.offset, last.utc) }
            let home = formatter.dateZone(named: zone)
            let instant = home.startOfDay(day)
            let start = (instant, home.offset(at: instant), home == .utc)
            lastStart = (day, zone, start.0, start.1, start.2)
            return start
        }
    }

    /// Whether two of `fields` have the same name.
    private static func repeatsAName(_ fields: [(name: TextValue, json: TextValue)]) -> Bool {
        guard fields.count > 1 else { return false }
        for a in 1..<fields.count {
            for b in 0..<a where fields[a].name.withUTF8({ x in fields[b].name.withUTF8 { y in x.elementsEqual(y) } }) {
                return true
            }
        }
        return false
    }

    /// `v` in decimal, as `String(v)` writes it, without making a string: two digits a
    /// division, from the last.
    private static func appendDecimal(_ v: Int64, to out: inout ScratchBytes) {
        if v < 0 { out.append(0x2D) }
        var m = v.magnitude
        // At most twenty digits.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { room in
            let p = room.baseAddress!.assumingMemoryBound(to: UInt8.self)
            var n = room.count
            while m >= 100 {
                let next = m / 100
                n &-= 2
                ExportTimes.writeTwoDigits(Int(truncatingIfNeeded: m &- next &* 100), p + n)
                m = next
            }
            if m >= 10 {
                n &-= 2
                ExportTimes.writeTwoDigits(Int(truncatingIfNeeded: m), p + n)
            } else {
                p[n &- 1] = UInt8(truncatingIfNeeded: 0x30 &+ m)
                n &-= 1
            }
            out.append(contentsOf: UnsafeBufferPointer(start: p + n, count: room.count &- n))
        }
    }

    /// `actor — title` (the title alone without an actor), neutralised as in the text
    /// export: plain bytes from the file as they are. Returns how it is written: bytes
    /// from the file (and the separator) need no JSON escape.
    private func appendMessage(_ event: EventValues, to out: inout ScratchBytes) -> Kind {
        let actor = event.actor.flatMap { $0.isEmpty ? nil : $0 }
        if let title = event.plainTitle {
            guard actor != nil else {
                out.append(contentsOf: title)
                return .checkedString
            }
            if let name = event.plainActor {
                out.append(contentsOf: name)
                out.append(bytes: TextExporter.actorSeparator)
                out.append(contentsOf: title)
                return .checkedString
            }
        }
        let message = actor.map { $0.string + " — " + event.title.string } ?? event.title.string
        out.append(utf8: SafeText.neutralise(message))
        return .string
    }
}

/// Where `TimesketchFields` writes an event's attributes: a JSON Lines object or a CSV row.
protocol TimesketchSink {
    /// Whether JSON values are wanted with their quotes doubled (`Kind.jsonQuotesDoubled`),
    /// as inside a CSV cell.
    static var doublesQuotes: Bool { get }

    /// Whether every record carries `timeline_title` and `timeline_timezone` (JSON Lines,
    /// where our reader knows its own lines by them), or only the first, as the rest of
    /// the timeline's attributes (CSV, where every row has the column anyway).
    static var timelineOnEveryRecord: Bool { get }

    /// The attribute of `TimesketchFields.csvColumns[column]`, its value `bytes`.
    mutating func field(_ column: Int, _ kind: TimesketchFields.Kind, _ bytes: UnsafeBufferPointer<UInt8>)
}
