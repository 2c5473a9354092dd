import Foundation
import Testing

/// A private tmux server (its own `-L` socket) running one window, for end-to-end tests
/// of the real binary on a real terminal.
final class TmuxSession {
    static let isCI = !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty
    static let tmuxPath: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    /// Run where tmux is, and always in CI (where a missing tmux is a failure, not a skip).
    static let shouldRun = tmuxPath != nil || isCI

    static let binary = ViewerFixture.root.appendingPathComponent(".build/debug/timeline-tui").path
    /// The viewer on the bundled example's fixture: what most tmux tests start.
    static let viewer = "\(binary) \(ViewerFixture.fixturePath)"
    /// A shell without the user's set-up, for tests that prepare files and type commands.
    static let shell = "bash --norc --noprofile"

    let socket: String
    let folder: URL

    /// Starts `command` in an 80×24 (or given) window with LANG=C.UTF-8 (or `environment`,
    /// `NAME=value` each, set after it), in a fresh temporary folder (so exports land there).
    init(_ command: String, width: Int = 80, height: Int = 24, environment: [String] = [], name: String = #function) throws {
        guard Self.tmuxPath != nil else {
            throw Failure(message: "tmux is not installed; the end-to-end tests need it (CI=\(Self.isCI))")
        }
        guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
            throw Failure(message: "\(Self.binary) is missing: run `swift build` first")
        }
        let tag = name.filter { $0.isLetter }.prefix(20)
        socket = "tltui-\(tag)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try tmux(detached: true, ["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-c", folder.path,
                  "-e", "LANG=C.UTF-8", "-e", "SWIFT_BACKTRACE=enable=no", "-e", "NO_COLOR=", "-e", "PS1=$ "]
                  + environment.flatMap { ["-e", $0] } + [command])
        _ = try? tmux(["set-option", "-g", "remain-on-exit", "on"])
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: folder)
        // kill-server can leave the socket file behind.
        let base = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        try? FileManager.default.removeItem(atPath: "\(base)/tmux-\(getuid())/\(socket)")
    }

    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    /// Runs tmux on this session's socket; returns its standard output.
    /// `detached`: the command starts the server, which keeps any pipe open for ever, so
    /// its output is not read.
    @discardableResult
    func tmux(detached: Bool = false, _ args: [String]) throws -> String {
        let r = try ChildProcess.run(Self.tmuxPath ?? "/usr/bin/tmux", ["-L", socket] + args, capture: !detached)
        return String(decoding: r.output, as: UTF8.self)
    }

    /// Sends keys by tmux name (`j`, `Enter`, `Escape`, `C-c`) or literal text (`-l`).
    func send(_ keys: String...) throws { try tmux(["send-keys", "-t", "0"] + keys) }
    func type(_ text: String) throws { try tmux(["send-keys", "-t", "0", "-l", text]) }

    /// The visible screen as text (`attributes`: with escape sequences for styles).
    func capture(attributes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", "0"] + (attributes ? ["-e"] : []))
    }

    /// `#{alternate_on} #{cursor_flag}` and friends.
    func display(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "0", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the screen until `text` is on it (5 s at most); returns the screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 8, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if screen.contains(text) { return screen }
            usleep(40_000)
        }
        Issue.record("“\(text)” never appeared; the screen was:\n\(screen)", sourceLocation: sourceLocation)
        throw Failure(message: "timed out waiting for \(text)")
    }

    /// Polls until `text` is gone from the screen.
    func waitUntilGone(_ text: String, timeout: Double = 8) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if !(try capture()).contains(text) { return }
            usleep(40_000)
        }
        throw Failure(message: "“\(text)” stayed on screen")
    }

    /// The pid of the viewer running under the pane's shell.
    func viewerPID() throws -> Int32 {
        let shell = try display("#{pane_pid}")
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = Int32(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, String(fields[1]) == shell, stat.contains("(timeline-tui)") { return pid }
        }
        throw Failure(message: "no timeline-tui under the pane's shell \(shell)")
    }
}
