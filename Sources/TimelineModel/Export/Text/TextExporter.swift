/// The timeline as plain text, for `timeline-tui export` and the viewer's export of what it
/// shows. One line per event under a heading for each day in the display zone:
///
/// ```
/// Thursday 2 November 2017
///   18:35:43.905   @realDonaldTrump — Last tweet before the outage: …
///   · ~12 min later ·
///   ~18:48–~18:59 (11 min)
///                  Twitter customer-support worker — The account is deactivated …
/// ```
///
/// A time wider than its column (a span, a day-only event shown in another zone) puts the
/// text on the next line when wrapping; with no width limit every event is one line.
///
/// Every string from the file goes through `SafeText.neutralise`, so the output is safe to
/// print on a terminal. Built in one byte buffer; no Foundation formatting per event.
public struct TextExporter: Sendable {
    /// What to include and how wide to make the lines.
    public struct Options: Sendable, Hashable {
        /// Add each event's text, quote, sources, tags and extra fields beneath it.
        public var details: Bool
        /// Wrap lines to this many columns; nil for no wrapping.
        public var width: Int?
        /// Add a T+ column counting from this event (the viewer's `r`), by the formatter's rule.
        public var relativeTo: Event?
        /// The position of the marked event, shown with `*` as on screen.
        public var mark: Int?
        /// The filter applied, as the user wrote it (`actor:twittergov`), for the header.
        public var filter: String?
        /// What T+0 is, for the header (`ExportView.originDescription`).
        public var origin: String?

        public init(details: Bool = false, width: Int? = 80, relativeTo: Event? = nil, mark: Int? = nil,
                    filter: String? = nil, origin: String? = nil) {
            self.details = details
            self.width = width
            self.relativeTo = relativeTo
            self.mark = mark
            self.filter = filter
            self.origin = origin
        }
    }

    public let timeline: Timeline
    public let formatter: TimeFormatter
    public let options: Options

    /// Columns: 2 of indent, the time (13, wider ones push the text), 2 of space, the T+
    /// time with `--relative` (13 and 2 of space), the text.
    static let indent = 2
    static let timeColumn = 13
    static let relativeColumn = 13
    /// Where an event's text starts, and its wrapped lines.
    let textColumn: Int
    /// Whether lines have a T+ column (`options.relativeTo`): asked once a line without
    /// copying the origin event.
    private let hasRelativeColumn: Bool

    /// An exporter of `timeline` shown in `zone` (the timeline's own zone when nil).
    public init(timeline: Timeline, zone: Zone? = nil, options: Options = Options()) {
        self.timeline = timeline
        self.formatter = TimeFormatter(timeline: timeline, zone: zone)
        self.options = options
        self.textColumn = Self.indent + Self.timeColumn + 2 + (options.relativeTo == nil ? 0 : Self.relativeColumn + 2)
        self.hasRelativeColumn = options.relativeTo != nil
    }

    /// An exporter of what `view` shows, as text.
    public init(view: ExportView) {
        let options = Options(
            details: view.details, width: view.width, relativeTo: view.originEvent, mark: view.mark,
            filter: view.filter, origin: view.originDescription
        )
        self.init(timeline: view.timeline, zone: view.formatter.zone, options: options)
    }

    /// The whole timeline as UTF-8 text.
    public func export() -> [UInt8] {
        export(indices: timeline.events.indices)
    }

    /// The events at `indices` (ascending positions in `timeline.events`), as UTF-8 text.
    public func export<I: Collection<Int>>(indices: I) -> [UInt8] {
        export(indices: Array(indices))
    }

    /// The events at `indices` (ascending positions in `timeline.events`), as UTF-8 text.
    public func export(indices: [Int]) -> [UInt8] {
        let parts = exportParts(indices: indices)
        var out: [UInt8] = []
        out.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts { out.append(contentsOf: part) }
        return out
    }

