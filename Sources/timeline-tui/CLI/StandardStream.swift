/// Standard input, output or error. Output is written with `write(2)` in full (no
/// buffering surprises, no Foundation), so a large export goes out in a few system calls.
struct StandardStream {
    let fd: Int32

    /// The descriptors the commands read and write: the process's 0, 1 and 2, or, for the
    /// length of one task, others (the tests run the command in their own process with
    /// each run's streams in files; see `TimelineCommand.run(_:)`).
    struct Descriptors: Sendable {
        var input: Int32 = 0
        var output: Int32 = 1
        var error: Int32 = 2
    }

    @TaskLocal static var descriptors = Descriptors()

    static var input: StandardStream { StandardStream(fd: descriptors.input) }
    static var output: StandardStream { StandardStream(fd: descriptors.output) }
    static var error: StandardStream { StandardStream(fd: descriptors.error) }

    /// Whether this stream is a terminal.
    var isTerminal: Bool { isatty(fd) == 1 }

    func write(_ text: String) {
        _ = FileDescriptorWriter(fd: fd).write(Array(text.utf8))
    }

    /// Writes `bytes`; the failure of a write, if any.
    func write(_ bytes: [UInt8]) -> FileDescriptorWriter.Failure? {
        FileDescriptorWriter(fd: fd).write(bytes)
    }

    /// Writes `parts` one after another; the failure of a write, if any.
    func write(_ parts: [[UInt8]]) -> FileDescriptorWriter.Failure? {
        FileDescriptorWriter(fd: fd).write(parts)
    }
}

/// Writes a whole buffer to a file descriptor, retrying short writes and `EINTR`.
struct FileDescriptorWriter {
    struct Failure: Error {
        var errno: Int32
        var reason: String { String(cString: strerror(errno)) }
    }

    let fd: Int32

    /// Writes all of `parts`, one after another; the failure, or nil when everything was
    /// written.
    func write(_ parts: [[UInt8]]) -> Failure? {
        for part in parts {
            if let failure = write(part) { return failure }
        }
        return nil
    }

    /// Writes all of `bytes`; the failure, or nil when everything was written.
    func write(_ bytes: [UInt8]) -> Failure? {
        bytes.withUnsafeBufferPointer(write)
    }

    /// Writes all of `buffer`; the failure, or nil when everything was written.
    func write(_ buffer: UnsafeBufferPointer<UInt8>) -> Failure? {
        guard var p = buffer.baseAddress else { return nil }
        var left = buffer.count
        while left > 0 {
            let n = systemWrite(fd, p, min(left, 1 << 30))
            if n < 0 {
                if errno == EINTR { continue }
                return Failure(errno: errno)
            }
            if n == 0 { return Failure(errno: EIO) }
            p += n
            left -= n
        }
        return nil
    }

}
