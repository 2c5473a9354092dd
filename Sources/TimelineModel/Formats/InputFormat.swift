/// The formats timeline-tui reads: their names for `--input-format`, how each is told by
/// its content, and its reader. Adding a format is a folder under `Formats/` and one line
/// in `all` (see `docs/ARCHITECTURE.md`).
///
/// Formats are asked in the order of `all`; the first that takes a file reads it. A
/// format with specific signs (TimelineJS's `start_date`) comes before a permissive one
/// (ours, which takes anything that starts like JSON, to report its syntax errors). When
/// none takes a file, the message says which were tried and why each declined.
public struct InputFormat: Sendable, Hashable, CustomStringConvertible {
    /// The name for `--input-format` (`json`, `timelinejs`).
    public let name: String
    /// The name in messages (`TimelineJS`).
    public let title: String
    /// Whether this format takes the file, from its first bytes.
    let detect: @Sendable (FileBytes, _ name: String) -> Detection
    /// Reads a file of this format; nil while the format is recognised but not read yet.
    let reader: (@Sendable (FileBytes, _ name: String) throws(LoadFailure) -> Timeline)?

    /// What a format says of a file.
    enum Detection {
        case takes
        /// Why not, as the end of "not <title>: …" (`it does not start with '{'`).
        case declines(String)
    }

    /// Every format, in the order they are asked.
    public static let all: [InputFormat] = [
        .timelineJS,
        .timelineJSON,
    ]

    /// The format named `name` for `--input-format` (any case), if there is one.
    public static func named(_ name: String) -> InputFormat? {
        all.first { $0.name == name.lowercased() }
    }

    /// Whether timeline-tui can read this format yet (TimelineJS is recognised first).
    public var isReadable: Bool { reader != nil }

    public var description: String { name }

    public static func == (a: InputFormat, b: InputFormat) -> Bool { a.name == b.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }

    /// Reads `bytes` as this format.
    func read(_ bytes: FileBytes, name file: String) throws(LoadFailure) -> Timeline {
        guard let reader else {
            throw LoadFailure(problems: [Problem(
                file: file, place: nil, path: "",
                message: "is a \(title) file, which timeline-tui cannot read yet; docs/FORMAT.md describes the format it reads")])
        }
        return try reader(bytes, file)
    }

    /// The first format in `all` that takes the file, or why none does.
    static func detect(_ bytes: FileBytes, name file: String) throws(LoadFailure) -> InputFormat {
        var declined: [Problem] = []
        for format in all {
            switch format.detect(bytes, file) {
            case .takes: return format
            case .declines(let why):
                declined.append(Problem(file: file, place: nil, path: "", message: "not \(format.title): \(why)"))
            }
        }
        let tried = all.map(\.title).joined(separator: ", ")
        let first = Problem(file: file, place: nil, path: "", message: "is not in a format timeline-tui reads (tried \(tried))")
        throw LoadFailure(problems: [first] + declined)
    }
}
