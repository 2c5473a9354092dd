/// One pass over a Markdown document's lines (see `MarkdownTimelineReader` for what is
/// read): the headings, zone lines and tables met so far say what each event's row means.
struct MarkdownWalk {
    let file: String
    let blocks: [MarkdownBlock]
    var read = MarkdownTimelineReader.Read()
    var placing: MarkdownTimePlacing
    /// Ours (`--format markdown`): read whole, with its details and columns.
    let ours: Bool
    /// Whether a heading says "Timeline": only its sections are then read.
    let hasTimelineHeading: Bool
    /// In a timeline section: the heading's level (0 for the whole document).
    var section: Int?
    /// The zones of the document, the section and the table (`placing.zones` is made of them).
    var documentZone: MarkdownZoneWord?
    var sectionZone: MarkdownZoneWord?
    var table: MarkdownColumns?
    /// The last event read, and the indentation of its item, for what is nested under it.
    var last: (index: Int, indent: Int)?
    /// Ours: the events of the day's table whose details (`### …`) follow it, in order.
    var awaitingDetails: [Int] = []
    var details: MarkdownOwnDetails?
    var summary: [String] = []
    var beforeFirstDay = true
    /// A blank line came after the last event's line.
    var blankSinceLast = false

    init(file: String, reading: TimeReading, blocks: [MarkdownBlock]) {
        self.file = file
        self.blocks = blocks
        placing = MarkdownTimePlacing(reading: reading)
        ours = Self.isOurs(blocks)
        hasTimelineHeading = !ours && blocks.contains {
            if case .heading(_, let t) = $0.kind { return t.lowercased().contains("timeline") }
            return false
        }
        section = ours || !hasTimelineHeading ? 0 : nil
    }

    /// Ours: a `#` title first, then `Time zone: …` and `Events: …` before any other heading.
    static func isOurs(_ blocks: [MarkdownBlock]) -> Bool {
        var titled = false
        var zone = false
        for b in blocks {
            switch b.kind {
            case .blank: continue
            case .heading(let level, _):
                if titled || level != 1 { return false }
                titled = true
            case .text(0, let t):
                guard titled else { return false }
                if t.hasPrefix("Time zone: ") { zone = true } else if t.hasPrefix("Events: ") { return zone }
            default:
                return false
            }
        }
        return false
    }

    mutating func run() {
        for (i, b) in blocks.enumerated() {
            let nextIsDelimiter = i + 1 < blocks.count && blocks[i + 1].kind == .delimiterRow
            step(b, nextIsDelimiter: nextIsDelimiter)
        }
        finishDetails()
        if ours, !summary.isEmpty { read.output.summary = Self.paragraphs(summary) }
        if read.output.events.isEmpty, read.output.problems.isEmpty {
            let what = hasTimelineHeading ? "under its Timeline heading" : "in the document"
            read.output.warnings.append(Problem(file: file, place: nil, path: "", message:
                "no list item, table row or line \(what) starts with a time; the timeline has no events"))
        }
    }

    private mutating func step(_ b: MarkdownBlock, nextIsDelimiter: Bool) {
        if details != nil, b.kind != .blank, !detailsGoOn(b) { finishDetails() }
        if let d = details {
            var d = d
            d.take(b)
            details = d
            return
        }
        switch b.kind {
        case .blank:
            blankSinceLast = true
            if ours, beforeFirstDay, summary.last?.isEmpty == false { summary.append("") }
        case .heading(let level, let text):
            heading(level, text, line: b.line)
        case .delimiterRow:
            break
        case .tableRow(let cells):
            guard section != nil else { return }
            if nextIsDelimiter {
                table = MarkdownColumns(header: cells, ours: ours)
                placing.abbreviation = table?.abbreviation
                zonesChanged()
            } else if let t = table {
                row(cells, columns: t, line: b.line)
            }
        case .listItem(let indent, let text, let column):
            if !ours, section == nil || placing.date == nil, let d = Self.dateField(text) { placing.date = .day(d) }
            guard section != nil else { return }
            item(text, indent: indent, column: column, line: b.line)
        case .quote:
            break
        case .text(let indent, let text):
            line(text, indent: indent, line: b.line)
        }
    }

