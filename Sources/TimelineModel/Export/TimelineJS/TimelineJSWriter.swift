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
        let events = view.timeline.events
        let bodies = view.pieces { indices, previous in
            var out: [UInt8] = []
            out.reserveCapacity(indices.count * 1200)
            var firstInPiece = previous == nil
            var names: [Int: String] = [:]
            for i in indices {
                out.append(contentsOf: firstInPiece ? [0x0A] : [0x2C, 0x0A])
                firstInPiece = false
                out.append(contentsOf: [0x20, 0x20, 0x20, 0x20])
                appendSlide(events[i], at: i, origin: origin, names: &names, to: &out)
            }
            return out
        }
        let footer = Array((view.indices.isEmpty ? "]\n}\n" : "\n  ]\n}\n").utf8)
        return [header] + bodies + [footer]
    }

    private func appendSlide(_ event: Event, at position: Int, origin: Event?, names: inout [Int: String], to out: inout [UInt8]) {
        var first = true
        out.append(0x7B)
        JSONText.appendKey("start_date", to: &out)
        appendDate(event.time, event: event, to: &out)
        first = false
        if let end = event.end {
            out.append(0x2C)
            JSONText.appendKey("end_date", to: &out)
            appendDate(end, event: event, to: &out)
        }
        var display = displayDate(event, names: &names)
        if let relative = view.relativeTime(event, origin: origin) { display += " · " + relative }
        if position == view.mark { display += " (mark)" }
        JSONText.appendField("display_date", SafeText.neutralise(display), first: &first, to: &out)
        out.append(contentsOf: Array(#","text":{"#.utf8))
        var inner = true
        JSONText.appendField("headline", WebText.html(event.title), first: &inner, to: &out)
        JSONText.appendField("text", text(of: event), first: &inner, to: &out)
        out.append(0x7D)
        if let actor = event.actor, !actor.isEmpty {
            JSONText.appendField("group", WebText.html(actor), first: &first, to: &out)
        }
        JSONText.appendField("unique_id", event.id, first: &first, to: &out)
        out.append(0x7D)
    }

    /// `{"year":2017,"month":11,"day":2,"hour":18,"minute":48}`: the wall clock in the
    /// display zone down to what is known.
    private func appendDate(_ time: EventTime, event: Event, to out: inout [UInt8]) {
        guard case .instant(let instant, let form) = time, event.precision < .day else {
            // Only the parts known: a month-only time has no day, a year-only no month.
            switch time.period(at: event.precision)! {
            case .day(let d):
                out.append(contentsOf: "{\"year\":\(d.year),\"month\":\(d.month),\"day\":\(d.day)}".utf8)
            case .month(let y, let m):
                out.append(contentsOf: "{\"year\":\(y),\"month\":\(m)}".utf8)
            case .year(let y):
                out.append(contentsOf: "{\"year\":\(y)}".utf8)
            }
            return
        }
        let t = view.formatter.localTime(instant)
        var s = "{\"year\":\(t.date.year),\"month\":\(t.date.month),\"day\":\(t.date.day),\"hour\":\(t.hour)"
        if event.precision <= .minute { s += ",\"minute\":\(t.minute)" }
        if event.precision <= .second && form.hasSeconds { s += ",\"second\":\(t.second)" }
        if event.precision == .exact && form.fractionDigits > 0 { s += ",\"millisecond\":\(t.nanosecond / 1_000_000)" }
        out.append(contentsOf: (s + "}").utf8)
    }

    /// `2 November 2017, ~18:48–~18:59 EDT (11 min)`, `3 November 2017, time unknown`.
    /// `names`: the zone's name for each offset met so far (asking the zone is slow).
    private func displayDate(_ event: Event, names: inout [Int: String]) -> String {
        let formatter = view.formatter
        // `Nov 2017`, `Nov 2017–Mar 2018 (4 months)`: no made-up day to name.
        if formatter.period(of: event).precision > .day { return formatter.timeAndSpan(of: event) }
        let day = formatter.day(of: event)
        let date = "\(day.day) \(CivilDate.monthName(day.month)) \(day.year)"
        let time = formatter.timeAndSpan(of: event)
        guard let instant = event.time.instant, !TimeFormatter.isDayOnly(event) else { return date + ", " + time }
        let zone = formatter.zone
        let offset = formatter.offset(at: instant)
        let name: String
        if let known = names[offset] {
            name = known
        } else {
            name = zone == .utc ? "UTC" : (zone.abbreviation(at: instant) ?? TimeFormatter.offsetText(offset))
            names[offset] = name
        }
        // A span's length comes last: `~18:48–~18:59 EDT (11 min)`.
        if let paren = time.firstIndex(of: "("), paren > time.startIndex {
            let beforeSpace = time.index(before: paren)
            return date + ", " + time[..<beforeSpace] + " " + name + time[beforeSpace...]
        }
        return date + ", " + time + " " + name
    }

    /// The slide's HTML: text paragraphs, the quote, the sources, and with details the facts.
    private func text(of event: Event) -> String {
        var html = event.text.map(paragraphs) ?? ""
        if let quote = event.quote {
            let lang = quote.lang.map { " lang=\"" + WebText.html($0) + "\"" } ?? ""
            html += "<blockquote" + lang + ">" + paragraphs(quote.text) + "</blockquote>"
        }
        if !event.sources.isEmpty {
            html += "<ul>"
            for source in event.sources {
                let name = WebText.html(source.name)
                if let url = source.url, let target = WebText.link(url) {
                    html += "<li><a href=\"" + WebText.html(target) + "\">" + name + "</a></li>"
                } else if let url = source.url, !url.isEmpty {
                    html += "<li>" + name + " (" + WebText.html(url) + ")</li>"
                } else {
                    html += "<li>" + name + "</li>"
                }
            }
            html += "</ul>"
        }
        if view.details {
            var facts = ["Id: " + WebText.html(event.id)]
            if let kind = event.kind, !kind.isEmpty { facts.append("Kind: " + WebText.html(kind)) }
            if !event.tags.isEmpty { facts.append("Tags: " + event.tags.map { WebText.html($0) }.joined(separator: ", ")) }
            for field in event.extraFields { facts.append(WebText.html(field.name) + ": " + WebText.html(field.json)) }
            html += "<p>" + facts.joined(separator: " · ") + "</p>"
        }
        return html
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
