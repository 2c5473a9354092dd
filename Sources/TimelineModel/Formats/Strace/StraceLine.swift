import Foundation

/// One line of strace's output with times: `-ttt` (`1509662880.123456 open("/etc/hosts",
/// O_RDONLY) = 3`, epoch seconds), `-tt` (`10:01:02.123456 …`) or `-t` (`10:01:02 …`), after
/// the pid of the process under `-f` (`[pid  1234] ` on the terminal, `1234  ` in a file
/// written with `-o`; `8470<sh>` with `-Y`, the command's name after it). What follows the time is a system call (`read(3,  <unfinished ...>`,
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
        var text = line
        guard let spans = text.withUTF8({ u in u.baseAddress.flatMap { Spans($0, from: 0, to: u.count) } }) else { return nil }
        let u = line.utf8
        func part(_ r: Range<Int>) -> Substring {
            line[u.index(u.startIndex, offsetBy: r.lowerBound)..<u.index(u.startIndex, offsetBy: r.upperBound)]
        }
        pid = spans.pid.map(part)
        stamp = part(spans.stamp)
        form = spans.form
        said = part(spans.said)
    }

    /// Where the pid, the time and what strace said are in a line's bytes: what the reader
    /// and the first pass's skim both read, so that they read a line alike.
    struct Spans {
        var pid: Range<Int>?
        var stamp: Range<Int>
        var form: Stamp
        var said: Range<Int>

        /// The line `from..<to` of `b`; nil when it is not a strace line with a time.
        init?(_ b: UnsafePointer<UInt8>, from: Int, to end: Int) {
            var i = from
            func spaces() { while i < end && b[i] == 0x20 { i += 1 } }
            func word(_ at: Int) -> Range<Int> {
                var j = at
                while j < end && b[j] != 0x20 { j += 1 }
                return at..<j
            }
            // A pid, and with `-Y` the command's name after it: `8470<sh>`.
            func isPid(_ r: Range<Int>) -> Bool {
                var j = r.lowerBound
                while j < r.upperBound && b[j] &- 0x30 <= 9 { j += 1 }
                guard j > r.lowerBound else { return false }
                return j == r.upperBound || (b[j] == 0x3C && b[r.upperBound - 1] == 0x3E && r.upperBound - j > 2)
            }
            spaces()
            if end - i >= 5, b[i] == 0x5B, b[i + 1] == 0x70, b[i + 2] == 0x69, b[i + 3] == 0x64, b[i + 4] == 0x20 {
                // `[pid  1234] `
                i += 5
                spaces()
                var close = i
                while close < end && b[close] != 0x5D { close += 1 }
                guard close < end, isPid(i..<close) else { return nil }
                pid = i..<close
                i = close + 1
                spaces()
            } else {
                let first = word(i)
                var next = first.upperBound
                while next < end && b[next] == 0x20 { next += 1 }
                if isPid(first), StraceLine.stamp(b, word(next)) != nil {
                    // `1234  10:01:02 …`: a pid column before the time (`-f -o FILE`).
                    pid = first
                    i = next
                }
            }
            let stamp = word(i)
            guard let form = StraceLine.stamp(b, stamp) else { return nil }
            self.stamp = stamp
            self.form = form
            i = stamp.upperBound
            spaces()
            guard i < end else { return nil }
            said = i..<end
        }
    }

    /// A time: `HH:MM:SS` with a fraction or not, or epoch seconds with one or not.
    static func stamp(_ b: UnsafePointer<UInt8>, _ w: Range<Int>) -> Stamp? {
        guard !w.isEmpty else { return nil }
        var point = w.upperBound
        for i in w where b[i] == 0x2E { point = i; break }
        let fraction = point < w.upperBound ? (point + 1)..<w.upperBound : w.upperBound..<w.upperBound
        guard point == w.upperBound || (!fraction.isEmpty && fraction.allSatisfy { b[$0] &- 0x30 <= 9 }) else { return nil }
        let whole = w.lowerBound..<point
        func two(_ at: Int) -> Int? {
            guard b[at] &- 0x30 <= 9, b[at + 1] &- 0x30 <= 9 else { return nil }
            return Int(b[at] - 0x30) * 10 + Int(b[at + 1] - 0x30)
        }
        if whole.count == 8, b[whole.lowerBound + 2] == 0x3A, b[whole.lowerBound + 5] == 0x3A {
            let at = whole.lowerBound
            guard let h = two(at), let m = two(at + 3), let s = two(at + 6), h < 24, m < 60, s < 61 else { return nil }
            return .clock(hour: h, minute: m, second: s)
        }
        // Whole epoch seconds (`--timestamps=unix,s`) have nine digits or more since 1973: a
        // shorter number without a fraction is a pid or a count, not a time.
        guard !whole.isEmpty, whole.count <= 12, whole.allSatisfy({ b[$0] &- 0x30 <= 9 }),
              point < w.upperBound || whole.count >= 9 else { return nil }
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