    // MARK: Headings and lines of text

    private mutating func heading(_ level: Int, _ text: Substring, line: Int) {
        table = nil
        last = nil
        if level == 1, read.output.title == nil {
            read.output.title = MarkdownInline.text(text).text
            // `# Post-Mortem: 2023-08-17 Production Outage`: the day of times written alone.
            if !ours, let d = MarkdownTimeText.onlyDate(in: Substring(read.output.title ?? "")) { placing.date = .day(d) }
            if !ours, let zone = MarkdownZoneWord.named(in: text) { documentZone = zone; zonesChanged() }
            return
        }
        if ours {
            beforeFirstDay = false
            if level == 2 {
                awaitingDetails = []
                dateFromHeading(text)
            } else if level == 3, !awaitingDetails.isEmpty {
                details = MarkdownOwnDetails(event: awaitingDetails.removeFirst(), indent: 0)
            }
            return
        }
        if text.lowercased().contains("timeline") {
            section = level
            sectionZone = MarkdownZoneWord.named(in: text)
            zonesChanged()
            dateFromHeading(text)
            return
        }
        if let s = section, s > 0, level <= s {
            section = nil
            sectionZone = nil
            zonesChanged()
            return
        }
        guard section != nil else {
            if let zone = MarkdownZoneWord.named(in: text) { documentZone = zone; zonesChanged() }
            return
        }
        dateFromHeading(text)
        if let zone = MarkdownZoneWord.named(in: text) { sectionZone = zone; zonesChanged() }
    }

    /// A heading or line that is a date (`Thursday 2 November 2017`, `2015-10-21 (all times
    /// UTC)`, `**2023-11-14**`) gives the date of the rows under it.
    @discardableResult
    private mutating func dateFromHeading(_ text: Substring) -> Bool {
        let plain = MarkdownInline.text(text).text
        guard let t = MarkdownTimeText.read(Substring(plain)), t.start.clock == nil, t.end == nil, !t.start.timeUnknown,
              let date = t.start.date else { return false }
        if case .dayOfMonth = date { return false }
        let rest = plain.dropFirst(t.length).trimmingSpaces
        guard rest.isEmpty || rest.hasPrefix("(") || rest.hasPrefix(":") || rest.hasPrefix("—") || rest.hasPrefix("-") else { return false }
        placing.date = date
        return true
    }

    private mutating func line(_ text: Substring, indent: Int, line: Int) {
        if ours {
            guard beforeFirstDay else { return }
            if text.hasPrefix("Time zone: ") {
                if let zone = MarkdownZoneWord.named(in: text) { documentZone = zone; zonesChanged() }
                if case .named(let z)? = documentZone { read.output.timezone = z.identifier }
                if case .offset(let s, _)? = documentZone { read.output.timezone = Zone(offsetSeconds: s).identifier }
            } else if !["Events: ", "Filter: ", "Relative: "].contains(where: { text.hasPrefix($0) }), text != "No events." {
                summary.append(String(text))
            }
            return
        }
        if text.count <= 200, let zone = MarkdownZoneWord.named(in: text), !startsWithClock(text) {
            if section == nil { documentZone = zone } else { sectionZone = zone }
            zonesChanged()
        }
        if section == nil || placing.date == nil, let d = Self.dateField(text) { placing.date = .day(d) }
        guard section != nil else { return }
        if dateFromHeading(text) { return }
        // A line of its own that starts with a time (`14:51 News reports…`), under a Timeline heading.
        let (time, rest) = Self.timeCandidate(text)
        if hasTimelineHeading, let time, indent <= (last?.indent ?? 0) {
            event(time: time, written: Self.written(text, time), title: rest, line: line, column: indent + 1, indent: indent)
            return
        }
        // A line under an item: its paragraph goes on (no blank line) or a paragraph of its text.
        if let l = last {
            let (words, links) = MarkdownInline.text(text)
            guard !words.isEmpty else { return }
            var e = read.output.events[l.index]
            e.sources += links
            if !blankSinceLast, indent > l.indent || indent == 0, e.text == nil {
                e.title += " " + words
            } else if indent > l.indent {
                e.text = (e.text.map { $0 + (blankSinceLast ? "\n\n" : "\n") } ?? "") + words
            } else {
                return
            }
            read.output.events[l.index] = e
            blankSinceLast = false
        }
    }

