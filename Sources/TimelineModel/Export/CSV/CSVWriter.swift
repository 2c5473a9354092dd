/// `--format csv`: RFC 4180, a header row, one event a row, for spreadsheets:
/// `id, time, end, precision, approximate, actor, kind, title, text, tags, sources,
/// source_file`, and `t_plus` last with relative times (last, so that the other columns
/// keep their places with or without it). Lines end with CRLF.
///
/// `time` and `end` are RFC 3339 in the display zone with its offset, seconds always
/// (RFC 3339 requires them; `precision` says which digits are known), fraction digits
/// only as the file wrote them; a day-only time is the date alone, never a made-up
/// midnight. Tags are separated by `; `, sources are one a line (`name <url>`).
/// Every cell is made safe by `CSVCell` (no formula runs when the file is opened).
struct CSVWriter {
    let view: ExportView

    static let columns = ["id", "time", "end", "precision", "approximate", "actor", "kind", "title", "text", "tags", "sources", "source_file"]

    func parts() -> [[UInt8]] {
        let names = Self.columns + (view.relative ? ["t_plus"] : [])
        var header = Array(names.joined(separator: ",").utf8)
        header.append(contentsOf: [0x0D, 0x0A])
        let origin = view.origin
        let events = view.timeline.events
        let bodies = view.pieces { indices, _ in
            var out: [UInt8] = []
            out.reserveCapacity(indices.count * 600)
            for i in indices { appendRow(events[i], origin: origin, to: &out) }
            return out
        }
        return [header] + bodies
    }

    private func appendRow(_ event: Event, origin: Event?, to out: inout [UInt8]) {
        let formatter = view.formatter
        func cell(_ value: String, newlines: Bool = false) {
            CSVCell.append(value, keepingNewlines: newlines, to: &out)
            out.append(0x2C)
        }
        cell(event.id)
        cell(ExportTimes.rfc3339(event.time, precision: event.precision, formatter: formatter))
        cell(event.end.map { ExportTimes.rfc3339($0, precision: event.precision, formatter: formatter) } ?? "")
        cell(event.precision.rawValue)
        cell(event.approximate ? "true" : "false")
        cell(event.actor ?? "")
        cell(event.kind ?? "")
        cell(event.title)
        cell(event.text ?? "", newlines: true)
        cell(event.tags.joined(separator: "; "))
        cell(event.sources.map { s in s.url.map { s.name + " <" + $0 + ">" } ?? s.name }.joined(separator: "\n"), newlines: true)
        // A merged timeline names each event's files by label.
        CSVCell.append(event.origins.isEmpty ? view.sourceName : event.origins.joined(separator: "; "), to: &out)
        if let relative = view.relativeTime(event, origin: origin) {
            out.append(0x2C)
            CSVCell.append(relative, to: &out)
        }
        out.append(contentsOf: [0x0D, 0x0A])
    }
}

extension ExportFormat {
    public static let csv = ExportFormat(
        name: "csv", extensions: ["csv"], summary: "RFC 4180, one event a row, safe in spreadsheets",
        write: { CSVWriter(view: $0).parts() }
    )
}
