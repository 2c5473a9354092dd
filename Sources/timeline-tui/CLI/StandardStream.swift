#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output or error, written with `write(2)` in full (no buffering surprises, no
/// Foundation), so a large export goes out in a few system calls.
struct StandardStream {
    let fd: Int32

    static let output = StandardStream(fd: 1)
    static let error = StandardStream(fd: 2)

    /// Whether this stream is a terminal.
    var isTerminal: Bool { isatty(fd) == 1 }

    func write(_ text: String) {
        var t = text
        t.withUTF8 { buffer in _ = try? FileDescriptorWriter(fd: fd).write(UnsafeRawBufferPointer(buffer)) }
    }

    /// Writes `bytes`, throwing the `errno` of a failed write.
    func write(_ bytes: [UInt8]) throws(FileDescriptorWriter.Failure) {
        try bytes.withUnsafeBytes { (b) throws(FileDescriptorWriter.Failure) in try FileDescriptorWriter(fd: fd).write(b) }
    }
}

/// Writes a whole buffer to a file descriptor, retrying short writes and `EINTR`.
struct FileDescriptorWriter {
    struct Failure: Error {
        var errno: Int32
        var reason: String { String(cString: strerror(errno)) }
    }

    let fd: Int32

    func write(_ buffer: UnsafeRawBufferPointer) throws(Failure) {
        guard var p = buffer.baseAddress else { return }
        var left = buffer.count
        while left > 0 {
            let n = systemWrite(fd, p, min(left, 1 << 30))
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(errno: errno)
            }
            if n == 0 { throw Failure(errno: EIO) }
            p += n
            left -= n
        }
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#else
private let systemWrite = Darwin.write
#endif
