/// `--format csv`: RFC 4180, a header row, one event a row, for spreadsheets:
/// `id, time, end, precision, approximate, actor, kind, title, text, tags, sources,
/// source file`, and `t_plus` last with relative times (last, so that the other columns
/// keep their places with or without it). Lines end with CRLF.
///
/// `time` and `end` are RFC 3339 in the display zone with its offset, seconds always
/// (RFC 3339 requires them; `precision` says which digits are known), fraction digits
/// only as the file wrote them; a day-only time is the date alone, never a made-up
/// midnight. Tags are separated by `; `, sources are one a line (`name <url>`).
///
/// A merge with dates in another zone than its home zone's (a later file's day in UTC
/// among Los Angeles notes: `Event.dateZone`) gets a `date zone` column after `source
/// file`: each date's zone (`UTC`, `America/Los_Angeles`), which the date alone does not
/// carry, so that read back it is the same day; empty for a time of day, whose offset is
/// written.
/// Every cell is made safe by `CSVCell` (no formula runs when the file is opened).
struct CSVWriter {
    let view: ExportView

    static let columns = ["id", "time", "end", "precision", "approximate", "actor", "kind", "title", "text", "tags", "sources", "source file"]

    func parts() -> [[UInt8]] {
        let dateZones = Self.hasDatesElsewhere(view)
        let names = Self.columns + (dateZones ? ["date zone"] : []) + (view.relative ? ["t_plus"] : [])
        var header = Array(names.joined(separator: ",").utf8)
        header.append(contentsOf: [0x0D, 0x0A])
        let origin = view.origin
        let relative = origin != nil
        let utc = view.formatter.zone == .utc
        // The same for every event of one file: made once.
        var sourceCell: [UInt8] = []
        CSVCell.append(view.sourceName, to: &sourceCell)
        return view.pieceParts(before: header) { indices, _, out in
            var scratch = ScratchBytes()
            defer { scratch.deallocate() }
            var day = ExportTimes.DayMemo()
            view.forEachValues(indices) { i, values in
                appendRow(
                    values, relative: relative ? view.relativeTime(at: i, id: values.id, origin: origin) : nil, sourceCell: sourceCell,
                    dateZones: dateZones, to: &out, scratch: &scratch, day: &day, utc: utc
                )
            }
        }
    }

    /// Whether some event exported is a date of another zone than the home zone's (only a
    /// merge whose files' days differ has any: the others are not looked at).
    static func hasDatesElsewhere(_ view: ExportView) -> Bool {
        guard !view.timeline.dateZones.isEmpty else { return false }
        let events = view.timeline.events
        // A listing need not hold the zone: only a date's whole event is asked for it.
        return view.indices.contains { TimeFormatter.isDayOnly(events.listed(at: $0)) && events[$0].dateZone != nil }
    }

