/// A key press (or mouse event, or resize) with a readable name, decoded by the terminal
/// layer so that `update` never sees ncurses codes.
enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    /// Ctrl plus a letter (`ctrl("c")`), when it reaches the program as a key.
    case ctrl(Character)
    case wheelUp, wheelDown
    /// A click at a screen cell (column, row).
    case click(x: Int, y: Int)
    /// The terminal changed size.
    case resize(width: Int, height: Int)

    /// The name shown on the help screen and in tests (`"↑"`, `"PgDn"`, `"^C"` as less writes Ctrl-C, `"j"`).
    var name: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift+Tab"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .ctrl(let c): "^" + c.uppercased()
        case .wheelUp: "wheel up"
        case .wheelDown: "wheel down"
        case .click: "click"
        case .resize: "resize"
        }
    }
}
