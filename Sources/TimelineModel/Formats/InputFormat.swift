/// Every format timeline-tui reads, with its `--input-format` name, detection by content
/// and its reader. Adding a format: a folder under `Formats/`, a case here, a line in
/// `claims` and `read`, and `docs/FORMATS/<name>.md`.
public enum InputFormat: String, Sendable, CaseIterable {
    /// Our own JSON document or JSON Lines (docs/FORMAT.md).
    case timeline
    case timesketchCSV = "timesketch-csv"
    case timesketchJSONL = "timesketch-jsonl"
    case plasoCSV = "plaso-csv"
    case plasoJSONL = "plaso-jsonl"
    case plasoL2tCSV = "plaso-l2tcsv"
    case timelineJSJSON = "timelinejs-json"
    case timelineJSCSV = "timelinejs-csv"
    case statuspage
    case jsonLog = "jsonl-log"
    case textLog = "text-log"

    /// How exports and messages name the format.
    public var displayName: String {
        switch self {
        case .timeline: "timeline-tui JSON"
        case .timesketchCSV: "Timesketch CSV"
        case .timesketchJSONL: "Timesketch JSONL"
        case .plasoCSV: "Plaso dynamic CSV"
        case .plasoJSONL: "Plaso json_line"
        case .plasoL2tCSV: "Plaso l2tcsv"
        case .timelineJSJSON: "TimelineJS JSON"
        case .timelineJSCSV: "TimelineJS spreadsheet CSV"
        case .statuspage: "Statuspage incidents"
        case .jsonLog: "JSON Lines log"
        case .textLog: "text log"
        }
    }

    /// The `--input-format` names, for `--help`.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Whether this format is a generic fallback, taken only when no specific format does.
    var isFallback: Bool { self == .jsonLog || self == .textLog }

    /// Whether the reader takes a file that starts like `sample`; nil when it does, else
    /// why not (a short clause).
    func declines(_ sample: FileSample) -> String? {
        switch self {
        case .timeline: OwnFormatDetection.declines(sample)
        case .timesketchCSV: TimesketchReader.declinesCSV(sample)
        case .timesketchJSONL: TimesketchReader.declinesJSONL(sample)
        case .plasoCSV: PlasoDynamicReader.declines(sample)
        case .plasoJSONL: PlasoJSONLineReader.declines(sample)
        case .plasoL2tCSV: PlasoL2tCSVReader.declines(sample)
        case .timelineJSJSON: TimelineJSReader.declinesJSON(sample)
        case .timelineJSCSV: TimelineJSReader.declinesCSV(sample)
        case .statuspage: StatuspageReader.declines(sample)
        case .jsonLog: JSONLogReader.declines(sample)
        case .textLog: TextLogReader.declines(sample)
        }
    }

    func read(_ bytes: [UInt8], file: String, options: ReadOptions) throws(LoadFailure) -> Timeline {
        let output: ReaderOutput
        switch self {
        case .timeline: return try TimelineLoader.load(bytes: bytes, name: file)
        case .timesketchCSV: output = TimesketchReader.readCSV(bytes, file: file, options: options)
        case .timesketchJSONL: output = TimesketchReader.readJSONL(bytes, file: file, options: options)
        case .plasoCSV: output = PlasoDynamicReader.read(bytes, file: file, options: options)
        case .plasoJSONL: output = PlasoJSONLineReader.read(bytes, file: file, options: options)
        case .plasoL2tCSV: output = PlasoL2tCSVReader.read(bytes, file: file, options: options)
        case .timelineJSJSON: output = TimelineJSReader.readJSON(bytes, file: file, options: options)
        case .timelineJSCSV: output = TimelineJSReader.readCSV(bytes, file: file, options: options)
        case .statuspage: output = StatuspageReader.read(bytes, file: file, options: options)
        case .jsonLog: output = JSONLogReader.read(bytes, file: file, options: options)
        case .textLog: output = TextLogReader.read(bytes, file: file, options: options)
        }
        return try ReadTimeline.make(output, file: file, format: self)
    }

    /// The format of a file, by content: the one specific format that takes it, else the
    /// one fallback (JSON Lines log, text log) that does. Two specific formats taking it,
    /// or none, is a problem that names them (and `--input-format`).
    public static func detect(_ bytes: [UInt8], file: String) -> Result<InputFormat, LoadFailure> {
        let sample = FileSample(Array(bytes.prefix(FileSample.length)))
        var taken: [InputFormat] = []
        var reasons: [String] = []
        for format in allCases {
            if let why = format.declines(sample) { reasons.append("\(format.rawValue): \(why)") } else { taken.append(format) }
        }
        let specific = taken.filter { !$0.isFallback }
        if specific.count == 1 { return .success(specific[0]) }
        if specific.count > 1 {
            let names = specific.map { "\($0.displayName) (--input-format \($0.rawValue))" }.joined(separator: " or ")
            return .failure(LoadFailure(problems: [Problem(file: file, place: nil, path: "",
                message: "could be \(names); say which with --input-format")]))
        }
        if let fallback = taken.first { return .success(fallback) }
        return .failure(LoadFailure(problems: [Problem(file: file, place: nil, path: "",
            message: "no reader takes this file; tried " + reasons.joined(separator: "; "))]))
    }

    /// Reads the file at `path` with `options` (its format forced or detected).
    public static func load(path: String, options: ReadOptions = ReadOptions()) throws(LoadFailure) -> Timeline {
        let file: FileBytes
        do throws(FileBytes.ReadError) {
            file = try FileBytes.read(path: path)
        } catch {
            throw LoadFailure(problems: [Problem(file: path, place: nil, path: "", message: error.message)])
        }
        let format: InputFormat
        if let forced = options.format {
            format = forced
        } else {
            // Detection reads the start of the file only.
            let prefix = Array(UnsafeBufferPointer(start: file.base, count: min(file.count, FileSample.length)))
            switch detect(prefix, file: path) {
            case .success(let f): format = f
            case .failure(let failure): throw failure
            }
        }
        // Our own format (the common case, and big files) keeps its memory-mapped loader.
        if format == .timeline { return try TimelineLoader.load(file, name: path) }
        let bytes = Array(UnsafeBufferPointer(start: file.base, count: file.count))
        return try format.read(bytes, file: path, options: options)
    }

    /// Reads `bytes` (named `file` in problems) with `options`.
    public static func load(bytes: [UInt8], file: String, options: ReadOptions = ReadOptions()) throws(LoadFailure) -> Timeline {
        let format: InputFormat
        if let forced = options.format {
            format = forced
        } else {
            switch detect(bytes, file: file) {
            case .success(let f): format = f
            case .failure(let failure): throw failure
            }
        }
        return try format.read(bytes, file: file, options: options)
    }
}
