import TimelineModel

/// A one-line question on the status line: what it is for and what has been typed.
struct Prompt: Hashable, Sendable {
    enum Purpose: Hashable, Sendable {
        /// Incremental search; remembers what to restore on Esc.
        case search(previousQuery: String, previousSelection: Int)
        case filter
        case zone
        case exportPath
        /// `path`'s ending names no format: which one?
        case exportFormat(path: String)
        /// `path` exists: overwrite it? (y/n)
        case confirmOverwrite(path: String, format: ExportFormat)
    }

    var purpose: Purpose
    /// The answer being typed, with its cursor.
    var line: LineEditor
    /// Zone names that complete `text` (shown under the prompt, Tab takes them).
    var completions: [String] = []

    init(purpose: Purpose, text: String) {
        self.purpose = purpose
        self.line = LineEditor(text)
    }

    /// What has been typed.
    var text: String { line.text }

    /// The question shown before the typed text.
    var label: String {
        switch purpose {
        case .search: "/"
        case .filter: "filter (actor: kind: tag: or text; empty clears): "
        case .zone: "zone: "
        case .exportPath: "export to: "
        case .exportFormat: "format (Tab for the next: text, markdown, csv, json…): "
        case .confirmOverwrite(let path, _): "\(path) exists. Overwrite it? (y/n) "
        }
    }
}
