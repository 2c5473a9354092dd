import TimelineModel

/// Where a command reads its timeline: a file, standard input, or the bundled incident.
///
/// `-` names standard input, as in cat and less; with no file at all, a pipe or a
/// redirected file on standard input is read too (`cat f.json | timeline-tui`). A terminal
/// or a device such as /dev/null there is not: the viewer then shows the bundled incident.
/// Messages name standard input `<stdin>`.
enum TimelineSource: Equatable {
    case file(String)
    case standardInput
    case bundled

    static let standardInputName = "<stdin>"

    /// The source a command line names. `file` is the argument, nil when none was given.
    init(argument file: String?) {
        switch file {
        case "-": self = .standardInput
        case let path?: self = .file(path)
        case nil: self = Self.standardInputHasData ? .standardInput : .bundled
        }
    }

    /// Whether standard input is a pipe, a socket or a regular file (not a terminal, not
    /// a device such as /dev/null that test runners and cron jobs leave there).
    static var standardInputHasData: Bool {
        var info = stat()
        guard fstat(StandardStream.input.fd, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type == S_IFIFO || type == S_IFSOCK || type == S_IFREG
    }

    /// How messages name it: the path as given, `<stdin>`, or the bundled file's name.
    var name: String {
        switch self {
        case .file(let path): path
        case .standardInput: Self.standardInputName
        case .bundled: BundledIncident.name
        }
    }

    /// The file to watch for changes while it is shown (none for standard input).
    var watchedPath: String? {
        if case .file(let path) = self { return path }
        return nil
    }

    /// The timeline, read with `options` (format, zone for zoneless times, `--map`).
    func load(options: ReadOptions = ReadOptions()) throws(LoadFailure) -> Timeline {
        switch self {
        case .file(let path):
            return try TimelineLoader.load(path: path, options: options)
        case .bundled:
            return try TimelineLoader.load(bytes: BundledIncident.bytes, name: BundledIncident.name)
        case .standardInput:
            let bytes: [UInt8]
            do {
                bytes = try Self.readStandardInput()
            } catch {
                throw LoadFailure(problems: [Problem(file: Self.standardInputName, place: nil, path: "", message: "cannot be read: \(error.reason)")])
            }
            return try TimelineLoader.load(bytes: bytes, name: Self.standardInputName, options: options)
        }
    }

    struct ReadFailure: Error {
        var reason: String
    }

    /// All of standard input, to its end.
    static func readStandardInput() throws(ReadFailure) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let fd = StandardStream.input.fd
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ReadFailure(reason: String(cString: strerror(errno)))
            }
            if n == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<n])
        }
    }
}
