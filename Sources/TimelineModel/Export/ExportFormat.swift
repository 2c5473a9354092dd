/// The export formats: their `--format` names, the file name endings that choose them
/// (the viewer's `e`, `export --output` without `--format`), and their writers.
///
/// Adding a format: a folder under `Export/` with a writer that reads an `ExportView`,
/// and one line in `all`.
public struct ExportFormat: Sendable, Hashable {
    /// The `--format` name: `markdown`, `csv`, `timesketch-jsonl`.
    public let name: String
    /// File name endings that mean this format (`.md`), most usual first.
    public let extensions: [String]
    /// One line for `--help`.
    public let summary: String
    let write: @Sendable (ExportView) -> [[UInt8]]

    public static let all: [ExportFormat] = [
        .text, .markdown, .csv, .json, .jsonl, .timesketchJSONL, .timesketchCSV, .timelineJS,
    ]

    /// The format named `name` (as in `--format`), nil when there is none.
    public static func named(_ name: String) -> ExportFormat? {
        all.first { $0.name == name.lowercased() }
    }

    /// The format a file name's ending asks for (`notes.md` → markdown), nil when the
    /// ending is not one of ours.
    public static func forPath(_ path: String) -> ExportFormat? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let ending = name[name.index(after: dot)...].lowercased()
        return all.first { $0.extensions.contains(ending) }
    }

    /// What the first pass should keep of each event's values for this export
    /// (`ReadOptions.keepsEventValues`): for those that read every field of every event
    /// (`EventValues`), their places, and which texts are simple for those that check
    /// text (Timesketch copies it as it is). Markdown and text read them only with
    /// `details`.
    public func keptEventValues(details: Bool) -> ReadOptions.KeptEventValues? {
        switch self {
        case .csv, .timelineJS: .placesAndSimpleText
        case .timesketchJSONL, .timesketchCSV: .places
        case .markdown, .text: details ? .placesAndSimpleText : nil
        default: nil
        }
    }

    /// The export of `view` in pieces that make it whole when written one after another.
    public func parts(_ view: ExportView) -> [[UInt8]] {
        write(view)
    }

    /// Writes the export of `view` through `emit`, in order, as it is made: a writer that
    /// makes its body in pieces on several cores writes each piece as soon as those before
    /// it are written, and reuses the memory written (see `ExportOutlet`), instead of
    /// holding the whole output. False when `emit` failed (what followed was dropped).
    public func write(_ view: ExportView, to emit: @escaping @Sendable (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        let stream = ExportStream(emit: emit)
        var view = view
        view.stream = stream
        // Writers that do not stream give everything here.
        for part in write(view) { part.withUnsafeBufferPointer(stream.write) }
        return !stream.failed
    }

    /// The whole export of `view` as one buffer (small exports, tests).
    public func bytes(_ view: ExportView) -> [UInt8] {
        Array(write(view).joined())
    }

    public static func == (lhs: ExportFormat, rhs: ExportFormat) -> Bool { lhs.name == rhs.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

extension ExportFormat {
    /// Plain text: a heading a day, one line an event (`TextExporter`).
    public static let text = ExportFormat(
        name: "text", extensions: ["txt", "text"], summary: "plain text, as on screen",
        write: { TextExporter(view: $0).exportParts(indices: $0.indices) }
    )
    public static let json = ExportFormat(
        name: "json", extensions: ["json"], summary: "our own format, lossless: any command reads it back",
        write: { JSONWriter(view: $0).parts() }
    )
    public static let jsonl = ExportFormat(
        name: "jsonl", extensions: ["jsonl", "ndjson"], summary: "our own format as JSON Lines, lossless",
        write: { JSONLinesWriter(view: $0).parts() }
    )
}
