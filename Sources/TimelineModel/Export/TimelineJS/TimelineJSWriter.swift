/// `--format timelinejs`: a TimelineJS3 JSON document
/// (https://timeline.knightlab.com/docs/json-format.html) to publish the timeline.
///
/// TimelineJS has no zones: the date parts (`year` … `millisecond`) are the wall clock in
/// the display zone, as deep as the time is known (a day-only event has `year`, `month`,
/// `day` only), and `display_date` says which zone and how exactly:
/// `2 November 2017, ~18:48–~18:59 EDT (11 min)`, with ` · T+13 min` under relative times.
/// `unique_id` is the event's id, `group` its actor; headline and text are HTML-escaped
/// (`WebText`), the text's paragraphs in `<p>`, the quote in a `<blockquote>`, sources as
/// links (web addresses only), and in a merged timeline the event's files (`Files: a, b`).
/// With `--details`, a last paragraph gives id, kind, tags and extra fields. The title slide holds the timeline's title and summary.
struct TimelineJSWriter {
    let view: ExportView

    func parts() -> [[UInt8]] {
        let timeline = view.timeline
        var header: [UInt8] = Array("{\n  \"title\": {\"text\": {".utf8)
        var first = true
        JSONText.appendField("headline", WebText.html(timeline.title), first: &first, to: &header)
        if let summary = timeline.summary {
            JSONText.appendField("text", paragraphs(summary), first: &first, to: &header)
        }
        header.append(contentsOf: Array("}},\n  \"events\": [".utf8))
        let origin = view.origin
        let footer = Array((view.indices.isEmpty ? "]\n}\n" : "\n  ]\n}\n").utf8)
        return view.pieceParts(before: header, after: footer) { indices, previous, out in
            var firstInPiece = previous == nil
            var known = Known()
            var html: [UInt8] = []
            view.forEachValues(indices) { i, values in
                out.append(firstInPiece ? "\n    " : ",\n    ")
                firstInPiece = false
                appendSlide(values, at: i, origin: origin, known: &known, to: &out, html: &html)
            }
        }
    }

    /// What a piece has already made, for the next slides: the zone's name for each
    /// offset met (asking the zone is slow), and the last day's date, date parts and
    /// `2 November 2017, ` (sorted events share their days).
    struct Known {
        var names: [Int: String] = [:]
        /// The last offset met and ` ` and its name (events in order mostly share it), and
        /// whether that is plain text needing no JSON escape (`lastNameIsPlain`).
        var lastOffset: Int?
        var lastName: [UInt8] = []
        var lastNameIsPlain = false
        /// The last local day met (days since 1970 on the display zone's wall clock) and
        /// its date.
        var localDays = Int64.min
        var localDate = CivilDate(year: 1970, month: 1, day: 1)
        var day: CivilDate?
        var dayText: [UInt8] = []
        /// The last wall-clock date written as date parts, and its
        /// `{"year":2017,"month":11,"day":2`.
        var partsDay: CivilDate?
        var partsText: [UInt8] = []
        /// The slide's times as an `Event` (what the formatter reads), refilled each time.
        var event = Event(id: "", time: .day(CivilDate(year: 1970, month: 1, day: 1)), title: "", sortInstant: Instant(seconds: 0))

        /// The date and time of day on the wall clock `offset` seconds east of UTC at
        /// `instant`; the date worked out once a day.
        mutating func wallClock(_ instant: Instant, offset: Int) -> (date: CivilDate, time: TimeOfDay) {
            let days = (instant.seconds &+ Int64(offset)).floorDiv(86_400)
            if days != localDays {
                localDays = days
                localDate = CivilDate(daysSinceEpoch: days)
            }
            return (localDate, TimeOfDay(instant, offset: offset))
        }

        /// Appends `2 November 2017, ` for `day`, made once a day.
        mutating func appendDay<Out: ByteSink>(_ day: CivilDate, to out: inout Out) {
            if self.day != day {
                self.day = day
                dayText.removeAll(keepingCapacity: true)
                TimelineJSWriter.appendDecimal(day.day, to: &dayText)
                dayText.append(0x20)
                dayText.append(contentsOf: CivilDate.monthName(day.month).utf8)
                dayText.append(0x20)
                TimelineJSWriter.appendDecimal(day.year, to: &dayText)
                dayText.append(contentsOf: [0x2C, 0x20])
            }
            out.append(bytes: dayText)
        }

