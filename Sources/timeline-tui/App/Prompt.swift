/// A one-line question on the status line: what it is for and what has been typed.
struct Prompt: Hashable, Sendable {
    enum Purpose: Hashable, Sendable {
        /// Incremental search; remembers what to restore on Esc.
        case search(previousQuery: String, previousSelection: Int)
        case filter
        case zone
        case exportPath
        /// `path` exists: overwrite it? (y/n)
        case confirmOverwrite(path: String)
    }

    var purpose: Purpose
    var text: String
    /// Zone names that complete `text` (shown under the prompt, Tab takes them).
    var completions: [String] = []

    /// The question shown before the typed text.
    var label: String {
        switch purpose {
        case .search: "/"
        case .filter: "filter (actor: kind: tag: or text): "
        case .zone: "zone: "
        case .exportPath: "export to: "
        case .confirmOverwrite(let path): "\(path) exists. Overwrite it? (y/n) "
        }
    }
}
