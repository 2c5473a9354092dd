import TimelineModel

/// A one-line question on the status line: what it is for and what has been typed.
struct Prompt: Hashable, Sendable {
    enum Purpose: Hashable, Sendable {
        /// Incremental search; remembers what to restore on Esc.
        case search(previousQuery: String, previousSelection: Int)
        case filter
        /// Go to a time (`t`).
        case time
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
    /// Why the filter typed could not be read, and where (shown above the prompt with a
    /// `^` under the place); cleared by the next edit.
    var problem: FilterSyntaxError?
    /// Zone names that complete `text` (shown under the prompt, Tab takes them).
    var completions: [String] = []
    /// `text` is a suggestion (a file name to export to, the format `text`), drawn dim: the
    /// first character typed replaces it, as in a save dialog; a key that moves or deletes
    /// takes it for editing.
    var suggested = false

    init(purpose: Purpose, text: String, suggested: Bool = false) {
        self.purpose = purpose
        self.line = LineEditor(text)
        self.suggested = suggested && !text.isEmpty
    }

    /// What has been typed.
    var text: String { line.text }

    /// The question shown before the typed text.
    var label: String {
        switch purpose {
        case .search: "/"
        case .filter: "filter: "
        case .time: "go to (18:50, 2017-11-03 06:00, +1h, -10m, T+10m): "
        case .zone: "zone: "
        case .exportPath: "export to: "
        case .exportFormat: "format (Tab for the next: text, markdown, csv, json…): "
        case .confirmOverwrite(let path, _): "\(path) exists. Overwrite it? (y/n) "
        }
    }
}