        /// Makes `lastName` ` EDT` for `offset`, the display zone's at `instant`.
        mutating func meetOffset(_ offset: Int, at instant: Instant, formatter: TimeFormatter) {
            guard offset != lastOffset else { return }
            let name: String
            if let known = names[offset] {
                name = known
            } else {
                let zone = formatter.zone
                name = zone == .utc ? "UTC" : (zone.abbreviation(at: instant) ?? TimeFormatter.offsetText(offset))
                names[offset] = name
            }
            lastOffset = offset
            lastName = [0x20] + Array(name.utf8)
            lastNameIsPlain = lastName.withUnsafeBufferPointer {
                DisplayWidth.plainWidth($0) != nil && JSONText.needsNoEscape($0)
            }
        }
    }

    /// One slide. `html` is room for the display date and for HTML that is not plain.
    private func appendSlide(
        _ values: EventValues, at position: Int, origin: Event?, known: inout Known, to out: inout ExportBytes,
        html: inout [UInt8]
    ) {
        // The wall clock of a time of day, found once for its date parts, its day and its
        // zone's name.
        var wall: (date: CivilDate, time: TimeOfDay)?
        var offset = 0
        if case .instant(let instant, _) = values.time, values.precision < .day {
            offset = view.formatter.offset(at: instant)
            wall = known.wallClock(instant, offset: offset)
        }
        out.append(#"{"start_date":"#)
        appendDate(values.time, precision: values.precision, wall: wall, known: &known, to: &out)
        if let end = values.end {
            out.append(#","end_date":"#)
            appendDate(end, precision: values.precision, wall: nil, known: &known, to: &out)
        }
        out.append(#","display_date":"#)
        if let wall, case .instant(let instant, let form) = values.time, values.end == nil, origin == nil,
           position != view.mark {
            // `2 November 2017, 18:35:43.905 EDT`: a day, a clock and a zone's name, made
            // of digits, month names and a name checked once (`lastNameIsPlain`).
            known.meetOffset(offset, at: instant, formatter: view.formatter)
            if known.lastNameIsPlain {
                out.append(0x22)
                known.appendDay(wall.date, to: &out)
                TimeFormatter.appendClock(wall.time, form: form, precision: values.precision, approximate: values.approximate, to: &out)
                out.append(bytes: known.lastName)
                out.append(0x22)
            } else {
                appendDisplayDate(values, at: position, day: wall.date, origin: origin, known: &known, to: &out, html: &html)
            }
        } else {
            appendDisplayDate(values, at: position, day: wall?.date, origin: origin, known: &known, to: &out, html: &html)
        }
        out.append(#","text":{"headline":"#)
        appendHTMLString(values.title, plain: values.plainTitle, to: &out, html: &html)
        out.append(#","text":""#)
        appendText(of: values, to: &out, html: &html)
        out.append(0x22)
        out.append(0x7D)
        if let actor = values.actor, !actor.isEmpty {
            out.append(#","group":"#)
            appendHTMLString(actor, plain: values.plainActor, to: &out, html: &html)
        }
        out.append(#","unique_id":"#)
        JSONText.appendString(values.id, to: &out)
        out.append(0x7D)
    }

    /// The display date as a JSON string, made in `html` the general way: spans, dates
    /// without a time of day, relative times, the mark.
    private func appendDisplayDate(
        _ values: EventValues, at position: Int, day: CivilDate?, origin: Event?, known: inout Known,
        to out: inout ExportBytes, html: inout [UInt8]
    ) {
        // What the dates are made of: the times alone.
        known.event.time = values.time
        known.event.end = values.end
        known.event.precision = values.precision
        known.event.approximate = values.approximate
        known.event.sortInstant = view.timeline.events.sortInstant(at: position)
        let event = known.event
        html.removeAll(keepingCapacity: true)
        appendDisplayDate(event, day: day, known: &known, to: &html)
        if let relative = view.relativeTime(at: position, id: values.id, origin: origin) {
            html.append(contentsOf: " · ".utf8)
            html.append(contentsOf: relative.utf8)
        }
        if position == view.mark { html.append(contentsOf: " (mark)".utf8) }
        html.withUnsafeBufferPointer { display in
            // Made of times and zone names, which are plain: neutralised only if not.
            if DisplayWidth.plainWidth(display) != nil {
                JSONText.appendString(bytes: display, to: &out)
            } else {
                JSONText.appendString(SafeText.neutralise(String(decoding: display, as: UTF8.self)), to: &out)
            }
        }
    }

    /// `value` as HTML (`WebText`) in a JSON string. Bytes from the file hold no `"`, `\`
    /// or control character, and their HTML only adds entities: written straight to `out`.
    /// `plain`: its `plainBytes`.
    private func appendHTMLString(
        _ value: TextValue, plain: UnsafeBufferPointer<UInt8>?, to out: inout ExportBytes, html: inout [UInt8]
    ) {
        if let plain {
            out.append(0x22)
            WebText.appendHTML(bytes: plain, to: &out)
            out.append(0x22)
            return
        }
        html.removeAll(keepingCapacity: true)
        WebText.appendHTML(value, to: &html)
        html.withUnsafeBufferPointer { JSONText.appendString(bytes: $0, to: &out) }
    }

    /// `{"year":2017,"month":11,"day":2,"hour":18,"minute":48}`: the wall clock in the
    /// display zone down to what is known (`precision`).
    /// `wall`: the wall clock of `time` when already known. A date's year, month and day
    /// are made once for the events of that date (`known`).
    private func appendDate(
        _ time: EventTime, precision: Precision, wall: (date: CivilDate, time: TimeOfDay)?, known: inout Known,
        to out: inout ExportBytes
    ) {
        func part(_ name: StaticString, _ v: Int) {
            out.append(name)
            Self.appendDecimal(v, to: &out)
        }
        guard case .instant(let instant, let form) = time, precision < .day else {
            // Only the parts known: a month-only time has no day, a year-only no month.
            switch time.period(at: precision)! {
            case .day(let d):
                part(#"{"year":"#, d.year)
                part(#","month":"#, d.month)
                part(#","day":"#, d.day)
            case .month(let y, let m):
                part(#"{"year":"#, y)
                part(#","month":"#, m)
            case .year(let y):
                part(#"{"year":"#, y)
            }
            out.append(0x7D)
            return
        }
        let (date, t) = wall ?? known.wallClock(instant, offset: view.formatter.offset(at: instant))
        if known.partsDay != date {
            known.partsDay = date
            known.partsText.removeAll(keepingCapacity: true)
            func made(_ name: StaticString, _ v: Int) {
                known.partsText.append(name)
                Self.appendDecimal(v, to: &known.partsText)
            }
            made(#"{"year":"#, date.year)
            made(#","month":"#, date.month)
            made(#","day":"#, date.day)
        }
        out.append(bytes: known.partsText)
        part(#","hour":"#, t.hour)
        if precision <= .minute { part(#","minute":"#, t.minute) }
        if precision <= .second && form.hasSeconds { part(#","second":"#, t.second) }
        if precision == .exact && form.fractionDigits > 0 { part(#","millisecond":"#, t.nanosecond / 1_000_000) }
        out.append(0x7D)
    }

    /// Appends `2 November 2017, ~18:48–~18:59 EDT (11 min)`, `3 November 2017, time
    /// unknown`. `day`: the event's day in the display zone when already known.
    private func appendDisplayDate(_ event: Event, day known: CivilDate?, known cache: inout Known, to out: inout [UInt8]) {
        let formatter = view.formatter
        // `Nov 2017`, `Nov 2017–Mar 2018 (4 months)`: no made-up day to name.
        if known == nil, formatter.period(of: event).precision > .day { return formatter.appendTimeAndSpan(of: event, to: &out) }
        cache.appendDay(known ?? formatter.day(of: event), to: &out)
        let time = out.count
        formatter.appendTimeAndSpan(of: event, to: &out)
        guard let instant = event.time.instant, !TimeFormatter.isDayOnly(event) else { return }
        cache.meetOffset(formatter.offset(at: instant), at: instant, formatter: formatter)
        // A span's length comes last: `~18:48–~18:59 EDT (11 min)`, the name before the
        // character before the parenthesis (a space).
        if let paren = out[time...].firstIndex(of: 0x28), paren > time {
            var before = paren - 1
            while before > time && out[before] & 0xC0 == 0x80 { before -= 1 }
            out.insert(contentsOf: cache.lastName, at: before)
            return
        }
        out.append(contentsOf: cache.lastName)
    }

    /// `v` in decimal, as `String(v)` writes it.
    static func appendDecimal<Out: ByteSink>(_ v: Int, to out: inout Out) {
        guard v >= 0 && v < 10_000 else { return out.append(utf8: String(v)) }
        if v >= 1000 { out.append(UInt8(0x30 + v / 1000)) }
        if v >= 100 { out.append(UInt8(0x30 + v / 100 % 10)) }
        if v >= 10 { out.append(UInt8(0x30 + v / 10 % 10)) }
        out.append(UInt8(0x30 + v % 10))
    }

    /// The slide's HTML: text paragraphs, the quote, the sources, and with details the
    /// facts, written inside a JSON string (see `appendHTML`): our markup as its JSON
    /// escape, HTML made of the file's text by `appendHTML`.
    private func appendText(of event: EventValues, to out: inout ExportBytes, html: inout [UInt8]) {
        if let text = event.text { appendParagraphs(text, to: &out, html: &html) }
        if let quote = event.quote {
            out.append("<blockquote")
            if let lang = quote.lang {
                out.append(#" lang=\""#)
                appendHTML(lang, to: &out, html: &html)
                out.append(#"\""#)
            }
            out.append(0x3E)
            appendParagraphs(quote.text, to: &out, html: &html)
            out.append("</blockquote>")
        }
        if !event.sources.isEmpty {
            out.append("<ul>")
            for source in event.sources {
                out.append("<li>")
                // A link target holds no quote, backslash or control character (encoded).
                if let url = source.url, url.withUTF8({ WebText.appendLinkTarget($0, prefix: #"<a href=\""#, to: &out) }) {
                    out.append(#"\">"#)
                    appendHTML(source.name, to: &out, html: &html)
                    out.append("</a>")
                } else if let url = source.url, let target = WebText.link(url.string) {
                    out.append(#"<a href=\""#)
                    var safe = WebText.html(target)
                    safe.withUTF8 { JSONText.appendEscaped(bytes: $0, to: &out) }
                    out.append(#"\">"#)
                    appendHTML(source.name, to: &out, html: &html)
                    out.append("</a>")
                } else if let url = source.url, !url.isEmpty {
                    appendHTML(source.name, to: &out, html: &html)
                    out.append(" (")
                    appendHTML(url, to: &out, html: &html)
                    out.append(0x29)
                } else {
                    appendHTML(source.name, to: &out, html: &html)
                }
                out.append("</li>")
            }
            out.append("</ul>")
        }
        // A merged timeline's event says its files, as the detail pane does.
        if !event.origins.isEmpty {
            out.append(event.origins.count == 1 ? "<p>File: " : "<p>Files: ")
            var files = WebText.html(event.origins.joined(separator: ", "))
            files.withUTF8 { JSONText.appendEscaped(bytes: $0, to: &out) }
            out.append("</p>")
        }
        if view.details {
            out.append("<p>Id: ")
            appendHTML(event.id, to: &out, html: &html)
            if let kind = event.kind, !kind.isEmpty {
                out.append(" · Kind: ")
                appendHTML(kind, to: &out, html: &html)
            }
            if !event.tags.isEmpty {
                out.append(" · Tags: ")
                for (n, tag) in event.tags.enumerated() {
                    if n > 0 { out.append(", ") }
                    appendHTML(tag, to: &out, html: &html)
                }
            }
            for field in event.extraFields {
                out.append(" · ")
                appendHTML(field.name, to: &out, html: &html)
                out.append(": ")
                // JSON text, whose bytes may hold `"` and `\`: escaped for the string.
                html.removeAll(keepingCapacity: true)
                WebText.appendHTML(field.json, to: &html)
                html.withUnsafeBufferPointer { JSONText.appendEscaped(bytes: $0, to: &out) }
            }
            out.append("</p>")
        }
    }

    /// `WebText.appendHTML(value)` inside a JSON string: plain bytes of a string from the
    /// file as they are (they hold no `"`, `\` or control character, and HTML escaping adds
    /// only entities), other text made in `html` first and JSON-escaped. Not for an extra
    /// field's JSON text.
    private func appendHTML(_ value: TextValue, to out: inout ExportBytes, html: inout [UInt8]) {
        if WebText.appendHTML(plain: value, to: &out) { return }
        html.removeAll(keepingCapacity: true)
        WebText.appendHTML(value, to: &html)
        html.withUnsafeBufferPointer { JSONText.appendEscaped(bytes: $0, to: &out) }
    }

    /// `paragraphs` of `value` inside a JSON string: plain bytes from the file hold no line
    /// break, so they make one paragraph (none when blank).
    private func appendParagraphs(_ value: TextValue, to out: inout ExportBytes, html: inout [UInt8]) {
        if let (b, first) = WebText.plainEntity(value) {
            guard b.contains(where: { $0 != 0x20 }) else { return }
            out.append("<p>")
            WebText.appendHTML(b, entityAt: first, to: &out)
            out.append("</p>")
            return
        }
        // Decoded text (line breaks were escapes): byte by byte when every line is plain,
        // straight into the JSON string when it holds no `\` (the one plain byte that JSON
        // escapes: HTML has made entities of the quotes).
        if case .text(var text) = value, text.withUTF8({ text in
            if !text.contains(0x5C) { return Self.appendPlainParagraphs(text, to: &out) }
            html.removeAll(keepingCapacity: true)
            guard Self.appendPlainParagraphs(text, to: &html) else { return false }
            html.withUnsafeBufferPointer { JSONText.appendEscaped(bytes: $0, to: &out) }
            return true
        }) {
            return
        }
        html.removeAll(keepingCapacity: true)
        html.append(contentsOf: paragraphs(value.string).utf8)
        html.withUnsafeBufferPointer { JSONText.appendEscaped(bytes: $0, to: &out) }
    }

    /// What `paragraphs` makes of `text` when each of its lines is plain
    /// (`DisplayWidth.plainWidth`, which neutralising leaves as it is), appended; false,
    /// having written nothing, when one is not.
    static func appendPlainParagraphs<Out: ByteSink>(_ text: UnsafeBufferPointer<UInt8>, to out: inout Out) -> Bool {
        /// `body` given each line in turn, until it says false.
        func eachLine(_ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
            var start = 0
            while true {
                let end = text[start...].firstIndex(of: 0x0A) ?? text.count
                guard body(UnsafeBufferPointer(rebasing: text[start..<end])) else { return false }
                guard end < text.count else { return true }
                start = end + 1
            }
        }
        guard eachLine({ DisplayWidth.plainWidth($0) != nil }) else { return false }
        var open = false
        _ = eachLine { line in
            if line.allSatisfy({ $0 == 0x20 }) {
                if open { out.append("</p>") }
                open = false
                return true
            }
            if open { out.append("<br>") } else { out.append("<p>") }
            open = true
            WebText.appendHTML(bytes: line, to: &out)
            return true
        }
        if open { out.append("</p>") }
        return true
    }

    /// `<p>…</p>` a paragraph (split at blank lines), single line breaks as `<br>`.
    private func paragraphs(_ text: String) -> String {
        let safe = WebText.html(text, keepingNewlines: true)
        var html = ""
        var lines: [Substring] = []
        func close() {
            if !lines.isEmpty { html += "<p>" + lines.joined(separator: "<br>") + "</p>" }
            lines.removeAll()
        }
        for line in safe.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy({ $0 == " " }) { close() } else { lines.append(line) }
        }
        close()
        return html
    }
}

extension ExportFormat {
    public static let timelineJS = ExportFormat(
        name: "timelinejs", extensions: [], summary: "a TimelineJS3 JSON document, to publish",
        write: { TimelineJSWriter(view: $0).parts() }
    )
}
