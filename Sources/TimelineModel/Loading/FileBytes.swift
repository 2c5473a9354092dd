#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of one input file, memory-mapped when it is a regular file, copied otherwise.
///
/// A class so that lazily decoded events can keep the mapping alive as long as a `Timeline`
/// refers to it; immutable once made, hence safe to share between threads.
final class FileBytes: @unchecked Sendable {
    let base: UnsafePointer<UInt8>
    let count: Int
    private let isMapped: Bool

    /// Copies `bytes` into memory owned by this object.
    init(copying bytes: UnsafeRawBufferPointer) {
        let memory = UnsafeMutablePointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        if let source = bytes.baseAddress, bytes.count > 0 {
            memory.initialize(from: source.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        }
        base = UnsafePointer(memory)
        count = bytes.count
        isMapped = false
    }

    private init(mapped: UnsafePointer<UInt8>, count: Int) {
        base = mapped
        self.count = count
        isMapped = true
    }

    deinit {
        if isMapped {
            munmap(UnsafeMutableRawPointer(mutating: base), count)
        } else {
            UnsafeMutablePointer(mutating: base).deallocate()
        }
    }

    var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// Why a file could not be read, as a plain sentence.
    struct ReadError: Error {
        var message: String
    }

    /// Opens `path`: maps a regular file, reads anything else (a pipe) in one go.
    static func read(path: String) throws(ReadError) -> FileBytes {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ReadError(message: openMessage(errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw ReadError(message: "cannot be read: " + describe(errno)) }
        let kind = info.st_mode & S_IFMT
        if kind == S_IFDIR { throw ReadError(message: "is a directory, not a timeline file") }
        if kind == S_IFREG {
            let size = Int(info.st_size)
            if size == 0 { return FileBytes(copying: UnsafeRawBufferPointer(start: nil, count: 0)) }
            let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0)
            if let mapped, mapped != MAP_FAILED {
                madvise(mapped, size, MADV_SEQUENTIAL)
                return FileBytes(mapped: UnsafePointer(mapped.assumingMemoryBound(to: UInt8.self)), count: size)
            }
        }
        return try readAll(fd)
    }

    private static func readAll(_ fd: Int32) throws(ReadError) -> FileBytes {
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ReadError(message: "cannot be read: " + describe(errno))
            }
            if n == 0 { break }
            data.append(contentsOf: chunk[0..<n])
        }
        return data.withUnsafeBytes { FileBytes(copying: $0) }
    }

    private static func openMessage(_ code: Int32) -> String {
        switch code {
        case ENOENT: "does not exist"
        case EACCES: "cannot be read: permission denied"
        case EISDIR: "is a directory, not a timeline file"
        default: "cannot be opened: " + describe(code)
        }
    }

    private static func describe(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        let s = String(cString: text)
        return s.prefix(1).lowercased() + s.dropFirst()
    }
}

/// `read(2)`, named apart from `FileBytes.read(path:)`.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}
