import Foundation

/// The viewer on a pseudo-terminal of our own, in a new session with no controlling
/// terminal: the test can hang the terminal up under it (close the master side) without a
/// SIGHUP, which is what a closed or vanished key source looks like.
final class PseudoTerminal {
    private(set) var master: Int32
    let pid: pid_t
    let stderrPath: String
    private var screen = ""
    private var reaped: (status: Int32, cpuSeconds: Double)?
    /// glibc's POSIX_SPAWN_SETSID (spawn.h, behind _GNU_SOURCE, so not imported).
    static let spawnSetsid: Int16 = 0x80

    /// Starts `binary args` with its standard output (and input, unless `stdinPath`) on the
    /// terminal, standard error in a file.
    /// `environment`: changes to the test's environment (nil removes a variable).
    init(_ args: [String], stdinPath: String? = nil, environment: [String: String?] = [:]) throws {
        var m: Int32 = -1, s: Int32 = -1
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&m, &s, nil, nil, &size) == 0 else { throw POSIXError(.ENXIO) }
        master = m
        stderrPath = FileManager.default.temporaryDirectory.appendingPathComponent("pty-\(UUID().uuidString).err").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let stdinPath {
            posix_spawn_file_actions_addopen(&actions, 0, stdinPath, O_RDONLY, 0)
        } else {
            posix_spawn_file_actions_adddup2(&actions, s, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, s, 1)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addclose(&actions, s)
        posix_spawn_file_actions_addclose(&actions, m)
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attr, &none)
        posix_spawnattr_setsigdefault(&attr, &all)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF) | Self.spawnSetsid)
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm-256color"
        env["LANG"] = "C.UTF-8"
        env["SWIFT_BACKTRACE"] = "enable=no"
        env["COLUMNS"] = nil
        env["LINES"] = nil
        for (name, value) in environment { env[name] = value }
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        let argv = ([TmuxSession.binary] + args).map { strdup($0) } + [nil]
        defer { for p in argv + envp { free(p) } }
        var child: pid_t = 0
        let rc = posix_spawn(&child, TmuxSession.binary, &actions, &attr, argv, envp)
        close(s)
        guard rc == 0 else {
            close(m)
            throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .ENOENT)
        }
        pid = child
    }

    deinit {
        if reaped == nil {
            kill(pid, SIGKILL)
            _ = waitForExit(within: 5)
        }
        if master >= 0 { close(master) }
        unlink(stderrPath)
    }

    /// Reads what the program drew until `text` appears; false after `timeout` seconds.
    func waitFor(_ text: String, timeout: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date() < deadline {
            var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&p, 1, 100) > 0 else { continue }
            let n = read(master, &buffer, buffer.count)
            if n <= 0 { return false }
            screen += String(decoding: buffer[0..<n], as: UTF8.self)
            if screen.contains(text) { return true }
        }
        return false
    }

    /// Closes the terminal's master side (its last descriptor): the program's terminal is
    /// hung up.
    func hangUp() {
        close(master)
        master = -1
    }

    /// The exit status (128 + signal when killed) and the CPU time the program used, once
    /// it has ended; nil when it is still running after `seconds`.
    func waitForExit(within seconds: Double) -> (status: Int32, cpuSeconds: Double)? {
        if let reaped { return reaped }
        let deadline = Date().addingTimeInterval(seconds)
        var status: Int32 = 0
        var usage = rusage()
        while Date() < deadline {
            let r = wait4(pid, &status, WNOHANG, &usage)
            if r == pid {
                let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
                let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                    + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
                reaped = (exit, cpu)
                return reaped
            }
            usleep(20_000)
        }
        return nil
    }

    var standardError: String {
        (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? ""
    }
}