    /// The text of `export(indices:)` in pieces that make it whole when written one after
    /// another: the header, then the body. A big body is made in several pieces at once,
    /// a few a core (see `ExportPieces`), and never copied into one buffer.
    ///
    /// Positions come as an array (not any collection) so that the loops over them are
    /// compiled for it: generic code called from another module runs unspecialised (see
    /// docs/MEASURING.md).
    public func exportParts(indices: [Int]) -> [[UInt8]] {
        exportParts(indices: indices, pieces: ExportPieces(indices))
    }

    /// `exportParts(indices:)` for every event.
    public func exportParts() -> [[UInt8]] {
        exportParts(indices: Array(timeline.events.indices))
    }

    /// `exportParts(indices:)` with the body cut into the given pieces.
    func exportParts(indices: [Int], pieces: ExportPieces) -> [[UInt8]] {
        let bodies = pieces.map { piece in
            exportBody(indices: piece.indices, after: piece.previous)
        }
        // The header needs the first and last events; the body pieces found them in passing,
        // so the events (decoded lazily from big files) are read once.
        var first: Int? = nil
        var last: Int? = nil
        var lastInstant = Instant(seconds: Int64.min)
        for body in bodies {
            if first == nil { first = body.first }
            if let l = body.last, body.lastInstant >= lastInstant {
                last = l
                lastInstant = body.lastInstant
            }
        }
        var header: [UInt8] = []
        appendHeader(
            count: indices.count, first: first.map(timeline.events.listed), last: last.map(timeline.events.listed),
            lastInstant: lastInstant, to: &header
        )
        return [header] + bodies.map(\.bytes)
    }

    /// Part of the body, and what the header needs from it.
    struct Body: Sendable {
        var bytes: [UInt8] = []
        /// The positions of the first event and of the last to end (the later one on a tie):
        /// positions rather than events, to copy no event per row.
        var first: Int? = nil
        var last: Int? = nil
        var lastInstant = Instant(seconds: Int64.min)
        /// What `EventStore.touchListed` read, kept only so that its reads are made.
        var touched: UInt8 = 0

        /// Notes `event`, at `position`, as listed in this part (for the header).
        mutating func note(_ event: borrowing Event, at position: Int) {
            if first == nil { first = position }
            let end = event.end?.instant ?? event.sortInstant
            if end >= lastInstant {
                lastInstant = end
                last = position
            }
        }
    }

    /// The bytes of a row between events: a day's heading or a gap.
    private func appendBreak(_ row: TimelineRow, to out: inout [UInt8]) {
        switch row {
        case .heading(let day):
            out.append(0x0A)
            out.append(contentsOf: DayHeading.text(day).utf8)
            out.append(0x0A)
        case .gap(let gap):
            appendSpaces(Self.indent, to: &out)
            out.append(contentsOf: gap.line.utf8)
            out.append(0x0A)
        case .event:
            break
        }
    }

    /// How many events' listings are brought near at a time (see `EventStore.touchListed`):
    /// few enough that what they read stays in the processor's cache until it is used.
    static let touchedAtOnce = 256

    /// The rows of the events at `indices`, continuing after the event at `previous`.
    func exportBody(indices: ArraySlice<Int>, after previous: Int?) -> Body {
        // One loop made for each way of reading the lines: a merge's costs one file's nothing.
        if let merged = timeline.events.store as? MergedEventStore {
            var lines = MergedLines(merged)
            return exportBody(indices: indices, after: previous, lines: &lines)
        }
        var lines = StoreLines(store: timeline.events.store)
        return exportBody(indices: indices, after: previous, lines: &lines)
    }

