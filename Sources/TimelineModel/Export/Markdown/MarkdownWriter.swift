/// `--format markdown`: a postmortem's timeline. A `#` title, the zone with its offsets,
/// the filter and what T+ counts from, then a `##` heading a day and a GitHub-flavoured
/// table `| Time (EDT) | T+ | Actor | Event |` (T+ only with relative times, a `Source`
/// column after it for a merged timeline); with
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
        let zone: String
        if let first = view.indices.first, let last = view.indices.last {
            zone = view.formatter.zoneDescription(from: events.sortInstant(at: first), to: events.sortInstant(at: last))
        } else {
            zone = view.formatter.zoneDescription(withoutShownEventsOf: events)
        }
        line("Time zone: " + MarkdownText.inline(zone), &out)
        out.append(0x0A)
        let total = events.count
        let count = view.indices.count
        let counted = count == total ? "\(total)" : count == 0 ? "none of \(total)" : "\(count) of \(total)"
        line("Events: " + (total == 0 ? "none" : counted), &out)
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
        // Each row from the event's listing, its actor and title copied from the file where
        // they need no decoding (`VerbatimLineText`: text `SafeText` leaves as it is, so
        // only escaped), as the text export does; the rows around it by `RowBreaks`.
        // Details from its values (`EventStore.values`), its text as the file's bytes
        // where it needs no decoding.
        let events = view.timeline.events
        var breaks = RowBreaks(formatter: view.formatter, after: previous.map(events.listed))
        var rows: [TimelineRow] = []
        var details = Details()
        var scratch: [UInt8] = []
        // Events in sorted order sit all over a loaded file: what the next ones read is
        // asked for a batch at a time (see `EventStore.touchListed`), before they are read.
        let store = events.store
        let listWithDetails = view.details && view.markdownStyle == .list
        for (k, i) in zip(indices.indices, indices) {
            if (k - indices.startIndex) % ExportView.touchedAtOnce == 0 {
                let batch = indices[k..<min(k + ExportView.touchedAtOnce, indices.endIndex)]
                _ = store.touchListed(batch)
                if listWithDetails { _ = store.touchObjects(batch) }
            }
            var (event, verbatim) = store.verbatimLine(at: i)
            rows.removeAll(keepingCapacity: true)
            breaks.addListed(event, at: i, to: &rows)
            for row in rows {
                switch row {
                case .heading(let day):
                    flushDetails(&details, to: &out)
                    if previous != nil || !out.isEmpty { out.append(0x0A) }
                    line("## " + DayHeading.text(day), &out)
                    out.append(0x0A)
                    if view.markdownStyle == .table { appendTableHead(day.lastDay, to: &out) }
                case .gap:
                    break
                case .event:
                    if let origin, i == (view.mark ?? 0) {
                        // T+0 is for the origin itself, known by its id, which a listing
                        // leaves out: it is the event at the mark's place (else the first).
                        event.id = origin.id
                    }
                    if view.markdownStyle == .table {
                        appendTableRow(event, at: i, verbatim, origin: origin, scratch: &scratch, to: &out)
                        if view.details { details.events.append((i, event)) }
                    } else {
                        appendListItem(event, at: i, verbatim, origin: origin, scratch: &scratch, to: &out)
                        if view.details {
                            store.values(at: i, into: &details.values)
                            appendDetails(details.values, indent: Self.listIndent, scratch: &details.scratch, to: &out)
                            appendCopies(at: i, indent: Self.listIndent, to: &out)
                            out.append(0x0A)
                        }
                    }
                }
            }
        }
        flushDetails(&details, to: &out)
        return out
    }

    /// `| 18:48 (mark) | T+13 min | notes | Actor | Title |`, written byte by byte: a big
    /// table makes no string per cell. `verbatim`: the actor and title as the file holds
    /// them, when the event's listing left them out.
    private func appendTableRow(
        _ event: Event, at i: Int, _ verbatim: VerbatimLineText?, origin: Event?, scratch: inout [UInt8],
        to out: inout [UInt8]
    ) {
        Self.append("| ", to: &out)
        scratch.removeAll(keepingCapacity: true)
        view.formatter.appendTimeAndSpan(of: event, to: &scratch)
        scratch.withUnsafeBufferPointer { MarkdownText.appendEscaped($0, to: &out) }
        if i == view.mark { Self.append(" (mark)", to: &out) }
        if let relative = view.relativeTime(event, origin: origin) {
            Self.append(" | ", to: &out)
            MarkdownText.appendInline(relative, to: &out)
        }
        if merged {
            Self.append(" | ", to: &out)
            MarkdownText.appendInline(event.origins.joined(separator: ", "), to: &out)
        }
        Self.append(" | ", to: &out)
        if let verbatim {
            if let actor = verbatim.actor { MarkdownText.appendEscaped(actor, to: &out) }
            Self.append(" | ", to: &out)
            MarkdownText.appendEscaped(verbatim.title, to: &out)
        } else {
            if let actor = event.actor { MarkdownText.appendInline(actor, to: &out) }
            Self.append(" | ", to: &out)
            MarkdownText.appendInline(event.title, to: &out)
        }
        Self.append(" |\n", to: &out)
    }

    /// `- **18:48** (mark) · T+13 min · [notes] Actor — Title`.
    private func appendListItem(
        _ event: Event, at i: Int, _ verbatim: VerbatimLineText?, origin: Event?, scratch: inout [UInt8],
        to out: inout [UInt8]
    ) {
        Self.append("- **", to: &out)
        scratch.removeAll(keepingCapacity: true)
        view.formatter.appendTimeAndSpan(of: event, to: &scratch)
        scratch.withUnsafeBufferPointer { MarkdownText.appendEscaped($0, to: &out) }
        Self.append("**", to: &out)
        if i == view.mark { Self.append(" (mark)", to: &out) }
        if let relative = view.relativeTime(event, origin: origin) {
            Self.append(" · ", to: &out)
            MarkdownText.appendInline(relative, to: &out)
        }
        Self.append(" · ", to: &out)
        if !event.origins.isEmpty {
            MarkdownText.appendInline("[" + event.origins.joined(separator: ", ") + "]", to: &out)
            out.append(0x20)
        }
        if let verbatim {
            if let actor = verbatim.actor {
                MarkdownText.appendEscaped(actor, to: &out)
                Self.append(" — ", to: &out)
            }
            MarkdownText.appendEscaped(verbatim.title, to: &out)
        } else {
            if let actor = event.actor, !actor.isEmpty {
                MarkdownText.appendInline(actor, to: &out)
                Self.append(" — ", to: &out)
            }
            MarkdownText.appendInline(event.title, to: &out)
        }
        out.append(0x0A)
    }

    /// Appends our own words, from static memory (no array made per call).
    @inline(__always)
    private static func append(_ s: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// The events of the day's table whose details follow it, and room reused for them.
    private struct Details {
        var events: [(position: Int, listed: Event)] = []
        var values = EventValues()
        var scratch: [UInt8] = []
    }

    /// Details nested in a list item, and the start of a quote's lines.
    static let listIndent: [UInt8] = [0x20, 0x20]
    private static let quoteMark: [UInt8] = [0x3E, 0x20]
    private static let listQuoteMark: [UInt8] = [0x20, 0x20, 0x3E, 0x20]

    /// Whether the timeline was merged from several files: the table then has a `Source`
    /// column (each event's files, as the text's `[edge]`), and a list item starts with them.
    private var merged: Bool { !view.timeline.origins.isEmpty }

    /// `| Time (EDT) | T+ | Source | Actor | Event |` (T+ with relative times, Source for a
    /// merged timeline) and its delimiter row.
    private func appendTableHead(_ day: CivilDate, to out: inout [UInt8]) {
        let zone = view.formatter.zone
        let noon = zone.startOfDay(day).adding(seconds: 12 * 3600)
        // A fixed offset by the name the zone line gives it (`UTC-06:00`).
        let name = zone == .utc ? "UTC" : zone.isFixedOffset ? zone.identifier
            : (zone.abbreviation(at: noon) ?? TimeFormatter.offsetText(zone.offset(at: noon)))
        let relative = view.relative
        line("| Time (" + MarkdownText.inline(name) + ") |" + (relative ? " T+ |" : "") + (merged ? " Source |" : "") + " Actor | Event |", &out)
        line("|---|" + (relative ? "---|" : "") + (merged ? "---|" : "") + "---|---|", &out)
    }

    /// The details of the events of the day's table, beneath it: their objects read into
    /// the processor's cache a batch at a time, as `ExportView.forEachValues` does.
    private func flushDetails(_ details: inout Details, to out: inout [UInt8]) {
        guard !details.events.isEmpty else { return }
        let store = view.timeline.events.store
        var k = 0
        while k < details.events.count {
            let batch = details.events[k..<min(k + ExportView.touchedAtOnce, details.events.count)]
            _ = store.touchObjects(ArraySlice(batch.map(\.position)))
            for (i, event) in batch {
                Self.append("\n### ", to: &out)
                // Times are our own words, plain: escaped as the table's are.
                details.scratch.removeAll(keepingCapacity: true)
                view.formatter.appendTimeAndSpan(of: event, to: &details.scratch)
                details.scratch.withUnsafeBufferPointer { MarkdownText.appendEscaped($0, to: &out) }
                Self.append(" — ", to: &out)
                store.values(at: i, into: &details.values)
                if let title = details.values.plainTitle {
                    MarkdownText.appendEscaped(title, to: &out)
                } else {
                    MarkdownText.appendInline(details.values.title, to: &out)
                }
                out.append(0x0A)
                appendDetails(details.values, indent: [], scratch: &details.scratch, to: &out)
                appendCopies(at: i, indent: [], to: &out)
            }
            k = batch.endIndex
        }
        details.events.removeAll(keepingCapacity: true)
    }

    /// Text paragraphs, the quote as a blockquote, sources as a list of links, then id,
    /// kind, tags and extra fields; every block preceded by a blank line, at `indent`.
    private func appendDetails(_ event: EventValues, indent: [UInt8], scratch: inout [UInt8], to out: inout [UInt8]) {
        if let text = event.text { appendParagraphs(text, indent: indent, to: &out) }
        if let quote = event.quote {
            out.append(0x0A)
            let quoted = indent.isEmpty ? Self.quoteMark : Self.listQuoteMark
            if let plain = quote.text.plainBytes {
                _ = MarkdownText.appendPlainParagraph(plain, blankLineFirst: false, before: quoted, to: &out)
            } else {
                let lines = MarkdownText.paragraphs(quote.text.string).map { $0.joined(separator: " ") }
                for (n, l) in lines.enumerated() {
                    if n > 0 { line(indent, ">", &out) }
                    line(quoted, l, &out)
                }
            }
            if let lang = quote.lang {
                line(indent, ">", &out)
                out.append(contentsOf: quoted)
                out.append(0x28)
                MarkdownText.appendInline(lang, to: &out)
                out.append(contentsOf: [0x29, 0x0A])
            }
        }
        if !event.sources.isEmpty {
            out.append(0x0A)
            line(indent, "Sources:", &out)
            out.append(0x0A)
            for source in event.sources {
                out.append(contentsOf: indent)
                out.append(contentsOf: [0x2D, 0x20])
                MarkdownText.appendLink(name: source.name, url: source.url, scratch: &scratch, to: &out)
                out.append(0x0A)
            }
        }
        out.append(0x0A)
        out.append(contentsOf: indent)
        out.append(contentsOf: "Id: ".utf8)
        MarkdownText.appendInline(event.id, to: &out)
        if let kind = event.kind, !kind.isEmpty {
            out.append(contentsOf: " · Kind: ".utf8)
            MarkdownText.appendInline(kind, to: &out)
        }
        if !event.tags.isEmpty {
            out.append(contentsOf: " · Tags: ".utf8)
            for (n, tag) in event.tags.enumerated() {
                if n > 0 { out.append(contentsOf: [0x2C, 0x20]) }
                MarkdownText.appendInline(tag, to: &out)
            }
        }
        for field in event.extraFields {
            out.append(contentsOf: " · ".utf8)
            MarkdownText.appendInline(field.name, to: &out)
            out.append(contentsOf: [0x3A, 0x20])
            MarkdownText.appendInline(field.json, to: &out)
        }
        out.append(0x0A)
    }

    private func appendParagraphs(_ text: TextValue, indent: [UInt8], to out: inout [UInt8]) {
        if let plain = text.plainBytes {
            _ = MarkdownText.appendPlainParagraph(plain, blankLineFirst: true, before: indent, to: &out)
            return
        }
        if case .text(var decoded) = text, decoded.withUTF8({ MarkdownText.appendPlainParagraphs($0, before: indent, to: &out) }) {
            return
        }
        for paragraph in MarkdownText.paragraphs(text.string) {
            out.append(0x0A)
            for l in paragraph { line(indent, l, &out) }
        }
    }

    /// `indent`, `text`, a line break.
    private func line(_ indent: [UInt8], _ text: String, _ out: inout [UInt8]) {
        out.append(contentsOf: indent)
        line(text, &out)
    }

    private func line(_ text: String, _ out: inout [UInt8]) {
        out.append(contentsOf: text.utf8)
        out.append(0x0A)
    }
}

extension ExportFormat {
    public static let markdown = ExportFormat(
        name: "markdown", extensions: ["md", "markdown"],
        summary: "a table a day, or a list with --md-style list; for a postmortem",
        write: { MarkdownWriter(view: $0).parts() }
    )
}