    /// A line that starts with a time of day is a row, whose zone is its own; a line that
    /// starts with a date alone may name the zone of the rows under it (`2015-10-21 (all
    /// times UTC)`, as the Google SRE book's example postmortem writes it).
    private func startsWithClock(_ text: Substring) -> Bool { Self.timeCandidate(text).time?.start.clock != nil }

    // MARK: Items and rows

    private mutating func item(_ text: Substring, indent: Int, column: Int, line: Int) {
        if ours {
            guard indent == 0 else { return }
            ownItem(text, line: line, column: column)
            return
        }
        let (time, rest) = Self.timeCandidate(text)
        if let time, !(last.map { indent > $0.indent } ?? false) || time.start.clock != nil {
            if rest.trimmingSpaces.isEmpty, time.start.clock == nil, dateFromHeading(text) { return }
            event(time: time, written: Self.written(text, time), title: rest, line: line, column: column, indent: indent)
            return
        }
        // A nested item is part of the event above it.
        if let l = last, indent > l.indent {
            let words = MarkdownInline.text(text).text
            var e = read.output.events[l.index]
            e.text = (e.text.map { $0 + "\n" } ?? "") + "- " + words
            read.output.events[l.index] = e
            return
        }
        if hasTimelineHeading, section != nil {
            read.output.warnings.append(Problem(file: file, place: SourcePlace(line: line, column: column), path: "",
                                                message: "a list item in the timeline that starts with no time; left out"))
        }
    }

    private mutating func row(_ cells: [MarkdownBlock.Cell], columns: MarkdownColumns, line: Int) {
        func cell(_ i: Int?) -> MarkdownBlock.Cell? { i.flatMap { $0 < cells.count ? cells[$0] : nil } }
        guard let timeCell = cell(columns.time) else { return }
        var timeRaw = timeCell.text
        if let d = cell(columns.date), !d.text.isEmpty {
            timeRaw = Substring(String(d.text) + (timeRaw.isEmpty ? "" : " " + timeRaw))
        }
        let plain = MarkdownInline.text(timeRaw).text
        let place = SourcePlace(line: line, column: timeCell.column)
        guard let time = MarkdownTimeText.read(Substring(plain)) else {
            if Self.isPlaceholder(plain) {
                // `HH:mm`, `2022-02-?? ??:??`, `...`: the writer did not know or did not fill it in.
                if cells.contains(where: { !$0.text.isEmpty }) {
                    read.output.warnings.append(Problem(file: file, place: place, path: columns.timeName,
                                                        message: "\"\(plain.prefix(40))\" is not a time; the row is left out"))
                }
            } else {
                read.output.problems.append(Problem(file: file, place: place, path: columns.timeName, message:
                    "\"\(plain.prefix(40))\" is not a time; expected one such as 14:32, 2023-11-14 14:32 UTC or 31 January 2017"))
            }
            return
        }
        let leftover = plain.dropFirst(time.length).trimmingSpaces
        if !leftover.isEmpty {
            read.output.warnings.append(Problem(file: file, place: place, path: columns.timeName,
                                                message: "\"\(leftover.prefix(40))\" after \"\(plain.prefix(time.length).trimmingSpaces)\" is not read"))
        }
        let titleCell = cell(columns.title)
        guard let index = event(time: time, written: plain, title: titleCell?.text ?? "", line: line, column: timeCell.column,
                                indent: 0, titleColumn: titleCell?.column) else { return }
        var e = read.output.events[index]
        if let a = cell(columns.actor) {
            let actor = MarkdownInline.text(a.text).text
            if !actor.isEmpty { e.actor = actor }
        }
        if let s = cell(columns.origins) {
            e.origins = MarkdownInline.text(s.text).text.split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
            for o in e.origins where !read.origins.contains(o) { read.origins.append(o) }
        }
        for (i, name) in columns.extra {
            guard let c = cell(i), !c.text.isEmpty else { continue }
            e.extraFields.append(ExtraField(name: name, json: JSONValue.quoted(MarkdownInline.text(c.text).text)))
        }
        read.output.events[index] = e
        if ours { awaitingDetails.append(index) }
    }

