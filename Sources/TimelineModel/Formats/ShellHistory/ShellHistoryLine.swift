/// The line that starts a command in a shell's history file with times:
/// - bash with `HISTTIMEFORMAT` set: `#1509662880` on the line before the command;
/// - tcsh: `#+1509662880` on the line before the command;
/// - zsh with `EXTENDED_HISTORY`: `: 1509662880:0;command`, the seconds it ran after the colon.
struct ShellHistoryLine {
    enum Shell: String { case bash, tcsh, zsh }

    var shell: Shell
    /// Epoch seconds as written.
    var seconds: Substring
    /// zsh's elapsed seconds.
    var elapsed: Int?
    /// zsh's command on the same line (bash and tcsh write it on the next lines).
    var command: Substring?

    init?(_ line: Substring) {
        if line.hasPrefix("#+") {
            shell = .tcsh
            seconds = line.dropFirst(2)
        } else if line.hasPrefix("#") {
            shell = .bash
            seconds = line.dropFirst()
        } else if line.hasPrefix(": ") {
            shell = .zsh
            let rest = line.dropFirst(2)
            guard let colon = rest.firstIndex(of: ":"), let semi = rest[colon...].firstIndex(of: ";") else { return nil }
            seconds = rest[..<colon]
            let written = rest[rest.index(after: colon)..<semi]
            guard !written.isEmpty, written.count <= 9, written.allSatisfy(\.isASCIIDigit) else { return nil }
            elapsed = Int(written)
            command = rest[rest.index(after: semi)...]
        } else {
            return nil
        }
        // Epoch seconds since 1973 have nine digits or more: `#1` or `#42` is a comment.
        guard seconds.count >= 9, seconds.count <= 11, seconds.allSatisfy(\.isASCIIDigit) else { return nil }
    }

    /// A zsh line that goes on on the next: it ends with an odd number of backslashes
    /// (zsh writes a newline of a command as `\` and the line break).
    static func continues(_ line: Substring) -> Bool {
        var n = 0
        var i = line.endIndex
        while i > line.startIndex {
            i = line.index(before: i)
            guard line[i] == "\\" else { break }
            n += 1
        }
        return n % 2 == 1
    }
}
