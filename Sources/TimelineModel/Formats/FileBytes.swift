import Synchronization
/// The bytes of one input file, read once into memory of our own.
///
/// Not a mapping of the file itself: events are decoded from these bytes long after
/// loading (when the viewer scrolls to them), and a mapped file that someone truncates or
/// rewrites in the meantime would crash the process (SIGBUS) or change under it. A copy
/// keeps what was loaded and checked, whatever happens to the file.
///
/// A class so that lazily decoded events can keep the bytes alive as long as a `Timeline`
/// refers to them; immutable once made, hence safe to share between threads.
final class FileBytes: @unchecked Sendable {
    let base: UnsafePointer<UInt8>
    let count: Int
    /// The start of the file as detection reads it, made once: every format is asked in
    /// turn, and each made its own 64 KB sample (a merge of ten files asked a hundred).
    private let madeSample = Mutex<FileSample?>(nil)

    /// The start of the file as detection reads it (`FileSample`), made on the first ask.
    var sample: FileSample {
        madeSample.withLock { made in
            if let made { return made }
            let sample = FileSample(Array(UnsafeBufferPointer(start: base, count: min(count, FileSample.length))))
            made = sample
            return sample
        }
    }
    /// The length of the anonymous mapping holding the bytes, 0 when they were allocated.
    private let mappedLength: Int

    /// Copies `bytes` into memory owned by this object.
    init(copying bytes: UnsafeRawBufferPointer) {
        let memory = UnsafeMutablePointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        if let source = bytes.baseAddress, bytes.count > 0 {
            memory.initialize(from: source.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        }
        base = UnsafePointer(memory)
        count = bytes.count
        mappedLength = 0
    }

    private init(mapped: UnsafePointer<UInt8>, count: Int, length: Int) {
        base = mapped
        self.count = count
        mappedLength = length
    }

    deinit {
        if mappedLength > 0 {
            munmap(UnsafeMutableRawPointer(mutating: base), mappedLength)
        } else {
            UnsafeMutablePointer(mutating: base).deallocate()
        }
    }

    var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// Why a file could not be read, as a plain sentence.
    struct ReadError: Error {
        var message: String
    }

    /// Reads the file at `path`: a regular file in one go into memory sized for it,
    /// anything else (a pipe) in chunks.
    static func read(path: String) throws(ReadError) -> FileBytes {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ReadError(message: openMessage(errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw ReadError(message: "cannot be read: " + describe(errno)) }
        let kind = info.st_mode & S_IFMT
        if kind == S_IFDIR { throw ReadError(message: "is a directory, not a timeline file" + (SlackChannel.folderHint(path) ?? "")) }
        if kind == S_IFREG {
            let size = Int(info.st_size)
            if size == 0 { return FileBytes(copying: UnsafeRawBufferPointer(start: nil, count: 0)) }
            if let bytes = try readRegular(fd, size: size) { return bytes }
        }
        return try readAll(fd)
    }

    /// Reads up to `size` bytes (the size when the file was opened) into an anonymous
    /// mapping; nil when no such mapping can be made.
    private static func readRegular(_ fd: Int32, size: Int) throws(ReadError) -> FileBytes? {
        guard let memory = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
              memory != MAP_FAILED
        else { return nil }
        // No MADV_HUGEPAGE: after a pause the kernel compacts memory for it first, which
        // made big loads slower (figures in docs/MEASURING.md).
        let target = memory.assumingMemoryBound(to: UInt8.self)
        let done: Int
        do throws(ReadError) {
            done = try readInHalves(fd, into: target, size: size)
        } catch {
            munmap(memory, size)
            throw error
        }
        mprotect(memory, size, PROT_READ)
        return FileBytes(mapped: UnsafePointer(memory.assumingMemoryBound(to: UInt8.self)), count: done, length: size)
    }

    /// Files at least this big are read on two threads, a half each: most of the time
    /// goes into the page faults of fresh memory, which two cores take side by side.
    static let halvesThreshold = 8 << 20

    /// Reads `size` bytes from the start of `fd` into `target` (a big file in two halves
    /// read at once); how many were there (fewer when the file shrank since it was opened).
    private static func readInHalves(_ fd: Int32, into target: UnsafeMutablePointer<UInt8>, size: Int) throws(ReadError) -> Int {
        guard size >= halvesThreshold else {
            let (n, code) = readRange(fd, into: target, from: 0, count: size)
            if code != 0 { throw ReadError(message: "cannot be read: " + describe(code)) }
            return n
        }
        let middle = size / 2
        let results = ConcurrentWork(count: 2) { k in
            k == 0 ? readRange(fd, into: target, from: 0, count: middle) : readRange(fd, into: target, from: middle, count: size - middle)
        }.run()
        for r in results where r.errno != 0 { throw ReadError(message: "cannot be read: " + describe(r.errno)) }
        // A first half cut short means the file shrank below the middle: keep only that.
        return results[0].count < middle ? results[0].count : middle + results[1].count
    }

    /// `count` bytes of `fd` from `from` into `target + from`, up to the end of the file;
    /// how many were read, and the error number of a failed read (else 0).
    private static func readRange(_ fd: Int32, into target: UnsafeMutablePointer<UInt8>, from: Int, count: Int) -> (count: Int, errno: Int32) {
        var done = 0
        while done < count {
            let n = pread(fd, target + from + done, min(count - done, 1 << 30), off_t(from + done))
            if n < 0 {
                if errno == EINTR { continue }
                return (done, errno)
            }
            if n == 0 { break }
            done += n
        }
        return (done, 0)
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

extension FileBytes {
    /// Where the content starts: after a UTF-8 byte-order mark, if there is one.
    var contentStart: Int {
        count >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF ? 3 : 0
    }
}