    /// `exportBody(indices:after:)` with each event's line and tag read from `lines`.
    private func exportBody<Lines: ExportedLines>(indices: ArraySlice<Int>, after previous: Int?, lines: inout Lines) -> Body {
        var body = Body()
        body.bytes.reserveCapacity(4096 + indices.count * (options.details ? 600 : 110))
        let events = timeline.events
        // The rows around events follow `RowBreaks`, as everywhere; it reads only times.
        var breaks = RowBreaks(formatter: formatter, after: previous.map(events.listed))
        var rows: [TimelineRow] = []
        var scratch: [UInt8] = []
        var laidOut = ScratchBytes(capacity: 1024)
        defer { laidOut.deallocate() }
        var line: [UInt8] = []
        var values = EventValues()
        // A merge's happenings found in several files: how each wrote it, in the details.
        let merged = options.details ? events.store as? MergedEventStore : nil
        for (k, i) in zip(indices.indices, indices) {
            if (k - indices.startIndex) % Self.touchedAtOnce == 0 {
                let batch = indices[k..<min(k + Self.touchedAtOnce, indices.endIndex)]
                body.touched ^= events.store.touchListed(batch)
                if options.details { body.touched ^= events.store.touchObjects(batch) }
            }
            rows.removeAll(keepingCapacity: true)
            // Text that needs no decoding is copied from the file as it is (see
            // `VerbatimLineText`). The event's line is made first, while the event is at
            // hand; `RowBreaks` then takes the event for what comes before the line.
            let listed = lines.line(at: i)
            line.removeAll(keepingCapacity: true)
            body.note(listed.event, at: i)
            if let verbatim = listed.text {
                let tag = lines.tag(of: listed.event)
                if tag.width != nil {
                    appendVerbatimEvent(listed.event, at: i, verbatim, tag: tag, to: &line, scratch: &scratch,
                                        laidOut: &laidOut)
                } else {
                    // A file's label that is not plain text: the line the long way.
                    appendEvent(events.listed(at: i), at: i, to: &line)
                }
            } else if Lines.leavesOutOrigins {
                // The event with its origins, for its tag made the long way.
                appendEvent(events.listed(at: i), at: i, to: &line)
            } else {
                appendEvent(listed.event, at: i, to: &line)
            }
            if options.details {
                // The details from the event's values, the file's bytes where they need
                // no decoding (see `appendDetails`).
                events.store.values(at: i, into: &values)
                appendDetails(values, to: &line, scratch: &scratch)
                if let merged { appendCopies(merged.copies(at: i), of: i, to: &line) }
            }
            breaks.addListed(listed.event, at: i, to: &rows)
            for row in rows {
                if case .event = row {
                    body.bytes.append(contentsOf: line)
                } else {
                    appendBreak(row, to: &body.bytes)
                }
            }
        }
        return body
    }

    /// The same as `export(indices:)`, as a string.
    public func text<I: Collection<Int>>(indices: I) -> String {
        String(decoding: export(indices: indices), as: UTF8.self)
    }

    /// The whole timeline as a string.
    public func text() -> String {
        text(indices: timeline.events.indices)
    }

    // MARK: Header

    private func appendHeader(count: Int, first: Event?, last: Event?, lastInstant: Instant, to out: inout [UInt8]) {
        let title = SafeText.neutralise(timeline.title)
        appendWrapped(title, column: 0, indent: 0, to: &out)
        let rule = min(DisplayWidth.of(title), options.width ?? Int.max)
        out.append(contentsOf: repeatElement(UInt8(ascii: "="), count: max(rule, 1)))
        out.append(0x0A)
        let label = 12
        let total = timeline.events.count
        // A file in another format says which reader read it (ours needs no line).
        if let format = timeline.readAs {
            appendLabelled("Read as:", format + (timeline.zoneNote.map { "; " + $0 } ?? ""), label, &out)
        }
        if let first, let last {
            appendLabelled("Time zone:", formatter.zoneDescription(from: first.sortInstant, to: lastInstant), label, &out)
            appendLabelled("Events:", count == total ? "\(total)" : "\(count) of \(total)", label, &out)
            let from = formatter.dateAndTime(of: first.time, precision: max(first.precision, .minute), approximate: first.approximate)
            let lastTime = last.end ?? last.time
            let to = formatter.dateAndTime(of: lastTime, precision: max(last.precision, .minute), approximate: last.approximate)
            appendLabelled("Covering:", from == to ? from : from + " – " + to, label, &out)
        } else {
            appendLabelled("Time zone:", formatter.zoneDescription(withoutShownEventsOf: timeline.events), label, &out)
            appendLabelled("Events:", total == 0 ? "none" : "none of \(total)", label, &out)
        }
        if let filter = options.filter {
            appendLabelled("Filter:", SafeText.neutralise(filter), label, &out)
        }
        if let origin = options.origin {
            appendLabelled("Relative:", SafeText.neutralise(origin), label, &out)
        }
        if options.details, let summary = timeline.summary {
            for paragraph in SafeText.neutralise(summary, keepingNewlines: true).split(separator: "\n", omittingEmptySubsequences: false) {
                out.append(0x0A)
                appendWrapped(String(paragraph), column: 0, indent: 0, to: &out)
            }
        }
        // The timeline's own extra fields (`severity`, `status`…), as an event's are shown.
        if options.details, !timeline.extraFields.isEmpty {
            out.append(0x0A)
            for field in timeline.extraFields {
                appendWrapped(SafeText.neutralise(field.name) + ": " + SafeText.neutralise(field.json), column: 0, indent: 2, to: &out)
            }
        }
    }

