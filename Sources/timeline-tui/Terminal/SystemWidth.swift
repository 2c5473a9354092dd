import CNcurses

/// The C library's `wcwidth`, what ncurses and tmux count with; used by tests to check
/// that the pure `DisplayWidth` table agrees with it.
enum SystemWidth {
    /// Switches character classification to UTF-8 (`wcwidth` answers −1 for non-ASCII
    /// otherwise). Returns whether the locale exists.
    static func useUTF8() -> Bool {
        setlocale(LC_CTYPE, "C.UTF-8") != nil
    }

    static func of(_ scalar: Unicode.Scalar) -> Int {
        Int(cn_wcwidth(wchar_t(bitPattern: scalar.value)))
    }
}
