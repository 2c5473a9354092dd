/// The one table of keys: `update` looks keys up here and the `?` help screen is printed
/// from it, so the two cannot drift apart.
enum KeyBindings {
    /// Where a binding applies.
    enum Context: Hashable, Sendable {
        /// The timeline list.
        case list
        /// The detail pane is open (Enter): the arrows scroll its text, ← → change event.
        case detail
    }

    struct Binding: Sendable {
        let keys: [Key]
        let action: Action
        let contexts: Set<Context>
        let help: String
    }

    private static let both: Set<Context> = [.list, .detail]

    static let table: [Binding] = [
        Binding(keys: [.up, .character("k")], action: .moveUp, contexts: both,
                help: "previous event (in the detail pane: scroll up)"),
        Binding(keys: [.down, .character("j")], action: .moveDown, contexts: both,
                help: "next event (in the detail pane: scroll down)"),
        Binding(keys: [.pageUp, .character("b")], action: .pageUp, contexts: both, help: "page up"),
        Binding(keys: [.pageDown, .character(" ")], action: .pageDown, contexts: both, help: "page down"),
        Binding(keys: [.home, .character("g")], action: .first, contexts: both, help: "first event (top of the detail)"),
        Binding(keys: [.end, .character("G")], action: .last, contexts: both, help: "last event (end of the detail)"),
        Binding(keys: [.enter], action: .toggleDetail, contexts: both,
                help: "open / close the detail pane of the selected event"),
        Binding(keys: [.left, .character("[")], action: .previousEvent, contexts: both, help: "previous event (also with the detail pane open)"),
        Binding(keys: [.right, .character("]")], action: .nextEvent, contexts: both, help: "next event (also with the detail pane open)"),
        Binding(keys: [.character("/")], action: .search, contexts: both,
                help: "search as you type (Enter keeps it, Esc drops it)"),
        Binding(keys: [.character("n")], action: .nextMatch, contexts: both, help: "next match"),
        Binding(keys: [.character("N")], action: .previousMatch, contexts: both, help: "previous match"),
        Binding(keys: [.character("f")], action: .filter, contexts: both,
                help: "filter: actor:NAME kind:KIND tag:TAG or any text"),
        Binding(keys: [.escape], action: .closeOrClear, contexts: both,
                help: "close the detail or help; else clear search and filter"),
        Binding(keys: [.character("z")], action: .cycleZone, contexts: both,
                help: "next display zone (file's, UTC, local, listed, --tz)"),
        Binding(keys: [.character("Z")], action: .chooseZone, contexts: both,
                help: "show times in any IANA zone (Tab completes)"),
        Binding(keys: [.character("r")], action: .toggleRelative, contexts: both,
                help: "relative times T+ (from the first event or the mark)"),
        Binding(keys: [.character("m")], action: .setMark, contexts: both,
                help: "mark the selected event as T+0 (again: unmark)"),
        Binding(keys: [.character("e")], action: .export, contexts: both,
                help: "export what is shown (.txt .md .csv .json)"),
        Binding(keys: [.character("?")], action: .help, contexts: both, help: "this help"),
        Binding(keys: [.character("q")], action: .quit, contexts: both, help: "quit"),
    ]

    /// Keys that are not looked up here but still work, for the help screen.
    static let otherKeys: [(keys: String, help: String)] = [
        ("wheel / click", "scroll the list / select an event"),
        ("in prompts", "type; Backspace; Tab completes a zone; Enter; Esc"),
    ]

    /// The action bound to `key` in `context`, if any.
    static func action(for key: Key, in context: Context) -> Action? {
        for b in table where b.contexts.contains(context) && b.keys.contains(key) { return b.action }
        return nil
    }

    /// The names of the keys for an action, as the help screen shows them: `↑ k`.
    static func keyNames(_ binding: Binding) -> String {
        binding.keys.map(\.name).joined(separator: " ")
    }
}
