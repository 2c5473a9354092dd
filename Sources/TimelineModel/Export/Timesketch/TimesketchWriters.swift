/// `--format timesketch-jsonl`: one JSON object a line, as Timesketch imports
/// (attributes in `TimesketchFields`). Honours the view's zone and filter.
struct TimesketchJSONLinesWriter {
    let view: ExportView

    func parts() -> [[UInt8]] {
        let fields = TimesketchFields(formatter: view.formatter, timeline: view.timeline)
        return view.pieceParts { indices, previous, out in
            // The keys by pointer: an array in the line would be retained and released at
            // every attribute.
            TimesketchFields.keyBytes.withUnsafeBufferPointer { keys in
                TimesketchFields.keyStarts.withUnsafeBufferPointer { keyStarts in
                    var line = Line(out: out, keys: keys, keyStarts: keyStarts)
                    var scratch = ScratchBytes()
                    defer { scratch.deallocate() }
                    var firstRecord = previous == nil
                    var days = TimesketchFields.Days()
                    view.forEachValues(indices) { _, values in
                        line.first = true
                        line.out.append(0x7B)
                        fields.write(values, first: firstRecord, to: &line, scratch: &scratch, days: &days)
                        firstRecord = false
                        line.out.append(0x7D)
                        line.out.append(0x0A)
                    }
                    out = line.out
                }
            }
        }
    }

    /// One object a line: `"name":value` pairs.
    struct Line: TimesketchSink {
        var out: ExportBytes
        /// `TimesketchFields.keyBytes` and `keyStarts`.
        let keys: UnsafeBufferPointer<UInt8>
        let keyStarts: UnsafeBufferPointer<Int>
        var first = true
        static var doublesQuotes: Bool { false }
        static var timelineOnEveryRecord: Bool { true }

        mutating func field(_ column: Int, _ kind: TimesketchFields.Kind, _ bytes: UnsafeBufferPointer<UInt8>) {
            if !first { out.append(0x2C) }
            first = false
            let from = keyStarts[column]
            out.append(contentsOf: UnsafeBufferPointer(start: keys.baseAddress! + from, count: keyStarts[column &+ 1] &- from))
            switch kind {
            case .string:
                JSONText.appendString(bytes: bytes, to: &out)
            case .checkedString, .bareString:
                out.append(0x22)
                out.append(contentsOf: bytes)
                out.append(0x22)
            case .literal, .json, .jsonQuotesDoubled:
                // (No JSON with doubled quotes comes here: `doublesQuotes` is false.)
                out.append(contentsOf: bytes)
            }
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
        var header = Array(TimesketchFields.csvColumns.joined(separator: ",").utf8)
        header.append(contentsOf: [0x0D, 0x0A])
        return view.pieceParts(before: header) { indices, previous, out in
            var row = Row(out: out)
            var scratch = ScratchBytes()
            defer { scratch.deallocate() }
            var firstRecord = previous == nil
            var days = TimesketchFields.Days()
            view.forEachValues(indices) { _, values in
                row.column = 0
                fields.write(values, first: firstRecord, to: &row, scratch: &scratch, days: &days)
                firstRecord = false
                row.end()
            }
            out = row.out
        }
    }

    /// One row: a cell a column, empty for an attribute the event does not have.
    struct Row: TimesketchSink {
        var out: ExportBytes
        /// The column the next cell is in.
        var column = 0
        static var doublesQuotes: Bool { true }
        // A row after the first has the columns empty: our reader takes the timeline's
        // title and zone from the first (a tenth of the bytes of a row, repeated).
        static var timelineOnEveryRecord: Bool { false }

        mutating func field(_ column: Int, _ kind: TimesketchFields.Kind, _ bytes: UnsafeBufferPointer<UInt8>) {
            moveTo(column)
            switch kind {
            case .literal, .bareString:
                out.append(contentsOf: bytes)
            case .checkedString:
                // No quote or control character in it: quoted only for a comma.
                TimesketchCSVWriter.appendQuoted(bytes, quoting: CSVCell.checkedStringQuoting(bytes), to: &out)
            case .string, .json:
                TimesketchCSVWriter.appendQuoted(bytes, quoting: CSVCell.quoting(bytes), to: &out)
            case .jsonQuotesDoubled:
                // JSON has no raw line break: a quote or a comma is the reason to quote.
                TimesketchCSVWriter.appendQuoted(bytes, quoting: CSVCell.needsQuotes(bytes) ? .quoted : .none, to: &out)
            }
        }

        /// The commas before the cell of column `target`, past empty cells.
        @inline(__always)
        private mutating func moveTo(_ target: Int) {
            // One after each cell before `target`, from the current one (none before the first).
            let commas = target &- column &+ (column > 0 ? 1 : 0)
            if commas == 1 {
                out.append(0x2C)
            } else if commas > 1 {
                out.append(contentsOf: Self.commasAndLineEnd(commas, lineEnd: false))
            }
            column = target &+ 1
        }

        /// The commas of the empty cells left, and the row's end.
        mutating func end() {
            let commas = TimesketchFields.csvColumns.count &- max(column, 1)
            out.append(contentsOf: Self.commasAndLineEnd(commas, lineEnd: true))
        }

        /// `n` commas (at most 32), then CR LF when `lineEnd`: copied at once rather than a
        /// byte at a time (a row has a dozen empty cells).
        @inline(__always)
        private static func commasAndLineEnd(_ n: Int, lineEnd: Bool) -> UnsafeBufferPointer<UInt8> {
            let run: StaticString = ",,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,\r\n"
            let start = run.utf8Start + (32 &- n)
            return UnsafeBufferPointer(start: lineEnd ? start : run.utf8Start, count: lineEnd ? n &+ 2 : n)
        }
    }

    /// A cell as RFC 4180 has it, quoted when it holds a comma, a quote or a line break.
    static func appendQuoted<Out: ByteSink>(_ s: UnsafeBufferPointer<UInt8>, to out: inout Out) {
        appendQuoted(s, quoting: CSVCell.quoting(s), to: &out)
    }

    /// `appendQuoted` when how the cell is quoted is known.
    @inline(__always)
    static func appendQuoted<Out: ByteSink>(_ s: UnsafeBufferPointer<UInt8>, quoting: CSVCell.Quoting, to out: inout Out) {
        switch quoting {
        case .none:
            out.append(contentsOf: s)
        case .quoted:
            out.append(0x22)
            out.append(contentsOf: s)
            out.append(0x22)
        case .doubled:
            out.append(0x22)
            CSVCell.appendDoublingQuotes(s, to: &out)
            out.append(0x22)
        }
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
