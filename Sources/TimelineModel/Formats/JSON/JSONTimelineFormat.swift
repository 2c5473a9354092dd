extension InputFormat {
    /// timeline-tui's own format: a JSON document or JSON Lines (`docs/FORMAT.md`). Asked
    /// last: it takes anything that starts like JSON, or is named like it, so that a
    /// broken file gets a message about its syntax.
    static let timelineJSON = InputFormat(
        name: "json", title: "timeline JSON",
        permissive: true,
        detect: { bytes, name in
            // A JSON Lines file of someone else's objects (a log whose time field is not one
            // we know) is declined, so that the message lists what each reader wanted.
            let sample = bytes.sample
            // TimelineJS 2's JSON ({"timeline": {"headline", "date": [{"startDate": "1932,2,27"}]}}).
            if sample.startsLikeJSON, sample.contains("\"timeline\""), sample.contains("\"startDate\""),
               !sample.contains("\"events\"") {
                return .declines("it is TimelineJS 2's JSON (\"timeline\" with \"startDate\"), which timeline-tui does not read; TimelineJS 3's has \"events\" with \"start_date\"")
            }
            if case .object(let members)? = sample.firstLineJSON, !members.isEmpty,
               OwnFormatDetection.declines(sample) != nil, !OwnFormatDetection.hasEventLine(sample) {
                return .declines("none of its first lines is an event of ours (two of id, time, title) or a header")
            }
            // A JSON document over several lines none of whose first fields is ours (a
            // GeoJSON, `{"foo": […]}`): not ours, rather than "missing required field". (A
            // first line that is a whole object that did not parse is JSON Lines: ours to report.)
            let keys = sample.firstLineJSON == nil && !sample.firstLine.trimmingWhitespace.hasSuffix("}") ? sample.topLevelKeys : []
            if !keys.isEmpty, !keys.contains(where: OwnFormatDetection.documentFields.contains) {
                return .declines("a JSON document with none of \"title\", \"events\", \"summary\", \"timezone\"")
            }
            // An array of objects is a log (`json-array-log` says what it lacks); ours is
            // never an array (an array of our events is ours to say so).
            if let keys = LogDocumentReader.firstElementKeys(sample), !OwnFormatDetection.isOurEvent(keys) {
                return .declines("a JSON array of objects; a timeline is an object with \"events\"")
            }
            // A NUL byte is never in JSON text: a binary file named .json is said to be binary.
            if !sample.startsLikeJSON, NotText.binaryProblem(bytes, file: name) != nil {
                return .declines("it holds a NUL byte, which JSON text never does")
            }
            let lower = name.lowercased()
            if [".json", ".jsonl", ".ndjson"].contains(where: lower.hasSuffix) { return .takes }
            var c = JSONCursor(base: bytes.base, start: bytes.contentStart, end: bytes.count, endName: "file")
            c.skipWhitespace()
            // An empty file is ours to call empty.
            if c.atEnd { return .takes }
            switch c.byte(c.pos) {
            case 0x7B: return .takes
            // Not followed by a JSON value, a `[` begins a log line (`[pid: 8|app: 0]`).
            case 0x5B:
                return sample.startsLikeJSON ? .takes : .declines("its '[' is not followed by a JSON value, and its name does not end in .json, .jsonl or .ndjson")
            // A string is ours to refuse only when its first line is JSON: `"2023-11-14 12:00"\t"a"`
            // is a log's line of quoted cells.
            case 0x22:
                var p = JSONValueParser(bytes: Array(sample.firstLine.utf8))
                return (try? p.parseWhole()) != nil ? .takes
                    : .declines("its first line is not a JSON value, and its name does not end in .json, .jsonl or .ndjson")
            default: return .declines("it does not start with '{', '[' or '\"' and its name does not end in .json, .jsonl or .ndjson")
            }
        },
        reader: { bytes, name, options throws(LoadFailure) in try JSONTimelineReader.read(bytes, name: name, options: options) }
    )
}
