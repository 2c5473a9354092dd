/// The one way into the model: bytes in, a checked and sorted `Timeline` out, or every
/// problem found with its place (`FILE:LINE:COL: events[3].time: …`).
///
/// Invalid UTF-8 inside a string does not refuse the file: the string shows U+FFFD for
/// the bad bytes and `Timeline.warnings` says where each was (what to do with them is the
/// caller's choice: `validate` reports them as problems, `export` and the viewer show the
/// timeline and say so). Anywhere else in the file it is a syntax error.
///
/// The format is told by content (`InputFormat.all`, asked in order) unless `format` names
/// it; each format's reader hands what it read to `TimelineBuilder`, which holds the rules
/// every timeline follows. See `docs/ARCHITECTURE.md`.
public enum TimelineLoader {
    /// Loads the file at `path` (read into memory once). `path` is also the file name in problems.
    public static func load(path: String, format: InputFormat? = nil, options: ReadOptions = ReadOptions()) throws(LoadFailure) -> Timeline {
        let bytes: FileBytes
        do throws(FileBytes.ReadError) {
            bytes = try FileBytes.read(path: path)
        } catch {
            throw LoadFailure(problems: [Problem(file: path, place: nil, path: "", message: error.message)])
        }
        var timeline = try load(bytes, name: path, format: format, options: options)
        timeline.bytesRead = bytes.count
        return timeline
    }

    /// Loads a timeline from bytes in memory; `name` stands for the file in problems.
    public static func load(bytes: [UInt8], name: String, format: InputFormat? = nil, options: ReadOptions = ReadOptions()) throws(LoadFailure) -> Timeline {
        try load(bytes.withUnsafeBytes { FileBytes(copying: $0) }, name: name, format: format, options: options)
    }

    /// Loads a timeline from bytes in memory (copied); `name` stands for the file in problems.
    public static func load(bytes: UnsafeRawBufferPointer, name: String, format: InputFormat? = nil, options: ReadOptions = ReadOptions()) throws(LoadFailure) -> Timeline {
        try load(FileBytes(copying: bytes), name: name, format: format, options: options)
    }

    static func load(_ bytes: FileBytes, name: String, format: InputFormat? = nil, options: ReadOptions = ReadOptions()) throws(LoadFailure) -> Timeline {
        let chosen: InputFormat
        if let given = format ?? options.format {
            chosen = given
        } else if let mapped = options.map.time, JSONLogReader.firstLineHas(mapped, bytes.sample) {
            // `--map time=FIELD` names a JSON Lines log's time: a file with that field is one.
            chosen = .jsonLog
        } else if let mapped = options.map.time, LogDocumentReader.declinesArray(bytes.sample, mappedTime: mapped) == nil {
            chosen = .jsonArrayLog
        } else {
            chosen = try InputFormat.detect(bytes, name: name)
        }
        return try chosen.read(bytes, name: name, options: options)
    }
}