    /// One row. `sourceCell` is the `source file` cell of an event read from one file;
    /// `scratch` holds a cell made of several values (tags, sources).
    private func appendRow(
        _ event: EventValues, relative: String?, sourceCell: [UInt8], dateZones: Bool, to out: inout ExportBytes,
        scratch: inout ScratchBytes, day: inout ExportTimes.DayMemo, utc: Bool
    ) {
        let formatter = view.formatter
        func cell(_ value: TextValue?, newlines: Bool = false) {
            if let value { CSVCell.append(value, keepingNewlines: newlines, to: &out) }
            out.append(0x2C)
        }
        cell(event.id)
        // Times are digits, `-`, `:`, `.`, `T`, `+`, `Z`: nothing to neutralise or quote
        // (but a year before 0 starts with `-`: defused).
        func timeCell(_ time: EventTime?) {
            scratch.removeAll()
            if let time {
                ExportTimes.appendRFC3339(time, precision: event.precision, formatter: formatter, utc: utc, day: &day, to: &scratch)
            }
            CSVCell.appendSafe(scratch.bytes, quoting: .none, to: &out)
            out.append(0x2C)
        }
        timeCell(event.time)
        timeCell(event.end)
        out.append(utf8: event.precision.rawValue)
        out.append(0x2C)
        out.append(event.approximate ? "true" : "false")
        out.append(0x2C)
        // The first pass found the actor and title plain (most of them): only commas to look for.
        func measuredCell(_ value: TextValue?, knownPlain: Bool) {
            guard knownPlain, let b = value?.fileBytes else { return cell(value) }
            CSVCell.appendSafe(b, quoting: CSVCell.checkedStringQuoting(b), to: &out)
            out.append(0x2C)
        }
        measuredCell(event.actor, knownPlain: event.actorKnownPlain)
        cell(event.kind)
        measuredCell(event.title, knownPlain: event.titleKnownPlain)
        cell(event.text, newlines: true)
        appendJoined(count: event.tags.count, { (event.tags[$0], nil) }, separator: "; ", newlines: false, to: &out, scratch: &scratch)
        appendJoined(count: event.sources.count, { event.sources[$0] }, separator: "\n", newlines: true, to: &out, scratch: &scratch)
        // A merged timeline names each event's files by label.
        if event.origins.isEmpty {
            sourceCell.withUnsafeBufferPointer { out.append(contentsOf: $0) }
        } else {
            CSVCell.append(event.origins.joined(separator: "; "), to: &out)
        }
        if dateZones {
            out.append(0x2C)
            if event.time.instant == nil || event.precision >= .day {
                CSVCell.append(formatter.dateZone(named: event.dateZone).identifier, to: &out)
            }
        }
        if let relative {
            out.append(0x2C)
            CSVCell.append(relative, to: &out)
        }
        out.append(0x0D)
        out.append(0x0A)
    }

    /// A cell of several values, `separator` between them, each `name` or `name <url>`,
    /// and a comma after it: the file's bytes joined when all are plain, else the same
    /// text made and neutralised as one string. `value(k)` is the k-th of `count`.
    @inline(__always)
    private func appendJoined(
        count: Int, _ value: (Int) -> (name: TextValue, url: TextValue?), separator: StaticString, newlines: Bool,
        to out: inout ExportBytes, scratch: inout ScratchBytes
    ) {
        defer { out.append(0x2C) }
        guard count > 0 else { return }
        scratch.removeAll()
        // The separator's line feed is a reason to quote once there are two values.
        var quoting: CSVCell.Quoting = count > 1 && newlines ? .quoted : .none
        for n in 0..<count {
            let v = value(n)
            guard let (name, nameQuote) = Self.plainQuoting(v.name) else {
                return appendJoinedText(count: count, value, separator: separator, newlines: newlines, to: &out)
            }
            quoting = max(quoting, nameQuote)
            if n > 0 { scratch.append(separator) }
            scratch.append(contentsOf: name)
            if let url = v.url {
                guard let (link, linkQuote) = Self.plainQuoting(url) else {
                    return appendJoinedText(count: count, value, separator: separator, newlines: newlines, to: &out)
                }
                quoting = max(quoting, linkQuote)
                scratch.append(0x20)
                scratch.append(0x3C)
                scratch.append(contentsOf: link)
                scratch.append(0x3E)
            }
        }
        CSVCell.appendSafe(scratch.bytes, quoting: quoting, to: &out)
    }

    /// The file's bytes of `value` and how a cell of them is quoted, when they are plain.
    @inline(__always)
    private static func plainQuoting(_ value: TextValue) -> (UnsafeBufferPointer<UInt8>, CSVCell.Quoting)? {
        switch value {
        case .simple(let b): return (b, CSVCell.checkedStringQuoting(b))
        case .bytes(let b): return CSVCell.plainQuoting(b).map { (b, $0) }
        case .text: return nil
        }
    }

    private func appendJoinedText(
        count: Int, _ value: (Int) -> (name: TextValue, url: TextValue?), separator: StaticString, newlines: Bool,
        to out: inout ExportBytes
    ) {
        let text = (0..<count).map { k in
            let v = value(k)
            return v.url.map { v.name.string + " <" + $0.string + ">" } ?? v.name.string
        }.joined(separator: separator.description)
        CSVCell.append(text, keepingNewlines: newlines, to: &out)
    }
}

extension ExportFormat {
    public static let csv = ExportFormat(
        name: "csv", extensions: ["csv"], summary: "RFC 4180, one event a row, safe in spreadsheets",
        write: { CSVWriter(view: $0).parts() }
    )
}
