/// A file (or standard output, `-`) written through stdio's buffer.
final class Output {
    private let file: UnsafeMutablePointer<FILE>
    private let path: String

    init(path: String) throws {
        self.path = path
        if path == "-" {
            file = fdopen(1, "w")
        } else if let f = fopen(path, "w") {
            file = f
        } else {
            throw OutputError(message: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }

    func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { _ = fwrite($0.baseAddress, 1, $0.count, file) }
    }

    func write(_ text: String) {
        write(Array(text.utf8))
    }

    func close() throws {
        let failed = ferror(file) != 0 || (path == "-" ? fflush(file) : fclose(file)) != 0
        if failed { throw OutputError(message: "cannot write \(path): \(String(cString: strerror(errno)))") }
    }
}

struct OutputError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
