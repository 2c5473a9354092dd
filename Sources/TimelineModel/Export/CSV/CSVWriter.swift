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
        let bodies = view.pieces { indices, _ in
            var out: [UInt8] = []
            out.reserveCapacity(indices.count * 600)
            var scratch: [UInt8] = []
            view.forEachValues(indices) { i, values in
                appendRow(values, relative: view.relativeTime(at: i, id: values.id, origin: origin), to: &out, scratch: &scratch)
            }
            return out
        }
        return [header] + bodies
    }

    /// One row. `scratch` holds a cell made of several values (tags, sources).
    private func appendRow(_ event: EventValues, relative: String?, to out: inout [UInt8], scratch: inout [UInt8]) {
        let formatter = view.formatter
        func cell(_ value: TextValue?, newlines: Bool = false) {
            if let value { CSVCell.append(value, keepingNewlines: newlines, to: &out) }
            out.append(0x2C)
        }
        cell(event.id)
        // Times are ASCII: nothing to neutralise.
        func timeCell(_ time: EventTime?) {
            scratch.removeAll(keepingCapacity: true)
            if let time { ExportTimes.appendRFC3339(time, precision: event.precision, formatter: formatter, to: &scratch) }
            scratch.withUnsafeBufferPointer { CSVCell.appendSafe($0, to: &out) }
            out.append(0x2C)
        }
        timeCell(event.time)
        timeCell(event.end)
        out.append(contentsOf: event.precision.rawValue.utf8)
        out.append(0x2C)
        out.append(contentsOf: (event.approximate ? "true" : "false").utf8)
        out.append(0x2C)
        cell(event.actor)
        cell(event.kind)
        cell(event.title)
        cell(event.text, newlines: true)
        appendJoined(event.tags.map { ($0, nil) }, separator: Array("; ".utf8), newlines: false, to: &out, scratch: &scratch)
        appendJoined(event.sources, separator: [0x0A], newlines: true, to: &out, scratch: &scratch)
        // A merged timeline names each event's files by label.
        CSVCell.append(event.origins.isEmpty ? view.sourceName : event.origins.joined(separator: "; "), to: &out)
        if let relative {
            out.append(0x2C)
            CSVCell.append(relative, to: &out)
        }
        out.append(contentsOf: [0x0D, 0x0A])
    }

    /// A cell of several values, `separator` between them, each `name` or `name <url>`,
    /// and a comma after it: the file's bytes joined when all are plain, else the same
    /// text made and neutralised as one string.
    private func appendJoined(
        _ values: [(name: TextValue, url: TextValue?)], separator: [UInt8], newlines: Bool,
        to out: inout [UInt8], scratch: inout [UInt8]
    ) {
        defer { out.append(0x2C) }
        guard !values.isEmpty else { return }
        scratch.removeAll(keepingCapacity: true)
        for (n, v) in values.enumerated() {
            guard let name = v.name.plainBytes else { return appendJoinedText(values, separator: separator, newlines: newlines, to: &out) }
            if n > 0 { scratch.append(contentsOf: separator) }
            scratch.append(contentsOf: name)
            if let url = v.url {
                guard let link = url.plainBytes else { return appendJoinedText(values, separator: separator, newlines: newlines, to: &out) }
                scratch.append(contentsOf: [0x20, 0x3C])
                scratch.append(contentsOf: link)
                scratch.append(0x3E)
            }
        }
        scratch.withUnsafeBufferPointer { CSVCell.appendSafe($0, to: &out) }
    }

    private func appendJoinedText(_ values: [(name: TextValue, url: TextValue?)], separator: [UInt8], newlines: Bool, to out: inout [UInt8]) {
        let text = values.map { v in v.url.map { v.name.string + " <" + $0.string + ">" } ?? v.name.string }
            .joined(separator: String(decoding: separator, as: UTF8.self))
        CSVCell.append(text, keepingNewlines: newlines, to: &out)
    }
}

extension ExportFormat {
    public static let csv = ExportFormat(
        name: "csv", extensions: ["csv"], summary: "RFC 4180, one event a row, safe in spreadsheets",
        write: { CSVWriter(view: $0).parts() }
    )
}
