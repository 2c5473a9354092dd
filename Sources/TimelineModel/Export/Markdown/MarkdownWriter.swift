/// `--format markdown`: a postmortem's timeline. A `#` title, the zone with its offsets,
/// the filter and what T+ counts from, then a `##` heading a day and a GitHub-flavoured
/// table `| Time (EDT) | T+ | Actor | Event |` (T+ only with relative times); with
/// `--details`, each event's text, quote (a blockquote) and sources (links) beneath the
/// day's table. `--md-style list` writes each day as a list instead, details nested.
///
/// Every string from the file goes through `MarkdownText`. Gaps are left out: a table row
/// for them would count as an event, and the T+ column says how far apart events are.
struct MarkdownWriter {
    let view: ExportView

    /// The Markdown, its body cut into `pieces` (`count` of them when given, for tests;
    /// else as `ExportPieces` chooses).
    func parts(pieces count: Int? = nil) -> [[UInt8]] {
        var header: [UInt8] = []
        appendHeader(to: &header)
        let origin = view.origin
        var pieces = count.map { ExportPieces(view.indices, count: $0) } ?? ExportPieces(view.indices)
        if view.details && view.markdownStyle == .table {
            // Details follow the day's table, so a piece must start with a day: each cut is
            // moved to the next heading, by the rule of `RowBreaks` (the period changes).
            let events = view.timeline.events
            let formatter = view.formatter
            pieces = pieces.cut(view.indices) { before, at in
                formatter.period(of: events.listed(at: before)) != formatter.period(of: events.listed(at: at))
            }
        }
        return [header] + pieces.map { body($0.indices, after: $0.previous, origin: origin) }
    }

    private func appendHeader(to out: inout [UInt8]) {
        let timeline = view.timeline
        line("# " + MarkdownText.inline(timeline.title), &out)
        out.append(0x0A)
        let events = timeline.events
        let from = view.indices.first.map { events.sortInstant(at: $0) } ?? Instant(seconds: 0)
        let to = view.indices.last.map { events.sortInstant(at: $0) } ?? from
        line("Time zone: " + MarkdownText.inline(view.formatter.zoneDescription(from: from, to: to)), &out)
        out.append(0x0A)
        let total = events.count
        let count = view.indices.count
        line("Events: " + (count == total ? "\(total)" : "\(count) of \(total)"), &out)
        out.append(0x0A)
        if let filter = view.filter {
            line("Filter: " + MarkdownText.inline(filter), &out)
            out.append(0x0A)
        }
        if let origin = view.originDescription {
            line("Relative: " + MarkdownText.inline(origin), &out)
            out.append(0x0A)
        }
        if view.details, let summary = timeline.summary {
            for paragraph in MarkdownText.paragraphs(summary) {
                for l in paragraph { line(l, &out) }
                out.append(0x0A)
            }
        }
        if view.indices.isEmpty { line("No events.", &out) }
    }

