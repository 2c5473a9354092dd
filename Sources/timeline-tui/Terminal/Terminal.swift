import CNcurses
import Glibc

/// The one owner of the real terminal: starts ncurses, reads keys, shows frames, and
/// restores everything on the way out.
final class Terminal {
    private let palette: Palette
    private var shown: Frame?
    private var stopped = false
    /// No UTF-8 locale: frames must be drawn in ASCII (`Frame.asciiOnly`).
    let asciiOnly: Bool

    /// Takes over the screen (alternate screen, no echo, keys unbuffered, mouse on); nil
    /// when the terminal named by `TERM` is unknown (`initscr` would exit on its own).
    init?(colour: Bool, environment: [String: String]) {
        asciiOnly = ScreenLocale.start(environment: environment)
        setenv("ESCDELAY", "25", 0)  // Esc closes things at once, not after a second
        use_env(false)  // LINES/COLUMNS left in the environment would pin the size and block resizes
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r"),
              newterm(nil, output, input) != nil
        else { return nil }
        cbreak()
        noecho()
        nonl()
        keypad(cn_stdscr(), true)
        intrflush(cn_stdscr(), false)
        timeout(100)  // so the loop can notice signals
        curs_set(0)
        mouseinterval(0)
        mousemask(cn_button1_pressed() | cn_button4_pressed() | cn_button5_pressed(), nil)
        palette = Palette.start(wanted: colour)
        Signals.install()
    }

    /// Gives the terminal back: normal screen, cursor visible, echo on. Safe to call twice.
    func stop() {
        guard !stopped else { return }
        stopped = true
        mousemask(0, nil)
        curs_set(1)
        endwin()
        Signals.uninstall()
    }

    deinit { stop() }

    var size: Size {
        var h: Int32 = 0
        var w: Int32 = 0
        cn_getmaxyx(cn_stdscr(), &h, &w)
        return Size(width: Int(w), height: Int(h))
    }

    /// The next key, or nil when 100 ms pass with none (or the input means nothing).
    func readKey() -> Key? {
        var code: wint_t = 0
        let status = get_wch(&code)
        if status == ERR { return missedResize() }
        return KeyDecoder.key(status: status, code: UInt32(code), size: { size }, mouse: readMouse)
    }

    /// A SIGWINCH can be lost (one arriving while ncurses is starting up is): when idle,
    /// compare the kernel's size with ncurses' and catch up.
    private func missedResize() -> Key? {
        var rows: Int32 = 0
        var cols: Int32 = 0
        cn_tty_size(STDOUT_FILENO, &rows, &cols)
        let now = size
        guard rows > 0, cols > 0, Int(rows) != now.height || Int(cols) != now.width else { return nil }
        resizeterm(rows, cols)
        return .resize(width: Int(cols), height: Int(rows))
    }

    private func readMouse() -> Key? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        if event.bstate & cn_button4_pressed() != 0 { return .wheelUp }
        if event.bstate & cn_button5_pressed() != 0 { return .wheelDown }
        if event.bstate & cn_button1_pressed() != 0 { return .click(x: Int(event.x), y: Int(event.y)) }
        return nil
    }

    /// Shows `frame`, redrawing only the rows that changed since the last one.
    func show(_ frame: Frame) {
        let full = shown == nil || shown!.width != frame.width || shown!.height != frame.height
        if full { erase() }
        for y in 0..<frame.height {
            if !full, rowEqual(frame, shown!, y) { continue }
            for x in 0..<frame.width {
                let cell = frame[x, y]
                if cell.width == 0 { continue }
                put(cell, x: x, y: y)
            }
        }
        if let c = frame.cursor {
            curs_set(1)
            move(Int32(c.y), Int32(c.x))
        } else {
            curs_set(0)
        }
        refresh()
        shown = frame
    }

    /// Forget what is on screen, so the next `show` draws everything (after a resize).
    func invalidate() { shown = nil }

    private func rowEqual(_ a: Frame, _ b: Frame, _ y: Int) -> Bool {
        for x in 0..<a.width where a[x, y] != b[x, y] { return false }
        return true
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        let (attr, pair) = palette.attributes(cell.style)
        // One cell: a base character and at most four combining marks (CCHARW_MAX 5).
        var chars: [wchar_t] = cell.text.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
        if chars.isEmpty { chars = [32] }
        chars.append(0)
        var cc = cchar_t()
        setcchar(&cc, chars, attr, pair, nil)
        mvadd_wch(Int32(y), Int32(x), &cc)
    }
}
