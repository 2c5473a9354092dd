import Foundation

/// One line of strace's output with times: `-ttt` (`1509662880.123456 open("/etc/hosts",
/// O_RDONLY) = 3`, epoch seconds), `-tt` (`10:01:02.123456 …`) or `-t` (`10:01:02 …`), after
/// the pid of the process under `-f` (`[pid  1234] ` on the terminal, `1234  ` in a file
/// written with `-o`). What follows the time is a system call (`read(3,  <unfinished ...>`,
/// `<... read resumed>"…", 4096) = 10`), a signal (`--- SIGTERM {si_signo=SIGTERM, …} ---`)
/// or an exit (`+++ exited with 0 +++`).
struct StraceLine {
    /// The pid, when written.
    var pid: Substring?
    /// The time as written.
    var stamp: Substring
    /// Epoch seconds (`-ttt`) or a time of day (`-t`, `-tt`).
    var form: Stamp

    enum Stamp {
        case epoch
        case clock(hour: Int, minute: Int, second: Int)
    }
    /// What strace said after the time.
    var said: Substring

    init?(_ line: Substring) {
        var rest = line.drop { $0 == " " }
        if rest.hasPrefix("[pid ") {
            guard let close = rest.firstIndex(of: "]") else { return nil }
            let pid = rest[rest.index(rest.startIndex, offsetBy: 5)..<close].drop { $0 == " " }
            guard !pid.isEmpty, pid.allSatisfy(\.isASCIIDigit) else { return nil }
            self.pid = pid
            rest = rest[rest.index(after: close)...].drop { $0 == " " }
        } else if let first = Self.word(rest), first.allSatisfy(\.isASCIIDigit),
                  let second = Self.word(rest[first.endIndex...].drop { $0 == " " }), Self.stamp(second) != nil {
            // `1234  10:01:02 …`: a pid column before the time (`-f -o FILE`).
            pid = first
            rest = rest[first.endIndex...].drop { $0 == " " }
        }
        guard let stamp = Self.word(rest), let read = Self.stamp(stamp) else { return nil }
        self.stamp = stamp
        form = read
        said = rest[stamp.endIndex...].drop { $0 == " " }
        guard !said.isEmpty else { return nil }
    }

    /// The text up to the first space.
    private static func word(_ s: Substring) -> Substring? {
        let w = s.prefix { $0 != " " }
        return w.isEmpty ? nil : w
    }

    /// A time: `HH:MM:SS` with a fraction or not, or epoch seconds with one or not.
    static func stamp(_ w: Substring) -> Stamp? {
        let parts = w.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        if parts.count == 2 && (parts[1].isEmpty || !parts[1].allSatisfy(\.isASCIIDigit)) { return nil }
        let whole = parts[0]
        let hms = whole.split(separator: ":", omittingEmptySubsequences: false)
        if hms.count == 3 {
            guard hms.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) }),
                  let h = Int(hms[0]), let m = Int(hms[1]), let s = Int(hms[2]), h < 24, m < 60, s < 61 else { return nil }
            return .clock(hour: h, minute: m, second: s)
        }
        // Whole epoch seconds (`--timestamps=unix,s`) have nine digits or more since 1973: a
        // shorter number without a fraction is a pid or a count, not a time.
        guard hms.count == 1, !whole.isEmpty, whole.count <= 12, whole.allSatisfy(\.isASCIIDigit),
              parts.count == 2 || whole.count >= 9 else { return nil }
        return .epoch
    }

    /// Epoch seconds before 1990 are no time strace printed with `-ttt`: a line of `-r`
    /// (seconds since the previous line) or a number that is not a time.
    static let earliestEpoch: Int64 = 631_152_000

    /// What kind of line it is: the system call's name (`open`, `read` for `<... read
    /// resumed>`), `signal` or `exit`.
    var kind: String? {
        if said.hasPrefix("+++ ") { return "exit" }
        if said.hasPrefix("--- ") { return "signal" }
        if said.hasPrefix("<... ") {
            let name = said.dropFirst(5).prefix { $0 != " " && $0 != ">" }
            return name.isEmpty ? nil : String(name)
        }
        let name = said.prefix { $0 != "(" }
        guard name.endIndex < said.endIndex, !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
        return String(name)
    }

    /// Whether what follows the time is strace's own (a call with its result or unfinished,
    /// a resumed call, a signal, an exit): the sign detection looks for.
    var isStraceSaying: Bool {
        if said.hasPrefix("+++ ") && said.hasSuffix(" +++") { return true }
        if said.hasPrefix("--- ") && said.hasSuffix(" ---") { return true }
        if said.hasPrefix("<... ") && said.contains(" resumed>") { return true }
        guard kind != nil else { return false }
        return said.contains(") = ") || said.hasSuffix("<unfinished ...>") || said.hasSuffix(") = ?")
    }

    /// Lines strace writes that are not events: its own notes (`strace: Process 1234
    /// attached`) and the stack frames of `-k` (` > /usr/lib/libc.so.6(__read+0x12) [0x…]`).
    static func isNote(_ line: Substring) -> Bool {
        line.hasPrefix("strace: ") || line.drop { $0 == " " }.hasPrefix("> ")
    }

    /// Where strace's note of a new process starts when it was written at the end of a
    /// line it cut (`…|SIGCHLDstrace: Process 28038 attached`); nil when the line has none.
    static func noteCut(_ said: String) -> String.Index? {
        guard let at = said.range(of: "strace: Process ", options: .backwards) else { return nil }
        let rest = said[at.upperBound...]
        let pid = rest.prefix { $0.isASCIIDigit }
        guard !pid.isEmpty, [" attached", " detached"].contains(String(rest[pid.endIndex...])) else { return nil }
        return at.lowerBound
    }

    /// A system call without a time (strace run without `-t`): `execve("/bin/ls", …) = 0`.
    static func isUntimedCall(_ line: Substring) -> Bool {
        var rest = line
        if rest.hasPrefix("[pid ") { rest = rest.drop { $0 != "]" }.dropFirst().drop { $0 == " " } }
        let name = rest.prefix { $0 != "(" }
        return !name.isEmpty && name.endIndex < rest.endIndex && name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
            && (rest.contains(") = ") || rest.hasSuffix("<unfinished ...>"))
    }
}
