import CNcurses
import Foundation

/// The one owner of the real terminal: starts ncurses, reads keys, shows frames, and
/// restores everything on the way out.
final class Terminal {
    private let palette: Palette
    private var shown: Frame?
    private var stopped = false
    /// No UTF-8 locale: frames must be drawn in ASCII (`Frame.asciiOnly`).
    let asciiOnly: Bool

    /// Why the screen could not be taken over.
    enum Unavailable: Error {
        /// `TERM` is not set.
        case noTerminalType
        /// ncurses does not know the terminal `TERM` names.
        case unknownTerminal(String)
        /// Standard input is not the terminal and /dev/tty cannot be opened for keys.
        case noKeyboard(String)
    }

    /// Keys come from standard input when it is the terminal, else from /dev/tty (the
    /// timeline arrived on standard input), as less and fzf do.
    private let keys: UnsafeMutablePointer<FILE>
    /// Where curses draws (standard output), also for the clipboard's escape sequence.
    private var output: UnsafeMutablePointer<FILE>?
    /// `TERM`, to tell a terminal that cannot take a copy.
    let terminalType: String
    private var keysOwned = false
    /// Reads that came back at once with nothing, in a row (see `readKey`).
    private var emptyReads = 0
    /// True once the key source has ended (end of file, hang-up, an error): the loop must
    /// stop rather than spin on a source that will never give a key again.
    private(set) var keysEnded = false

    /// Takes over the screen (alternate screen, no echo, keys unbuffered, mouse on), or
    /// says why it cannot (`initscr` would exit on its own for an unknown `TERM`).
    /// `environment`: see `ScreenLocale` (the locale, and `TIMELINE_TUI_ASCII`).
    init(colour: Bool, environment: [String: String]) throws(Unavailable) {
        asciiOnly = ScreenLocale.start(environment: environment)
        setenv("ESCDELAY", "25", 0)  // Esc closes things at once, not after a second
        use_env(false)  // LINES/COLUMNS left in the environment would pin the size and block resizes
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        if term.isEmpty { throw .noTerminalType }
        terminalType = term
        if isatty(STDIN_FILENO) == 1, let input = fdopen(STDIN_FILENO, "r") {
            keys = input
        } else if let tty = fopen("/dev/tty", "r") {
            keys = tty
            keysOwned = true
        } else {
            throw .noKeyboard(String(cString: strerror(errno)))
        }
        guard let output = fdopen(STDOUT_FILENO, "w"), newterm(nil, output, keys) != nil else {
            if keysOwned { fclose(keys) }
            throw .unknownTerminal(term)
        }
        self.output = output
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

    /// Turns mouse reporting on (wheel, clicks) or off (the terminal's own selection works).
    func setMouse(_ on: Bool) {
        mousemask(on ? cn_button1_pressed() | cn_button4_pressed() | cn_button5_pressed() : 0, nil)
    }

    /// Puts `text` on the terminal's clipboard with OSC 52 (`ESC ] 52 ; c ; BASE64 BEL`):
    /// base64, so nothing in it reaches the terminal as a control. Whether the terminal
    /// honours it cannot be asked; false when it surely will not (the Linux console, a dumb
    /// terminal) or the text is over the 74,994 bytes xterm and tmux take.
    func copyToClipboard(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let output, !["linux", "dumb"].contains(terminalType), bytes.count <= 74_994 else { return false }
        let sequence = "\u{1B}]52;c;" + Data(bytes).base64EncodedString() + "\u{07}"
        fputs(sequence, output)
        fflush(output)
        return true
    }

    /// Gives the terminal back: normal screen, cursor visible, echo on. Safe to call twice.
    func stop() {
        guard !stopped else { return }
        stopped = true
        mousemask(0, nil)
        curs_set(1)
        endwin()
        Signals.uninstall()
        if keysOwned { fclose(keys) }
    }

    /// Runs `body` on the normal screen (what it prints to standard error stays there,
    /// read once the viewer quits), then takes the screen back, as a shell escape does.
    func outside<T>(_ body: () throws -> T) rethrows -> T {
        endwin()
        defer {
            fflush(nil)  // every stream, standard error's included
            shown = nil
            refresh()
        }
        return try body()
    }

    deinit { stop() }

    var size: Size {
        var h: Int32 = 0
        var w: Int32 = 0
        cn_getmaxyx(cn_stdscr(), &h, &w)
        return Size(width: Int(w), height: Int(h))
    }

    /// The next key, or nil when 100 ms pass with none (or the input means nothing).
    /// Check `keysEnded` after nil.
    func readKey() -> Key? {
        var code: wint_t = 0
        let asked = ContinuousClock.now
        let status = get_wch(&code)
        if status == ERR {
            noteEmptyRead(quick: ContinuousClock.now - asked < .milliseconds(20))
            return missedResize()
        }
        emptyReads = 0
        return KeyDecoder.key(status: status, code: UInt32(code), size: { size }, mouse: readMouse)
    }

    /// `get_wch` says ERR both when 100 ms pass with no key and when its source is gone
    /// (end of file, a hung-up or closed terminal). The kernel tells a hang-up or a bad
    /// descriptor; an end of file shows only as an answer that comes back at once.
    private func noteEmptyRead(quick: Bool) {
        var poll = pollfd(fd: fileno(keys), events: Int16(POLLIN), revents: 0)
        let gone = Int16(POLLHUP | POLLERR | POLLNVAL)
        if systemPoll(&poll, 1, 0) < 0 && errno != EINTR || poll.revents & gone != 0 {
            keysEnded = true
            return
        }
        emptyReads = quick ? emptyReads + 1 : 0
        if emptyReads >= 20 { keysEnded = true }  // 20 in a row: not a stray signal
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
