/// `--format timesketch-jsonl`: one JSON object a line, as Timesketch imports
/// (attributes in `TimesketchFields`). Honours the view's zone and filter.
struct TimesketchJSONLinesWriter {
    let view: ExportView

    func parts() -> [[UInt8]] {
        let fields = TimesketchFields(formatter: view.formatter, timeline: view.timeline)
        let events = view.timeline.events
        return view.pieces { indices, _ in
            var out: [UInt8] = []
            out.reserveCapacity(indices.count * 900)
            for i in indices {
                var first = true
                out.append(0x7B)
                for (name, value) in fields.fields(events[i]) {
                    switch value {
                    case .string(let s): JSONText.appendField(name, s, first: &first, to: &out)
                    case .bool(let b): JSONText.appendRawField(name, b ? "true" : "false", first: &first, to: &out)
                    case .integer(let n): JSONText.appendRawField(name, String(n), first: &first, to: &out)
                    case .json(let j): JSONText.appendRawField(name, j, first: &first, to: &out)
                    }
                }
                out.append(contentsOf: [0x7D, 0x0A])
            }
            return out
        }
    }
}

/// `--format timesketch-csv`: the same attributes as a CSV file with a header row, as
/// Timesketch imports (RFC 4180). Cells hold the file's text as it is (lossless, for
/// Timesketch and our reader): to open a timeline in a spreadsheet, use `--format csv`.
struct TimesketchCSVWriter {
    let view: ExportView

    func parts() -> [[UInt8]] {
        let fields = TimesketchFields(formatter: view.formatter, timeline: view.timeline)
        let columns = TimesketchFields.csvColumns
        var header = Array(columns.joined(separator: ",").utf8)
        header.append(contentsOf: [0x0D, 0x0A])
        let events = view.timeline.events
        let bodies = view.pieces { indices, _ in
            var out: [UInt8] = []
            out.reserveCapacity(indices.count * 900)
            for i in indices {
                var values = fields.fields(events[i])[...]
                for (n, column) in columns.enumerated() {
                    if n > 0 { out.append(0x2C) }
                    guard let (name, value) = values.first, name == column else { continue }
                    values = values.dropFirst()
                    switch value {
                    case .string(let s): Self.appendQuoted(s, to: &out)
                    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
                    case .integer(let v): out.append(contentsOf: String(v).utf8)
                    case .json(let j): Self.appendQuoted(j, to: &out)
                    }
                }
                out.append(contentsOf: [0x0D, 0x0A])
            }
            return out
        }
        return [header] + bodies
    }

    /// A cell as RFC 4180 has it, quoted when it holds a comma, a quote or a line break.
    static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        guard s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            out.append(contentsOf: s.utf8)
            return
        }
        out.append(0x22)
        for c in s.utf8 {
            if c == 0x22 { out.append(0x22) }
            out.append(c)
        }
        out.append(0x22)
    }
}

extension ExportFormat {
    public static let timesketchJSONL = ExportFormat(
        name: "timesketch-jsonl", extensions: [], summary: "JSON Lines to import into Timesketch",
        write: { TimesketchJSONLinesWriter(view: $0).parts() }
    )
    public static let timesketchCSV = ExportFormat(
        name: "timesketch-csv", extensions: [], summary: "CSV to import into Timesketch",
        write: { TimesketchCSVWriter(view: $0).parts() }
    )
}
