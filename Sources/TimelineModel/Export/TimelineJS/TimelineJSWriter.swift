/// `--format timelinejs`: a TimelineJS3 JSON document
/// (https://timeline.knightlab.com/docs/json-format.html) to publish the timeline.
///
/// TimelineJS has no zones: the date parts (`year` … `millisecond`) are the wall clock in
/// the display zone, as deep as the time is known (a day-only event has `year`, `month`,
/// `day` only), and `display_date` says which zone and how exactly:
/// `2 November 2017, ~18:48–~18:59 EDT (11 min)`, with ` · T+13 min` under relative times.
/// `unique_id` is the event's id, `group` its actor; headline and text are HTML-escaped
/// (`WebText`), the text's paragraphs in `<p>`, the quote in a `<blockquote>`, sources as
/// links (web addresses only). With `--details`, a last paragraph gives id, kind, tags and
/// extra fields. The title slide holds the timeline's title and summary.
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
            var names: [Int: String] = [:]
            var html: [UInt8] = []
            view.forEachValues(indices) { i, values in
                out.append(firstInPiece ? "\n    " : ",\n    ")
                firstInPiece = false
                appendSlide(values, at: i, origin: origin, names: &names, to: &out, html: &html)
            }
        }
    }

    /// One slide. `html` is room for the headline's and the text's HTML.
    private func appendSlide(
        _ values: EventValues, at position: Int, origin: Event?, names: inout [Int: String], to out: inout ExportBytes,
        html: inout [UInt8]
    ) {
        // What the dates are made of: the times alone.
        let event = Event(id: "", time: values.time, end: values.end, precision: values.precision, approximate: values.approximate,
                          title: "", sortInstant: view.timeline.events.sortInstant(at: position))
        out.append(#"{"start_date":"#)
        appendDate(event.time, event: event, to: &out)
        if let end = event.end {
            out.append(#","end_date":"#)
            appendDate(end, event: event, to: &out)
        }
        html.removeAll(keepingCapacity: true)
        appendDisplayDate(event, names: &names, to: &html)
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
        appendHTMLString(values.title, to: &out, html: &html)
        out.append(#","text":"#)
        html.removeAll(keepingCapacity: true)
        appendText(of: values, to: &html)
        html.withUnsafeBufferPointer { JSONText.appendString(bytes: $0, to: &out) }
        out.append(0x7D)
        if let actor = values.actor, !actor.isEmpty {
            out.append(#","group":"#)
            appendHTMLString(actor, to: &out, html: &html)
        }
        out.append(#","unique_id":"#)
        JSONText.appendString(values.id, to: &out)
        out.append(0x7D)
    }

    /// `value` as HTML (`WebText`) in a JSON string. Bytes from the file hold no `"`, `\`
    /// or control character, and their HTML only adds entities: written straight to `out`.
    private func appendHTMLString(_ value: TextValue, to out: inout ExportBytes, html: inout [UInt8]) {
        if let plain = value.plainBytes {
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
    private func appendDate(_ time: EventTime, event: Event, to out: inout ExportBytes) {
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
        let t = view.formatter.localTime(instant)
        part(#"{"year":"#, t.date.year)
        part(#","month":"#, t.date.month)
        part(#","day":"#, t.date.day)
        part(#","hour":"#, t.hour)
        if event.precision <= .minute { part(#","minute":"#, t.minute) }
        if event.precision <= .second && form.hasSeconds { part(#","second":"#, t.second) }
        if event.precision == .exact && form.fractionDigits > 0 { part(#","millisecond":"#, t.nanosecond / 1_000_000) }
        out.append(0x7D)
    }

    /// Appends `2 November 2017, ~18:48–~18:59 EDT (11 min)`, `3 November 2017, time
    /// unknown`. `names`: the zone's name for each offset met so far (asking the zone is slow).
    private func appendDisplayDate(_ event: Event, names: inout [Int: String], to out: inout [UInt8]) {
        let formatter = view.formatter
        // `Nov 2017`, `Nov 2017–Mar 2018 (4 months)`: no made-up day to name.
        if formatter.period(of: event).precision > .day { return formatter.appendTimeAndSpan(of: event, to: &out) }
        let day = formatter.day(of: event)
        Self.appendDecimal(day.day, to: &out)
        out.append(0x20)
        out.append(contentsOf: CivilDate.monthName(day.month).utf8)
        out.append(0x20)
        Self.appendDecimal(day.year, to: &out)
        out.append(contentsOf: [0x2C, 0x20])
        let time = out.count
        formatter.appendTimeAndSpan(of: event, to: &out)
        guard let instant = event.time.instant, !TimeFormatter.isDayOnly(event) else { return }
        let zone = formatter.zone
        let offset = formatter.offset(at: instant)
        let name: String
        if let known = names[offset] {
            name = known
        } else {
            name = zone == .utc ? "UTC" : (zone.abbreviation(at: instant) ?? TimeFormatter.offsetText(offset))
            names[offset] = name
        }
        // A span's length comes last: `~18:48–~18:59 EDT (11 min)`, the name before the
        // character before the parenthesis (a space).
        if let paren = out[time...].firstIndex(of: 0x28), paren > time {
            var before = paren - 1
            while before > time && out[before] & 0xC0 == 0x80 { before -= 1 }
            out.insert(contentsOf: [0x20] + Array(name.utf8), at: before)
            return
        }
        out.append(0x20)
        out.append(contentsOf: name.utf8)
    }

    /// `v` in decimal, as `String(v)` writes it.
    static func appendDecimal<Out: ByteSink>(_ v: Int, to out: inout Out) {
        guard v >= 0 && v < 10_000 else { return out.append(utf8: String(v)) }
        if v >= 1000 { out.append(UInt8(0x30 + v / 1000)) }
        if v >= 100 { out.append(UInt8(0x30 + v / 100 % 10)) }
        if v >= 10 { out.append(UInt8(0x30 + v / 10 % 10)) }
        out.append(UInt8(0x30 + v % 10))
    }

    /// The slide's HTML: text paragraphs, the quote, the sources, and with details the facts.
    private func appendText(of event: EventValues, to html: inout [UInt8]) {
        if let text = event.text { appendParagraphs(text, to: &html) }
        if let quote = event.quote {
            html.append(contentsOf: "<blockquote".utf8)
            if let lang = quote.lang {
                html.append(contentsOf: #" lang=""#.utf8)
                WebText.appendHTML(lang, to: &html)
                html.append(0x22)
            }
            html.append(0x3E)
            appendParagraphs(quote.text, to: &html)
            html.append(contentsOf: "</blockquote>".utf8)
        }
        if !event.sources.isEmpty {
            html.append(contentsOf: "<ul>".utf8)
            for source in event.sources {
                html.append(contentsOf: "<li>".utf8)
                if let url = source.url, url.withUTF8({ WebText.appendLinkTarget($0, prefix: #"<a href=""#, to: &html) }) {
                    html.append(contentsOf: #"">"#.utf8)
                    WebText.appendHTML(source.name, to: &html)
                    html.append(contentsOf: "</a>".utf8)
                } else if let url = source.url, let target = WebText.link(url.string) {
                    html.append(contentsOf: #"<a href=""#.utf8)
                    html.append(contentsOf: WebText.html(target).utf8)
                    html.append(contentsOf: #"">"#.utf8)
                    WebText.appendHTML(source.name, to: &html)
                    html.append(contentsOf: "</a>".utf8)
                } else if let url = source.url, !url.isEmpty {
                    WebText.appendHTML(source.name, to: &html)
                    html.append(contentsOf: " (".utf8)
                    WebText.appendHTML(url, to: &html)
                    html.append(0x29)
                } else {
                    WebText.appendHTML(source.name, to: &html)
                }
                html.append(contentsOf: "</li>".utf8)
            }
            html.append(contentsOf: "</ul>".utf8)
        }
        if view.details {
            let dot = Array(" · ".utf8)
            html.append(contentsOf: "<p>Id: ".utf8)
            WebText.appendHTML(event.id, to: &html)
            if let kind = event.kind, !kind.isEmpty {
                html.append(contentsOf: dot + Array("Kind: ".utf8))
                WebText.appendHTML(kind, to: &html)
            }
            if !event.tags.isEmpty {
                html.append(contentsOf: dot + Array("Tags: ".utf8))
                for (n, tag) in event.tags.enumerated() {
                    if n > 0 { html.append(contentsOf: ", ".utf8) }
                    WebText.appendHTML(tag, to: &html)
                }
            }
            for field in event.extraFields {
                html.append(contentsOf: dot)
                WebText.appendHTML(field.name, to: &html)
                html.append(contentsOf: ": ".utf8)
                WebText.appendHTML(field.json, to: &html)
            }
            html.append(contentsOf: "</p>".utf8)
        }
    }

    /// `paragraphs` of `value`: plain bytes from the file hold no line break, so they make
    /// one paragraph (none when blank).
    private func appendParagraphs(_ value: TextValue, to html: inout [UInt8]) {
        guard let plain = value.plainBytes else {
            // Decoded text (line breaks were escapes): byte by byte when every line is plain.
            if case .text(var text) = value, text.withUTF8({ Self.appendPlainParagraphs($0, to: &html) }) { return }
            html.append(contentsOf: paragraphs(value.string).utf8)
            return
        }
        guard plain.contains(where: { $0 != 0x20 }) else { return }
        html.append(contentsOf: "<p>".utf8)
        WebText.appendHTML(bytes: plain, to: &html)
        html.append(contentsOf: "</p>".utf8)
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