    private func body(_ indices: ArraySlice<Int>, after previous: Int?, origin: Event?) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(indices.count * (view.details ? 900 : 140))
        var rows = TimelineRows(
            events: view.timeline.events, indices: indices, formatter: view.formatter, after: previous,
            detail: view.details ? .whole : .listing
        ).makeIterator()
        var dayEvents: [Event] = []
        var scratch: [UInt8] = []
        // Events in sorted order sit all over a loaded file: what the next ones read is
        // asked for a batch at a time (see `EventStore.touchListed`), before they are read.
        let store = view.timeline.events.store
        var listed = 0
        func touchNext() {
            let from = indices.startIndex + listed
            guard listed % ExportView.touchedAtOnce == 0, from < indices.endIndex else { return }
            let batch = indices[from..<min(from + ExportView.touchedAtOnce, indices.endIndex)]
            _ = view.details ? store.touchObjects(batch) : store.touchListed(batch)
        }
        touchNext()
        while let row = rows.nextRow() {
            switch row {
            case .heading(let day):
                flushDetails(&dayEvents, to: &out)
                if previous != nil || !out.isEmpty { out.append(0x0A) }
                line("## " + DayHeading.text(day), &out)
                out.append(0x0A)
                if view.markdownStyle == .table { appendTableHead(day.lastDay, to: &out) }
            case .gap:
                break
            case .event(let i):
                listed += 1
                touchNext()
                guard let event = rows.previous else { continue }
                let mark = i == view.mark ? " (mark)" : ""
                if view.markdownStyle == .table {
                    // Written byte by byte: a big table makes no string per cell.
                    out.append(contentsOf: [0x7C, 0x20])
                    scratch.removeAll(keepingCapacity: true)
                    view.formatter.appendTimeAndSpan(of: event, to: &scratch)
                    scratch.withUnsafeBufferPointer { MarkdownText.appendEscaped($0, to: &out) }
                    out.append(contentsOf: mark.utf8)
                    if let relative = view.relativeTime(event, origin: origin) {
                        out.append(contentsOf: [0x20, 0x7C, 0x20])
                        MarkdownText.appendInline(relative, to: &out)
                    }
                    out.append(contentsOf: [0x20, 0x7C, 0x20])
                    if let actor = event.actor { MarkdownText.appendInline(actor, to: &out) }
                    out.append(contentsOf: [0x20, 0x7C, 0x20])
                    MarkdownText.appendInline(event.title, to: &out)
                    out.append(contentsOf: [0x20, 0x7C, 0x0A])
                    if view.details { dayEvents.append(event) }
                } else {
                    let time = MarkdownText.inline(view.formatter.timeAndSpan(of: event))
                    let relative = view.relativeTime(event, origin: origin).map(MarkdownText.inline)
                    let actor = event.actor.map(MarkdownText.inline) ?? ""
                    let title = MarkdownText.inline(event.title)
                    var item = "- **" + time + "**" + mark
                    if let relative { item += " · " + relative }
                    item += " · " + (actor.isEmpty ? title : actor + " — " + title)
                    line(item, &out)
                    if view.details {
                        appendDetails(event, indent: "  ", to: &out)
                        out.append(0x0A)
                    }
                }
            }
        }
        flushDetails(&dayEvents, to: &out)
        return out
    }

    /// `| Time (EDT) | T+ | Actor | Event |` and its delimiter row.
    private func appendTableHead(_ day: CivilDate, to out: inout [UInt8]) {
        let zone = view.formatter.zone
        let noon = zone.startOfDay(day).adding(seconds: 12 * 3600)
        let name = zone == .utc ? "UTC" : (zone.abbreviation(at: noon) ?? TimeFormatter.offsetText(zone.offset(at: noon)))
        let relative = view.relative
        line("| Time (" + MarkdownText.inline(name) + ") |" + (relative ? " T+ |" : "") + " Actor | Event |", &out)
        line("|---|" + (relative ? "---|" : "") + "---|---|", &out)
    }

    /// The details of the events of the day's table, beneath it.
    private func flushDetails(_ events: inout [Event], to out: inout [UInt8]) {
        guard !events.isEmpty else { return }
        for event in events {
            out.append(0x0A)
            let time = MarkdownText.inline(view.formatter.timeAndSpan(of: event))
            line("### " + time + " — " + MarkdownText.inline(event.title), &out)
            appendDetails(event, indent: "", to: &out)
        }
        events.removeAll()
    }

    /// Text paragraphs, the quote as a blockquote, sources as a list of links, then id,
    /// kind, tags and extra fields; every block preceded by a blank line, at `indent`.
    private func appendDetails(_ event: Event, indent: String, to out: inout [UInt8]) {
        if let text = event.text { appendParagraphs(text, indent: indent, to: &out) }
        if let quote = event.quote {
            out.append(0x0A)
            let lines = MarkdownText.paragraphs(quote.text).map { $0.joined(separator: " ") }
            for (n, l) in lines.enumerated() {
                if n > 0 { line(indent + ">", &out) }
                line(indent + "> " + l, &out)
            }
            if let lang = quote.lang { line(indent + ">", &out); line(indent + "> (" + MarkdownText.inline(lang) + ")", &out) }
        }
        if !event.sources.isEmpty {
            out.append(0x0A)
            line(indent + "Sources:", &out)
            out.append(0x0A)
            for source in event.sources {
                line(indent + "- " + MarkdownText.link(name: source.name, url: source.url), &out)
            }
        }
        var facts = ["Id: " + MarkdownText.inline(event.id)]
        if let kind = event.kind, !kind.isEmpty { facts.append("Kind: " + MarkdownText.inline(kind)) }
        if !event.tags.isEmpty { facts.append("Tags: " + event.tags.map(MarkdownText.inline).joined(separator: ", ")) }
        for field in event.extraFields {
            facts.append(MarkdownText.inline(field.name) + ": " + MarkdownText.inline(field.json))
        }
        out.append(0x0A)
        line(indent + facts.joined(separator: " · "), &out)
    }

    private func appendParagraphs(_ text: String, indent: String, to out: inout [UInt8]) {
        for paragraph in MarkdownText.paragraphs(text) {
            out.append(0x0A)
            for l in paragraph { line(indent + l, &out) }
        }
    }

    private func line(_ text: String, _ out: inout [UInt8]) {
        out.append(contentsOf: text.utf8)
        out.append(0x0A)
    }
}

extension ExportFormat {
    public static let markdown = ExportFormat(
        name: "markdown", extensions: ["md", "markdown"],
        summary: "a table a day (or --md-style list), for a postmortem",
        write: { MarkdownWriter(view: $0).parts() }
    )
}