    private func appendLabelled(_ label: String, _ value: String, _ width: Int, _ out: inout [UInt8]) {
        out.append(contentsOf: label.utf8)
        appendSpaces(width - label.utf8.count, to: &out)
        appendWrapped(value, column: width, indent: width, to: &out)
    }

    // MARK: Events

    /// The indent (`*` on the mark, as on screen), `event`'s time, its T+ time with
    /// relative times, and the space after them; returns the column the text starts at.
    func appendTimeColumn(_ event: Event, at position: Int, to out: inout [UInt8]) -> Int {
        if position == options.mark {
            out.append(0x2A)
            appendSpaces(Self.indent - 1, to: &out)
        } else {
            appendSpaces(Self.indent, to: &out)
        }
        let timeStart = out.count
        formatter.appendTimeAndSpan(of: event, to: &out)
        // Every character of a time is one column wide: count the UTF-8 lead bytes.
        let timeWidth = out.withUnsafeBufferPointer { b in
            var width = 0
            for i in timeStart..<b.count where b[i] & 0xC0 != 0x80 { width &+= 1 }
            return width
        }
        var column = Self.indent + max(timeWidth, Self.timeColumn) + 2
        if hasRelativeColumn, let origin = options.relativeTo {
            appendSpaces(max(0, Self.timeColumn - timeWidth) + 2, to: &out)
            // A listed event has no id: the origin is known by its place (the mark, else the
            // first event), so that it reads `T+0` as on screen, never `~T+0`.
            var counted = event
            if position == (options.mark ?? 0) { counted.id = origin.id }
            let relative = formatter.relative(counted, to: origin)
            out.append(contentsOf: relative.utf8)
            let width = relative.unicodeScalars.count
            column += max(width, Self.relativeColumn) + 2
            if column > textColumn && options.width != nil {
                out.append(0x0A)
                appendSpaces(textColumn, to: &out)
                return textColumn
            }
            appendSpaces(max(0, Self.relativeColumn - width) + 2, to: &out)
            return column
        }
        if timeWidth > Self.timeColumn && options.width != nil {
            // A long time (a span, a day in another zone) gets its own line when wrapping.
            out.append(0x0A)
            appendSpaces(textColumn, to: &out)
            return textColumn
        }
        appendSpaces(max(0, Self.timeColumn - timeWidth) + 2, to: &out)
        return column
    }

    private func appendEvent(_ event: Event, at position: Int, to out: inout [UInt8]) {
        let column = appendTimeColumn(event, at: position, to: &out)
        var title = SafeText.neutralise(event.title)
        var actor = event.actor.flatMap { $0.isEmpty ? nil : SafeText.neutralise($0) }
        if !event.origins.isEmpty {
            // A merged timeline: the files it was read from, first on the line (`[edge]`).
            let tag = "[" + event.origins.map { SafeText.neutralise($0) }.joined(separator: ", ") + "] "
            if let a = actor { actor = tag + a } else { title = tag + title }
        }
        if fitsOnOneLine(actor: actor, title: title, column: column) {
            // What `appendWrapped` would write, without building the joined string.
            if let actor {
                Self.appendUTF8(actor, to: &out)
                Self.appendSeparator(to: &out)
            }
            Self.appendUTF8(title, to: &out)
            out.append(0x0A)
        } else if !appendWrappedSimple(actor: actor, title: title, column: column, to: &out) {
            let body = actor.map { $0 + " — " + title } ?? title
            appendWrapped(body, column: column, indent: textColumn, to: &out)
        }
    }

