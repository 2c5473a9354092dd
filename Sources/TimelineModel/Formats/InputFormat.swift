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
    let reader: (@Sendable (FileBytes, _ name: String, ReadOptions) throws(LoadFailure) -> Timeline)?
    /// Whether the format takes files on weak signs (ours takes anything that starts like
    /// JSON; a JSON Lines log, any object with a time): a file that a specific format and
    /// a permissive one both take goes to the specific one without a question.
    var permissive = false

    init(name: String, title: String, permissive: Bool = false,
         detect: @escaping @Sendable (FileBytes, _ name: String) -> Detection,
         reader: (@Sendable (FileBytes, _ name: String, ReadOptions) throws(LoadFailure) -> Timeline)?) {
        self.name = name
        self.title = title
        self.permissive = permissive
        self.detect = detect
        self.reader = reader
    }

    /// What a format says of a file.
    enum Detection {
        case takes
        /// Why not, as the end of "not <title>: …" (`it does not start with '{'`).
        case declines(String)

        var takes: Bool { if case .takes = self { true } else { false } }
    }

    /// Every format, in the order they are asked: specific signs first, permissive last.
    public static let all: [InputFormat] = [
        .timelineJS,
        .timelineJSCSV,
        .timelineJS2,
        .statuspage,
        .feed,
        .tweets,
        .googleCloudStatus,
        .discordChat,
        .mattermost,
        .plasoJSON,
        .plasoJSONL,
        .plasoL2tCSV,
        .plasoCSV,
        .plasoTLN,
        .timesketchJSONL,
        .timesketchCSV,
        .cloudWatch,
        .searchResponse,
        .cloudTrailFile,
        .zeekTSV,
        .postgresCSV,
        .vpcFlowLog,
        .w3cLog,
        .elbAccessLog,
        .accessLog,
        .logfmt,
        .auditd,
        .wevtutilText,
        .otlpJSON,
        .strace,
        .shellHistory,
        .markdown,
        .jsonArrayLog,
        .spreadsheetCSV,
        .jsonLog,
        .textLog,
        .timelineJSON,
    ]

    /// The `--input-format` names, for `--help`.
    public static var names: String { all.map(\.name).joined(separator: ", ") }

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
    func read(_ bytes: FileBytes, name file: String, options: ReadOptions = ReadOptions()) throws(LoadFailure) -> Timeline {
        guard let reader else {
            throw LoadFailure(problems: [Problem(
                file: file, place: nil, path: "",
                message: "is a \(title) file, which timeline-tui cannot read yet; docs/FORMAT.md describes the format it reads")])
        }
        return try reader(bytes, file, options)
    }

    /// The first format in `all` that takes the file, or why none does. When two formats
    /// with specific signs take it, the message names both and `--input-format`.
    static func detect(_ bytes: FileBytes, name file: String) throws(LoadFailure) -> InputFormat {
        if let utf16 = NotText.utf16Problem(bytes, file: file) { throw LoadFailure(problems: [utf16]) }
        if let blank = blankRecordFile(bytes, name: file) { return blank }
        var declined: [Problem] = []
        for (i, format) in all.enumerated() {
            switch format.detect(bytes, file) {
            case .takes:
                guard !format.permissive else { return format }
                let others = all[(i + 1)...].filter { !$0.permissive && $0.detect(bytes, file).takes }
                guard others.isEmpty else {
                    let names = ([format] + others).map { "\($0.title) (--input-format \($0.name))" }.joined(separator: " or ")
                    throw LoadFailure(problems: [Problem(file: file, place: nil, path: "",
                                                         message: "could be \(names); say which with --input-format")])
                }
                return format
            case .declines(let why):
                declined.append(Problem(file: file, place: nil, path: "", message: "not \(format.title): \(why)"))
            }
        }
        if let zip = NotText.zipProblem(bytes, file: file) { throw LoadFailure(problems: [zip]) }
        if let binary = NotText.binaryProblem(bytes, file: file) { throw LoadFailure(problems: [binary]) }
        let tried = all.map(\.title).joined(separator: ", ")
        let first = Problem(file: file, place: nil, path: "", message: "is not in a format timeline-tui reads (tried \(tried))")
        let sample = bytes.sample
        guard sample.startsLikeJSON else {
            // Kubernetes objects as YAML (`kubectl get events -o yaml`): the same as JSON is read.
            let yaml = sample.firstLine.hasPrefix("apiVersion:") || sample.firstLine.hasPrefix("kind:")
            let hint = yaml ? [Problem(file: file, place: nil, path: "", message: "it looks like Kubernetes YAML; "
                                       + "timeline-tui reads no YAML: ask kubectl for JSON (kubectl get events -o json)")] : []
            throw LoadFailure(problems: [first] + hint + declined)
        }
        // JSON: say what the file is, leave out the formats that read CSV or text (their
        // reasons only say it is not CSV), and say how a log of objects is read.
        let json = zip(all, declined).filter { !Self.textFormats.contains($0.0.name) }.map(\.1)
        let hint = Problem(file: file, place: nil, path: "", message: "a log of JSON objects is read with one object a line (JSON Lines), "
                           + "its time field named with --map time=FIELD when it is not one timeline-tui knows; "
                           + "--input-format NAME reads the file as one of the formats above")
        throw LoadFailure(problems: [first] + (Self.whatItIs(sample, file: file).map { [$0] } ?? []) + json + [hint])
    }

    /// The format of a file with nothing in it but white space, when its name says it holds
    /// records (`.jsonl`, `.ndjson`: JSON Lines, `.log`, `.txt`: a text log): zero records
    /// is what such a file holds when an export found nothing to write (Timesketch's JSON
    /// Lines has no line for a timeline without events), so it opens as a timeline with no
    /// events. A blank `.json` (or a file named otherwise) is still refused by ours: a JSON
    /// document is never empty.
    static func blankRecordFile(_ bytes: FileBytes, name: String) -> InputFormat? {
        for i in 0..<bytes.count where ![0x20, 0x09, 0x0A, 0x0D].contains(bytes.base[i]) { return nil }
        let ending = name.split(separator: "/").last?.split(separator: ".").last?.lowercased() ?? ""
        switch ending {
        case "jsonl", "ndjson": return .jsonLog
        case "log", "txt": return .textLog
        default: return nil
        }
    }

    /// The formats that read CSV, lines of text or XML only, never a JSON document.
    static let textFormats: Set = ["timelinejs-csv", "plaso-csv", "plaso-l2tcsv", "timesketch-csv", "text-log", "feed", "strace", "shell-history"]

    /// What a JSON file no format takes was recognised as, at its first byte: an object
    /// and its fields, or an array.
    private static func whatItIs(_ sample: FileSample, file: String) -> Problem? {
        let keys = sample.firstLineJSON == nil ? sample.topLevelKeys : sample.firstKeys
        guard !keys.isEmpty else { return nil }
        let shown = keys.prefix(8).map { SafeText.neutralise($0) }.joined(separator: ", ") + (keys.count > 8 ? ", …" : "")
        let what = sample.firstLineJSON == nil ? "it is a JSON document, an object with the fields " : "its first line is a JSON object with the fields "
        return Problem(file: file, place: sample.firstPlace, path: "", message: what + shown)
    }
}
