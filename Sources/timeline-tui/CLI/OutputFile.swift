/// Writes an export to `--output PATH` so that a reader never sees half a file and a
/// failure never harms what was there: the bytes go to a temporary file in the same
/// folder, are flushed to disk (`fsync`), then renamed over the target in one step.
///
/// - An existing file is replaced only with `force`; without it the new file is linked
///   into place, which fails rather than replace a file that appeared meanwhile.
/// - A symbolic link is refused (dangling or not): replacing it would silently turn it
///   into a file, writing through it would touch a file the user did not name.
/// - A folder is refused.
/// - A device or pipe (`/dev/null`, `/dev/full`, a FIFO) cannot be replaced atomically;
///   it is written directly, and a failed write (`/dev/full`: no space) is an error.
/// On failure the temporary file is removed and the error says why, in one line.
struct OutputFile {
    let path: String
    let force: Bool

    /// How the target can be written.
    enum Target {
        /// A new file, or a regular file to replace (with its permission bits).
        case file(replacingMode: mode_t?)
        /// A device or pipe, written in place.
        case stream
    }

    /// Checks the target before any work is done; `write` checks again.
    func check() throws(CommandFailure) -> Target {
        guard !path.isEmpty else { throw .usage("--output needs a file name") }
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return .file(replacingMode: nil) }
            throw failure(errno, "cannot write '\(path)'")
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            throw CommandFailure("cannot write '\(path)': it is a folder; name a file inside it")
        case S_IFLNK:
            var target = stat()
            let resolved = stat(path, &target) == 0
            if resolved && isStream(target.st_mode) { return .stream }  // /dev/stdout
            throw CommandFailure("cannot write '\(path)': it is a symbolic link\(resolved ? "" : " to nothing"); name the real file instead")
        case S_IFREG:
            guard force else { throw CommandFailure("'\(path)' already exists; add --force to replace it") }
            return .file(replacingMode: info.st_mode & 0o7777)
        default:
            if isStream(info.st_mode) { return .stream }
            throw CommandFailure("cannot write '\(path)': it is not a regular file")
        }
    }

    /// Writes `bytes` as the file's content.
    func write(_ bytes: [UInt8]) throws(CommandFailure) {
        try write([bytes])
    }

    /// Writes `parts`, one after another, as the file's content.
    func write(_ parts: [[UInt8]]) throws(CommandFailure) {
        try write { $0.write(parts) }
    }

    /// Writes as the file's content what `body` writes to the descriptor it is given (an
    /// export written as it is made); `body` returns the failure of a write, if any.
    func write(_ body: (FileDescriptorWriter) -> FileDescriptorWriter.Failure?) throws(CommandFailure) {
        switch try check() {
        case .stream: try writeDirectly(body)
        case .file(let mode): try writeAtomically(body, replacing: mode)
        }
    }

    private func isStream(_ mode: mode_t) -> Bool {
        let kind = mode & S_IFMT
        return kind == S_IFCHR || kind == S_IFIFO || kind == S_IFSOCK
    }

    private var folder: String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let f = String(path[..<slash])
        return f.isEmpty ? "/" : f
    }

    private var baseName: String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    private func writeAtomically(_ body: (FileDescriptorWriter) -> FileDescriptorWriter.Failure?, replacing mode: mode_t?) throws(CommandFailure) {
        guard !baseName.isEmpty else { throw CommandFailure("cannot write '\(path)': it names a folder, not a file") }
        var folderInfo = stat()
        if stat(folder, &folderInfo) != 0 {
            if errno == ENOENT { throw CommandFailure("cannot write '\(path)': folder '\(folder)' does not exist") }
            throw failure(errno, "cannot write in '\(folder)'")
        }
        guard folderInfo.st_mode & S_IFMT == S_IFDIR else {
            throw CommandFailure("cannot write '\(path)': '\(folder)' is not a folder")
        }
        // The temporary name is hidden, unique to this process, and created exclusively.
        var temp = ""
        var fd: Int32 = -1
        for attempt in 0..<100 {
            temp = folder + "/." + baseName + ".tmp-\(getpid())-\(attempt)"
            fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode ?? 0o644)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { throw failure(errno, "cannot write in '\(folder)'") }
        do throws(CommandFailure) {
            if let error = body(FileDescriptorWriter(fd: fd)) {
                throw failure(error.errno, "cannot write '\(path)'")
            }
            if let mode { fchmod(fd, mode) }  // umask must not narrow the replaced file's mode
            guard fsync(fd) == 0 else { throw failure(errno, "cannot write '\(path)'") }
            let closed = close(fd)
            fd = -1
            guard closed == 0 else { throw failure(errno, "cannot write '\(path)'") }
            if force {
                guard rename(temp, path) == 0 else { throw failure(errno, "cannot replace '\(path)'") }
            } else {
                // link(2) refuses to replace a file that appeared since the check above.
                if link(temp, path) == 0 {
                    unlink(temp)
                } else if errno == EEXIST {
                    throw CommandFailure("'\(path)' already exists; add --force to replace it")
                } else {
                    // Some filesystems have no hard links; fall back to rename.
                    guard rename(temp, path) == 0 else { throw failure(errno, "cannot write '\(path)'") }
                }
            }
        } catch {
            if fd >= 0 { close(fd) }
            unlink(temp)
            throw error
        }
        // Make the rename itself durable (best effort).
        let dir = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dir >= 0 {
            fsync(dir)
            close(dir)
        }
    }

    private func writeDirectly(_ body: (FileDescriptorWriter) -> FileDescriptorWriter.Failure?) throws(CommandFailure) {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(errno, "cannot write '\(path)'") }
        defer { close(fd) }
        if let error = body(FileDescriptorWriter(fd: fd)) {
            throw failure(error.errno, "cannot write '\(path)'")
        }
    }

    private func failure(_ code: Int32, _ what: String) -> CommandFailure {
        CommandFailure(what + ": " + String(cString: strerror(code)))
    }
}