    /// Ours in list style: `- **18:48** (mark) · T+13 min · [notes] Actor — Title`.
    private mutating func ownItem(_ text: Substring, line: Int, column: Int) {
        guard text.hasPrefix("**"), let close = text.dropFirst(2).range(of: "**") else { return }
        let timeRaw = text[text.index(text.startIndex, offsetBy: 2)..<close.lowerBound]
        let plain = MarkdownInline.unescaped(timeRaw)
        guard let time = MarkdownTimeText.read(Substring(plain)) else { return }
        var rest = text[close.upperBound...]
        if rest.hasPrefix(" (mark)") { rest = rest.dropFirst(7) }
        // ` · T+13 min`, ` · \~T−12 min`: worked out again from the times.
        while rest.hasPrefix(" · ") {
            let segment = rest.dropFirst(3)
            let unescaped = MarkdownInline.unescaped(segment.prefix(4))
            if unescaped.hasPrefix("T+") || unescaped.hasPrefix("T−") || unescaped.hasPrefix("~T") {
                rest = segment.range(of: " · ").map { segment[$0.lowerBound...] } ?? ""
            } else {
                rest = segment
                break
            }
        }
        var origins: [String] = []
        // `\[edge, notes\] `: the files of a merge (ours escapes the brackets).
        if rest.hasPrefix("\\["), let end = rest.range(of: "\\] ") {
            origins = MarkdownInline.unescaped(rest[rest.index(rest.startIndex, offsetBy: 2)..<end.lowerBound])
                .split(separator: ",").map { $0.trimmingSpaces }
            rest = rest[end.upperBound...]
        }
        var actor: String?
        if let dash = rest.range(of: " — ") {
            actor = MarkdownInline.text(rest[..<dash.lowerBound]).text
            rest = rest[dash.upperBound...]
        }
        guard let index = event(time: time, written: plain, title: rest, line: line, column: column, indent: 0) else { return }
        read.output.events[index].actor = actor
        read.output.events[index].origins = origins
        for o in origins where !read.origins.contains(o) { read.origins.append(o) }
        details = MarkdownOwnDetails(event: index, indent: 2)
    }

    /// Makes the event; its index in `read.output.events`, nil when its time is a problem.
    @discardableResult
    private mutating func event(time: MarkdownTimeText, written: String, title raw: Substring, line: Int, column: Int,
                                indent: Int, titleColumn: Int? = nil) -> Int? {
        let place = SourcePlace(line: line, column: column)
        switch placing.place(time, written: written) {
        case .failure(let f):
            read.output.problems.append(Problem(file: file, place: place, path: "", message: f.message))
            return nil
        case .success(let placed):
            let (words, links) = MarkdownInline.text(raw)
            let cleaned = Self.dropSeparator(words)
            let (title, text, empty) = EventTitle.from(cleaned)
            if empty {
                read.output.warnings.append(Problem(file: file, place: place, path: "title", message: "no title; shown as \(EventTitle.none)"))
            }
            if let note = placed.note { read.output.warnings.append(Problem(file: file, place: place, path: "", message: note)) }
            var d = EventDraft.read(time: placed.time, written: written, end: placed.end, endWritten: placed.end.map { _ in written },
                                    title: title, text: text, sources: links, place: place)
            d.precision = placed.precision
            d.approximate = placed.approximate
            if let titleColumn { d.places.title = FieldPlace(line: line, column: titleColumn, path: "title") }
            read.output.events.append(d)
            last = (read.output.events.count - 1, indent)
            blankSinceLast = false
            return read.output.events.count - 1
        }
    }

    // MARK: Helpers