    /// ` — ` between an event's actor and its title.
    static let actorSeparator: [UInt8] = Array(" — ".utf8)

    /// Appends ` — ` (from static memory: appending a shared array retains and releases it).
    @inline(__always)
    static func appendSeparator(to out: inout [UInt8]) {
        let s: StaticString = " — "
        out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// Whether `actor — title` (or `title`) from `column` is a single line as `LineWrapping`
    /// would cut it: always without a width; with one, when both are plain one-column text
    /// (then the width is the scalar count, the same joined or apart) and fit.
    func fitsOnOneLine(actor: String?, title: String, column: Int) -> Bool {
        guard let width = options.width else { return true }
        guard let titleWidth = DisplayWidth.ofSimple(title) else { return false }
        var total = titleWidth
        if let actor {
            guard let actorWidth = DisplayWidth.ofSimple(actor) else { return false }
            total += actorWidth + 3
        }
        return total <= max(1, width - column)
    }

    /// What `appendWrapped` writes for `actor — title` (or `title`) from `column`, when
    /// both are plain one-column text (`DisplayWidth.ofSimple`): wrapped byte by byte
    /// (`LineWrapping.appendSimpleLines`). False, having written nothing, otherwise.
    private func appendWrappedSimple(actor: String?, title: String, column: Int, to out: inout [UInt8]) -> Bool {
        guard let width = options.width, DisplayWidth.ofSimple(title) != nil else { return false }
        if let actor, DisplayWidth.ofSimple(actor) == nil { return false }
        var body: [UInt8] = []
        body.reserveCapacity(title.utf8.count + (actor?.utf8.count ?? 0) + 5)
        if let actor {
            Self.appendUTF8(actor, to: &body)
            Self.appendSeparator(to: &body)
        }
        Self.appendUTF8(title, to: &body)
        body.withUnsafeBufferPointer {
            LineWrapping.appendSimpleLines(
                $0, first: max(1, width - column), rest: max(1, width - textColumn), indent: textColumn, to: &out
            )
        }
        return true
    }

    /// Appends the UTF-8 of `text` in one copy.
    @inline(__always)
    private static func appendUTF8<S: StringProtocol>(_ text: S, to out: inout [UInt8]) {
        let copied: Void? = text.utf8.withContiguousStorageIfAvailable { out.append(contentsOf: $0) }
        if copied == nil { out.append(contentsOf: text.utf8) }
    }

    /// A whole line at `indent`, wrapped; an empty string gives an empty line.
    func appendLine(_ text: String, _ indent: Int, _ out: inout [UInt8]) {
        if text.isEmpty {
            out.append(0x0A)
            return
        }
        appendSpaces(indent, to: &out)
        appendWrapped(text, column: indent, indent: indent, to: &out)
    }

    /// `text` from the current `column`, continuation lines at `indent`, then a newline.
    func appendWrapped(_ text: String, column: Int, indent: Int, to out: inout [UInt8]) {
        let rest = options.width.map { max(1, $0 - indent) }
        let first = options.width.map { max(1, $0 - column) } ?? Int.max
        let lines = LineWrapping.lines(text, first: first, rest: rest)
        for (n, line) in lines.enumerated() {
            if n > 0 { appendSpaces(indent, to: &out) }
            Self.appendUTF8(line, to: &out)
            out.append(0x0A)
        }
    }

    /// 64 spaces in static memory (a shared array would be retained and released by each append).
    private static let spaces: StaticString = "                                                                "

    func appendSpaces(_ n: Int, to out: inout [UInt8]) {
        var left = n
        let spaces = Self.spaces
        while left > 0 {
            let k = min(left, spaces.utf8CodeUnitCount)
            out.append(contentsOf: UnsafeBufferPointer(start: spaces.utf8Start, count: k))
            left -= k
        }
    }
}
