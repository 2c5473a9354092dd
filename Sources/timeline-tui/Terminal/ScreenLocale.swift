import CNcurses

/// The character set the screen is drawn in. ncursesw draws every character the locale's
/// character set cannot hold as a blank, so under `LANG=C` text would silently lose its
/// accents, minus signs and markers. The user's locale is taken when it is UTF-8; else a
/// UTF-8 locale for characters only (`LC_CTYPE`, so messages and formats keep the
/// user's); else the screen is drawn in ASCII (`AsciiFallback`), and says so.
enum ScreenLocale {
    /// UTF-8 locales tried, most neutral first.
    static let fallbacks = ["C.UTF-8", "C.utf8", "en_US.UTF-8"]

    /// Sets the process locale for curses; true when the screen must be ASCII only.
    /// `TIMELINE_TUI_ASCII=1` forces ASCII, to check the fallback on any machine.
    static func start(environment: [String: String]) -> Bool {
        setlocale(LC_ALL, "")
        if environment["TIMELINE_TUI_ASCII"] == "1" { return true }
        if isUTF8() { return false }
        for name in fallbacks where setlocale(LC_CTYPE, name) != nil {
            if isUTF8() { return false }
        }
        setlocale(LC_CTYPE, "")
        return true
    }

    private static func isUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
