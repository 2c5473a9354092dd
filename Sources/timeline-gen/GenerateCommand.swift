import ArgumentParser

/// `timeline-gen N`: writes N synthetic events, deterministically for a seed: as our JSON
/// document (in several layouts) and/or JSON Lines, or as another tool's format (`--as`).
/// Used by `scripts/bench`.
@main
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline-gen",
        abstract: "Write N synthetic timeline events for benchmarks.",
        discussion: """
            Our formats: --json FILE and/or --jsonl FILE (standard output when neither is given), \
            the document laid out as --layout says. Other tools' formats: --as FORMAT, written to \
            --output (default standard output). The same seed writes the same events in every format.
            """
    )

    /// Other tools' formats the generator can write.
    enum OtherFormat: String, CaseIterable, ExpressibleByArgument {
        /// Timesketch's CSV import: message, datetime, timestamp_desc, timestamp (µs), tag, extras.
        case timesketchCSV = "timesketch-csv"
        /// A plain JSON Lines log: {"ts":"RFC 3339","level":…,"service":…,"msg":…}.
        case jsonlLog = "jsonl-log"
        /// A plain text log: `2017-11-03T06:00:00.000Z api[12]: title`, one a line.
        case textLog = "text-log"
    }

    @Argument(help: "How many events.")
    var count: Int

    @Option(help: "Random seed: the same seed writes the same bytes.")
    var seed: UInt64 = 2017

    @Option(help: "Write a JSON document here ('-' for standard output).")
    var json: String?

    @Option(help: "Write JSON Lines here.")
    var jsonl: String?

    @Option(help: "The JSON document's layout: \(DocumentLayout.allCases.map(\.rawValue).joined(separator: ", ")). crlf applies to JSON Lines too.")
    var layout: DocumentLayout = .lines

    @Option(help: "The text the events are made of: latin (French and English) or cjk (Japanese, Chinese, many emoji).")
    var text: TextPools.Name = .latin

    @Option(name: .customLong("as"), help: "Write another tool's format instead: \(OtherFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var otherFormat: OtherFormat?

    @Option(name: .shortAndLong, help: "Where --as writes ('-' for standard output).")
    var output: String = "-"

    @Flag(help: "Leave out the JSON Lines file's first line (the timeline's own fields).")
    var noHeader = false

    func validate() throws {
        guard count >= 0 else { throw ValidationError("count must be 0 or more") }
        if otherFormat != nil, json != nil || jsonl != nil {
            throw ValidationError("--as writes one format to --output; leave out --json and --jsonl")
        }
    }

    func run() throws {
        var events = SyntheticEvents(seed: seed, pools: TextPools.named(text))
        let writer = JSONEventWriter(pools: events.pools)
        if let otherFormat {
            try writeOther(otherFormat, events: &events, writer: writer)
        } else {
            try writeOurs(events: &events, writer: writer)
        }
    }

    /// Our JSON document and/or JSON Lines: the same events in both.
    private func writeOurs(events: inout SyntheticEvents, writer: JSONEventWriter) throws {
        let header = "\"title\":\"Synthetic incident (\(count) events, seed \(seed))\","
            + "\"timezone\":\"America/New_York\",\"zones\":[\"Europe/Paris\",\"UTC\"]"
        let doc = try open(json ?? (jsonl == nil ? "-" : nil))
        let lines = try open(jsonl)
        var pretty = layout == .pretty ? PrettyPrinter() : nil
        var docChunk = TextBytes(capacity: 1 << 22)
        var lineChunk = TextBytes(capacity: 1 << 22)
        var event = TextBytes(capacity: 4096)
        func flush(final: Bool = false) {
            if final { docChunk.raw(Array(layout.closing.utf8)) }
            if var printer = pretty {
                var indented = [UInt8]()
                indented.reserveCapacity(docChunk.bytes.count * 2)
                printer.feed(docChunk.bytes, into: &indented)
                if final { indented.append(0x0A) }
                pretty = printer
                doc?.write(indented)
            } else {
                doc?.write(docChunk.bytes)
            }
            lines?.write(lineChunk.bytes)
            docChunk.bytes.removeAll(keepingCapacity: true)
            lineChunk.bytes.removeAll(keepingCapacity: true)
        }
        docChunk.raw(Array(("{" + header + layout.opening).utf8))
        if !noHeader, lines != nil {
            lineChunk.raw(Array(("{" + header + "}").utf8))
            lineChunk.raw(layout.lineEnd)
        }
        for index in 0..<count {
            event.bytes.removeAll(keepingCapacity: true)
            writer.write(events.next(index), to: &event)
            if doc != nil {
                if index > 0 { docChunk.raw(layout.separator) }
                docChunk.raw(event.bytes)
            }
            if lines != nil {
                lineChunk.raw(event.bytes)
                lineChunk.raw(layout.lineEnd)
            }
            if docChunk.bytes.count > 1 << 22 || lineChunk.bytes.count > 1 << 22 { flush() }
        }
        flush(final: true)
        try doc?.close()
        try lines?.close()
    }

    /// Another tool's format, one event a line (a CSV row may hold line breaks in quotes).
    private func writeOther(_ format: OtherFormat, events: inout SyntheticEvents, writer: JSONEventWriter) throws {
        let out = try Output(path: output)
        var chunk = TextBytes(capacity: 1 << 22)
        let csv = TimesketchCSVWriter(events: writer)
        let log = LogLineWriter(events: writer)
        if format == .timesketchCSV { chunk.raw(Array(TimesketchCSVWriter.header.utf8)) }
        for index in 0..<count {
            let e = events.next(index)
            switch format {
            case .timesketchCSV: csv.write(e, to: &chunk)
            case .jsonlLog: log.write(e, to: &chunk)
            case .textLog: log.writeText(e, to: &chunk)
            }
            if chunk.bytes.count > 1 << 22 {
                out.write(chunk.bytes)
                chunk.bytes.removeAll(keepingCapacity: true)
            }
        }
        out.write(chunk.bytes)
        try out.close()
    }

    private func open(_ path: String?) throws -> Output? {
        guard let path else { return nil }
        return try Output(path: path)
    }
}

extension TextPools.Name: ExpressibleByArgument {}
