/// The text of a prompt and where the cursor is in it, edited as readline edits a line:
/// type at the cursor, ← → Home End (Ctrl-A Ctrl-E) move, Backspace and Del delete,
/// Ctrl-U clears to the start, Ctrl-K to the end, Ctrl-W deletes the word before the cursor.
struct LineEditor: Hashable, Sendable {
    private(set) var characters: [Character]
    /// Position of the cursor: how many characters lie before it.
    private(set) var cursor: Int

    /// `text` with the cursor at its end.
    init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    var text: String { String(characters) }

    /// Puts the cursor before the character at `position` (clamped to the line).
    mutating func moveCursor(to position: Int) {
        cursor = min(max(0, position), characters.count)
    }
    /// The text before the cursor.
    var beforeCursor: String { String(characters[..<cursor]) }

    /// Applies an editing key; false when `key` does not edit a line (Enter, Esc, Tab…).
    mutating func edit(_ key: Key) -> Bool {
        switch key {
        case .character(let c):
            characters.insert(c, at: cursor)
            cursor += 1
        case .backspace, .ctrl("h"):
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .ctrl("d"):
            if cursor < characters.count { characters.remove(at: cursor) }
        case .left, .ctrl("b"): cursor = max(0, cursor - 1)
        case .right, .ctrl("f"): cursor = min(characters.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = characters.count
        case .ctrl("u"):
            characters.removeFirst(cursor)
            cursor = 0
        case .ctrl("k"):
            characters.removeLast(characters.count - cursor)
        case .ctrl("w"):
            // As readline: the spaces before the cursor, then the word before them.
            var start = cursor
            while start > 0, characters[start - 1] == " " { start -= 1 }
            while start > 0, characters[start - 1] != " " { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        default:
            return false
        }
        return true
    }

    /// Replaces the whole text (a completed zone name), the cursor at its end.
    mutating func replace(with text: String) {
        self = LineEditor(text)
    }
}
