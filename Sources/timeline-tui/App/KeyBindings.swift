/// The one table of keys: `update` looks keys up here and the `?` help screen is printed
/// from it, so the two cannot drift apart.
enum KeyBindings {
    /// Where a binding applies.
    enum Context: Hashable, Sendable {
        /// The timeline list.
        case list
        /// The detail pane is open (Enter): the arrows scroll its text, ← → change event.
        case detail
        /// The `?` help is open: keys scroll it or close it.
        case help
    }

    struct Binding: Sendable {
        let keys: [Key]
        let action: Action
        let contexts: Set<Context>
        let help: String
        /// False for a key the help names on another row, so no key is listed twice
        /// (`l` scrolls the detail pane right, said on the lanes' `l` row and `h`'s).
        var shownInHelp = true
    }

    private static let both: Set<Context> = [.list, .detail]
    private static let all: Set<Context> = [.list, .detail, .help]

    static let table: [Binding] = [
        Binding(keys: [.up, .character("k")], action: .moveUp, contexts: all,
                help: "previous event (in the detail pane and help: scroll up)"),
        Binding(keys: [.down, .character("j")], action: .moveDown, contexts: all,
                help: "next event (in the detail pane and help: scroll down)"),
        Binding(keys: [.pageUp, .character("b"), .ctrl("b")], action: .pageUp, contexts: all, help: "page up"),
        Binding(keys: [.pageDown, .character(" "), .ctrl("f")], action: .pageDown, contexts: all, help: "page down"),
        Binding(keys: [.ctrl("u")], action: .halfPageUp, contexts: all, help: "half a page up"),
        Binding(keys: [.ctrl("d")], action: .halfPageDown, contexts: all, help: "half a page down"),
        Binding(keys: [.home, .character("g")], action: .first, contexts: all, help: "first event (top of the detail or help)"),
        Binding(keys: [.end, .character("G")], action: .last, contexts: all, help: "last event (end of the detail or help)"),
        Binding(keys: [.enter], action: .toggleDetail, contexts: both,
                help: "open / close the detail pane of the selected event"),
        Binding(keys: [.left, .character("[")], action: .previousEvent, contexts: both, help: "previous event (also with the detail pane open)"),
        Binding(keys: [.right, .character("]")], action: .nextEvent, contexts: both, help: "next event (also with the detail pane open)"),
        Binding(keys: [.character("h")], action: .scrollLeft, contexts: [.detail], help: "detail pane: scroll left by half its width (l: right; a long URL runs past the edge)"),
        Binding(keys: [.character("l")], action: .scrollRight, contexts: [.detail],
                help: "detail pane: scroll right", shownInHelp: false),
        Binding(keys: [.character("/")], action: .search, contexts: both,
                help: "search as you type (Enter keeps it, Esc drops it)"),
        Binding(keys: [.character("n")], action: .nextMatch, contexts: both, help: "next match"),
        Binding(keys: [.character("N")], action: .previousMatch, contexts: both, help: "previous match"),
        Binding(keys: [.character("f")], action: .filter, contexts: both,
                help: "filter: actor: kind: tag: source: (a merged file) cited: (a source cited) id: \"a b\" -x OR ( ) after: before: (empty clears)"),
        Binding(keys: [.character("c")], action: .clearFilter, contexts: both, help: "clear the filter"),
        Binding(keys: [.escape], action: .closeOrClear, contexts: both,
                help: "close the detail pane; else clear the search (the filter stays)"),
        Binding(keys: [.character("z")], action: .cycleZone, contexts: both,
                help: "next display zone (file's, UTC, local, listed, --tz)"),
        Binding(keys: [.character("Z")], action: .chooseZone, contexts: both,
                help: "show times in any IANA zone (Tab completes)"),
        Binding(keys: [.character("r")], action: .toggleRelative, contexts: both,
                help: "relative times T+ on / off (from the first event or the mark)"),
        Binding(keys: [.character("m")], action: .setMark, contexts: both,
                help: "mark the selected event as T+0 for relative times (again: unmark)"),
        Binding(keys: [.character("M")], action: .toggleBookmark, contexts: both,
                help: "bookmark the selected event (again: remove it); kept in FILE.marks.json"),
        Binding(keys: [.character("u")], action: .nextBookmark, contexts: both, help: "next bookmark"),
        Binding(keys: [.character("U")], action: .previousBookmark, contexts: both, help: "previous bookmark"),
        Binding(keys: [.character("'")], action: .listBookmarks, contexts: both, help: "list the bookmarks"),
        Binding(keys: [.character("R")], action: .reload, contexts: both,
                help: "reload the file or files (keeps selection, filter, zone, bookmarks, lanes)"),
        Binding(keys: [.character("F")], action: .follow, contexts: both,
                help: "follow the file or files as they grow, like less +F (again: stop; also --follow)"),
        Binding(keys: [.character("y")], action: .copy, contexts: both,
                help: "copy the event's line (detail open: all of it) to the clipboard (OSC 52)"),
        Binding(keys: [.ctrl("t")], action: .toggleMouse, contexts: both,
                help: "mouse off / on (off: the terminal's own selection works; --no-mouse)"),
        Binding(keys: [.character("t")], action: .goToTime, contexts: both,
                help: "go to a time: 18:50, 2017-11-03 06:00, +1h / -10m (from the selection), T+10m"),
        Binding(keys: [.character("l")], action: .toggleLanes, contexts: [.list],
                help: "lanes on / off: a column per actor or file, spans as bars (detail pane: scroll right)"),
        Binding(keys: [.character("L")], action: .toggleLaneGrouping, contexts: both,
                help: "lanes by actor / by file (source)"),
        Binding(keys: [.character("e")], action: .export, contexts: both,
                help: "export what is shown (.txt .md .csv .json .jsonl; else asks the format)"),
        Binding(keys: [.character("?")], action: .help, contexts: both, help: "this help (q, Esc, ? or Enter close it)"),
        Binding(keys: [.character("?"), .escape, .character("q"), .enter], action: .closeHelp, contexts: [.help],
                help: "close this help", shownInHelp: false),
        Binding(keys: [.character("q")], action: .quit, contexts: both, help: "quit"),
    ]

    /// Keys that are not looked up here but still work, for the help screen.
    static let otherKeys: [(keys: String, help: String)] = [
        ("5j 10G", "a count before a key repeats it; with g or G: go to that event (10G: the 10th)"),
        ("wheel / click", "scroll the list / select an event"),
        ("in prompts", "type; ← → Home End move; Backspace Del; ^U clears before the cursor, ^K after it, "
            + "^W deletes a word; Tab completes a zone; Enter answers; Esc cancels"),
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
