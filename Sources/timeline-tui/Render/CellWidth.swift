/// How many terminal cells text takes on screen, the way `wcwidth` counts them under a UTF-8
/// locale (what ncurses and tmux use): é « » ’ 1, 🔥 2, 障害 4, combining marks 0.
///
/// A pure table rather than the C library's `wcwidth`: the C function depends on the
/// process locale (it answers −1 for every non-ASCII scalar until a UTF-8 locale is set),
/// and rendering must be testable without ncurses or global state. A test checks that this
/// table agrees with the system's `wcwidth` under `C.UTF-8`.
enum CellWidth {
    /// Columns of one scalar: 0 (combining, format, control), 1 or 2.
    static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x7F { return v < 0x20 ? 0 : 1 }
        if v < 0xA0 { return 0 }  // DEL and C1 controls: neutralised before they get here
        if v == 0x00AD { return 1 }  // soft hyphen: glibc gives it a column
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(v) || v == 0x200B { return 0 }  // Hangul medial vowels, ZWSP
        if isWide(v) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// Columns of one grapheme cluster: the sum of its scalars, as ncurses advances the
    /// cursor (a combining accent adds nothing; a joined emoji counts each part).
    static func of(_ character: Character) -> Int {
        var w = 0
        for s in character.unicodeScalars { w += of(s) }
        return w
    }

    /// Columns of a whole string.
    static func of(_ text: some StringProtocol) -> Int {
        var w = 0
        for s in text.unicodeScalars { w += of(s) }
        return w
    }

    /// East Asian Wide and Fullwidth blocks (Unicode's EastAsianWidth.txt, W and F).
    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF,
             0x1B000...0x1B2FF, 0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
