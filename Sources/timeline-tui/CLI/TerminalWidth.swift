/// How wide to wrap an export written to standard output: `COLUMNS` when set, else the
/// terminal's width, else 80 (a pipe or a file).
enum TerminalWidth {
    static let fallback = 80

    static func forStandardOutput(environment: [String: String]) -> Int {
        guard StandardStream.output.isTerminal else { return fallback }
        if let text = environment["COLUMNS"], let n = Int(text), n > 0 { return n }
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return fallback
    }
}
