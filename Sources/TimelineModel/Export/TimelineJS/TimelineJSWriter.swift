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
    /// offset met (asking the zone is slow), and the last day's `2 November 2017, ` (sorted
    /// events share their days).
    struct Known {
        var names: [Int: String] = [:]
        /// The last offset met and ` ` and its name (events in order mostly share it).
        var lastOffset: Int?
        var lastName: [UInt8] = []
        var day: CivilDate?
        var dayText: [UInt8] = []
        /// The last wall-clock date written as date parts, and its
        /// `{"year":2017,"month":11,"day":2`.
        var partsDay: CivilDate?
        var partsText: [UInt8] = []
        /// The slide's times as an `Event` (what the formatter reads), refilled each time.
        var event = Event(id: "", time: .day(CivilDate(year: 1970, month: 1, day: 1)), title: "", sortInstant: Instant(seconds: 0))
    }

    /// One slide. `html` is room for the display date and for HTML that is not plain.
    private func appendSlide(
        _ values: EventValues, at position: Int, origin: Event?, known: inout Known, to out: inout ExportBytes,
        html: inout [UInt8]
    ) {
        // What the dates are made of: the times alone.
        known.event.time = values.time
        known.event.end = values.end
        known.event.precision = values.precision
        known.event.approximate = values.approximate
        known.event.sortInstant = view.timeline.events.sortInstant(at: position)
        let event = known.event
        // The wall clock of a time of day, found once for its date parts and its day.
        var local: LocalTime?
        if case .instant(let instant, _) = event.time, event.precision < .day { local = view.formatter.localTime(instant) }
        out.append(#"{"start_date":"#)
        appendDate(event.time, event: event, local: local, known: &known, to: &out)
        if let end = event.end {
            out.append(#","end_date":"#)
            appendDate(end, event: event, local: nil, known: &known, to: &out)
        }
        html.removeAll(keepingCapacity: true)
        appendDisplayDate(event, day: local?.date, known: &known, to: &html)
        if let relative = view.relativeTime(at: position, id: values.id, origin: origin) {
            html.append(contentsOf: " · ".utf8)
            html.append(contentsOf: relative.utf8)
        }
        if position == view.mark { html.append(contentsOf: " (mark)".utf8) }
        out.append(#","display_date":"#)
        html.withUnsafeBufferPointer { display in
            // Made of times and zone names, which are plain: neutralised only if not.
            if DisplayWidth.plainWidth(display) != nil {
                JSONText.appendString(bytes: display, to: &out)
            } else {
                JSONText.appendString(SafeText.neutralise(String(decoding: display, as: UTF8.self)), to: &out)
            }
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
    /// display zone down to what is known.
    /// `local`: the wall clock of `time` when already known. A date's year, month and day
    /// are made once for the events of that date (`known`).
    private func appendDate(_ time: EventTime, event: Event, local: LocalTime?, known: inout Known, to out: inout ExportBytes) {
        func part(_ name: StaticString, _ v: Int) {
            out.append(name)
            Self.appendDecimal(v, to: &out)
        }
        guard case .instant(let instant, let form) = time, event.precision < .day else {
            // Only the parts known: a month-only time has no day, a year-only no month.
            switch time.period(at: event.precision)! {
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
        let t = local ?? view.formatter.localTime(instant)
        if known.partsDay != t.date {
            known.partsDay = t.date
            known.partsText.removeAll(keepingCapacity: true)
            func made(_ name: StaticString, _ v: Int) {
                known.partsText.append(name)
                Self.appendDecimal(v, to: &known.partsText)
            }
            made(#"{"year":"#, t.date.year)
            made(#","month":"#, t.date.month)
            made(#","day":"#, t.date.day)
        }
        out.append(bytes: known.partsText)
        part(#","hour":"#, t.hour)
        if event.precision <= .minute { part(#","minute":"#, t.minute) }
        if event.precision <= .second && form.hasSeconds { part(#","second":"#, t.second) }
        if event.precision == .exact && form.fractionDigits > 0 { part(#","millisecond":"#, t.nanosecond / 1_000_000) }
        out.append(0x7D)
    }

    /// Appends `2 November 2017, ~18:48–~18:59 EDT (11 min)`, `3 November 2017, time
    /// unknown`. `day`: the event's day in the display zone when already known.
    private func appendDisplayDate(_ event: Event, day known: CivilDate?, known cache: inout Known, to out: inout [UInt8]) {
        let formatter = view.formatter
        // `Nov 2017`, `Nov 2017–Mar 2018 (4 months)`: no made-up day to name.
        if known == nil, formatter.period(of: event).precision > .day { return formatter.appendTimeAndSpan(of: event, to: &out) }
        let day = known ?? formatter.day(of: event)
        if cache.day != day {
            cache.day = day
            cache.dayText.removeAll(keepingCapacity: true)
            Self.appendDecimal(day.day, to: &cache.dayText)
            cache.dayText.append(0x20)
            cache.dayText.append(contentsOf: CivilDate.monthName(day.month).utf8)
            cache.dayText.append(0x20)
            Self.appendDecimal(day.year, to: &cache.dayText)
            cache.dayText.append(contentsOf: [0x2C, 0x20])
        }
        out.append(contentsOf: cache.dayText)
        let time = out.count
        formatter.appendTimeAndSpan(of: event, to: &out)
        guard let instant = event.time.instant, !TimeFormatter.isDayOnly(event) else { return }
        let offset = formatter.offset(at: instant)
        if offset != cache.lastOffset {
            let name: String
            if let known = cache.names[offset] {
                name = known
            } else {
                let zone = formatter.zone
                name = zone == .utc ? "UTC" : (zone.abbreviation(at: instant) ?? TimeFormatter.offsetText(offset))
                cache.names[offset] = name
            }
            cache.lastOffset = offset
            cache.lastName = [0x20] + Array(name.utf8)
        }
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
        if let b = value.fileBytes, let first = WebText.plainEntityScan(b) {
            guard b.contains(where: { $0 != 0x20 }) else { return }
            out.append("<p>")
            WebText.appendHTML(b, entityAt: first, to: &out)
            out.append("</p>")
            return
        }
        // Decoded text (line breaks were escapes): byte by byte when every line is plain.
        html.removeAll(keepingCapacity: true)
        if case .text(var text) = value, text.withUTF8({ Self.appendPlainParagraphs($0, to: &html) }) {
        } else {
            html.append(contentsOf: paragraphs(value.string).utf8)
        }
        html.withUnsafeBufferPointer { JSONText.appendEscaped(bytes: $0, to: &out) }
    }

    /// What `paragraphs` makes of `text` when each of its lines is plain
    /// (`DisplayWidth.plainWidth`, which neutralising leaves as it is), appended; false,
    /// having written nothing, when one is not.
    static func appendPlainParagraphs(_ text: UnsafeBufferPointer<UInt8>, to html: inout [UInt8]) -> Bool {
        let lines = text.split(separator: 0x0A, omittingEmptySubsequences: false)
        for line in lines where DisplayWidth.plainWidth(UnsafeBufferPointer(rebasing: line)) == nil { return false }
        var open = false
        for line in lines {
            if line.allSatisfy({ $0 == 0x20 }) {
                if open { html.append(contentsOf: "</p>".utf8) }
                open = false
                continue
            }
            html.append(contentsOf: (open ? "<br>" : "<p>").utf8)
            open = true
            WebText.appendHTML(bytes: UnsafeBufferPointer(rebasing: line), to: &html)
        }
        if open { html.append(contentsOf: "</p>".utf8) }
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
