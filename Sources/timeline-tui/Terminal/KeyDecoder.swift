import CNcurses

/// Turns what `get_wch` returns into a `Key`.
enum KeyDecoder {
    /// `status` is `get_wch`'s result (`OK` or `KEY_CODE_YES`), `code` the character or key.
    static func key(status: Int32, code: UInt32, size: () -> Size, mouse: () -> Key?) -> Key? {
        if status == KEY_CODE_YES {
            switch Int32(code) {
            case KEY_UP: return .up
            case KEY_DOWN: return .down
            case KEY_LEFT: return .left
            case KEY_RIGHT: return .right
            case KEY_PPAGE: return .pageUp
            case KEY_NPAGE: return .pageDown
            case KEY_HOME, KEY_A1: return .home
            case KEY_END, KEY_C1, KEY_LL: return .end
            case KEY_ENTER: return .enter
            case KEY_BACKSPACE: return .backspace
            case KEY_DC: return .delete
            case KEY_BTAB: return .backTab
            case KEY_RESIZE:
                let s = size()
                return .resize(width: s.width, height: s.height)
            case KEY_MOUSE: return mouse()
            default: return nil
            }
        }
        guard status == OK else { return nil }
        switch code {
        case 10, 13: return .enter
        case 27: return .escape
        case 9: return .tab
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(code + 96)!))
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }
}