    /// The time at the start of an item's text: inside `**…**`, `` `…` `` or `[…]` when it
    /// is there, else at the start of the text; and the rest of the text (raw Markdown).
    static func timeCandidate(_ text: Substring) -> (time: MarkdownTimeText?, rest: Substring) {
        var body = text
        if body.hasPrefix("[ ] ") || body.hasPrefix("[x] ") || body.hasPrefix("[X] ") { body = body.dropFirst(4) }
        for (open, close) in [("**", "**"), ("__", "__"), ("`", "`"), ("[", "]"), ("*", "*"), ("_", "_")] where body.hasPrefix(open) {
            let inner = body.dropFirst(open.count)
            guard let end = inner.range(of: close) else { continue }
            let plain = MarkdownInline.unescaped(inner[..<end.lowerBound])
            if let t = MarkdownTimeText.read(Substring(plain)) {
                // The rest of the bold text (`**14:32 Deploy**`) belongs to the title.
                let after = Substring(plain.dropFirst(t.length)) + inner[end.upperBound...]
                return (t, Substring(after))
            }
        }
        let head = body.prefix(120)
        let plain = MarkdownInline.unescaped(head)
        guard let t = MarkdownTimeText.read(Substring(plain)) else { return (nil, body) }
        return (t, body[MarkdownInline.rawIndex(afterUnescaped: t.length, in: body)...])
    }

    /// The time as written, for messages and `timeWritten`.
    static func written(_ text: Substring, _ t: MarkdownTimeText) -> String {
        let (time, rest) = timeCandidate(text)
        guard time != nil else { return String(text.prefix(40)) }
        let plain = MarkdownInline.text(text).text
        let restPlain = MarkdownInline.text(rest).text
        return plain.hasSuffix(restPlain) ? String(plain.dropLast(restPlain.count)).trimmingSpaces : String(plain.prefix(t.length))
    }

    /// The incident's date in a field of its own: `**Date:** 2023-11-14`, `- Date: 31 January
    /// 2017`, `Incident date: …`.
    static func dateField(_ text: Substring) -> CivilDate? {
        let plain = MarkdownInline.text(text).text
        guard let colon = plain.firstIndex(of: ":") else { return nil }
        let name = plain[..<colon].lowercased().trimmingSpaces
        guard name == "date" || name.hasSuffix(" date") || name == "date of incident" || name == "when" else { return nil }
        return MarkdownTimeText.onlyDate(in: plain[plain.index(after: colon)...])
    }

    /// A time cell the writer left unknown or unfilled: empty, `...`, `HH:mm`, `2022-02-?? ??:??`,
    /// `TBD`, `20xx-MM-DD`: anything but a cell that starts with a digit and has no `?` or letter.
    static func isPlaceholder(_ text: String) -> Bool {
        guard let first = text.first, first.isASCIIDigit else { return true }
        return text.contains { $0 == "?" || ($0.isLetter && $0.isASCII) }
    }

    /// A title without the separator after its time: ` — `, ` – `, ` - `, `: `, `| `, `· `.
    static func dropSeparator(_ s: String) -> String {
        var t = Substring(s)
        for sep in ["—", "–", "-", ":", "|", "·", ",", ">", "=>", "->"] where t.hasPrefix(sep) {
            t = t.dropFirst(sep.count)
            break
        }
        return t.trimmingSpaces
    }

    private mutating func zonesChanged() {
        placing.zones = [table?.zone, sectionZone, documentZone].compactMap { $0 }
    }

    // MARK: Ours' details

    private func detailsGoOn(_ b: MarkdownBlock) -> Bool {
        guard let d = details else { return false }
        switch b.kind {
        case .heading: return false
        case .tableRow, .delimiterRow: return false
        case .listItem(let indent, _, _): return indent >= d.indent && (d.indent > 0 || d.inSources)
        case .quote(let indent, _), .text(let indent, _): return indent >= d.indent
        case .blank: return true
        }
    }

    private mutating func finishDetails() {
        guard let d = details else { return }
        details = nil
        read.output.events[d.event] = d.applied(to: read.output.events[d.event])
    }

    static func paragraphs(_ lines: [String]) -> String {
        var out: [String] = []
        var current: [String] = []
        for l in lines {
            if l.isEmpty {
                if !current.isEmpty { out.append(current.joined(separator: "\n")) }
                current = []
            } else {
                current.append(MarkdownInline.text(Substring(l)).text)
            }
        }
        if !current.isEmpty { out.append(current.joined(separator: "\n")) }
        return out.joined(separator: "\n\n")
    }
}
