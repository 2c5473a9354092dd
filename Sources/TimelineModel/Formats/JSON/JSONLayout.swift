/// The two layouts of our JSON format: a document, or JSON Lines.
enum JSONLayout: Equatable {
    /// One JSON object with `title` and `events`.
    case document
    /// One event object a line; `headerFirst` when the first line holds the timeline's
    /// own fields instead of an event.
    case jsonLines(headerFirst: Bool)

    /// Decides by content: a first object with `events` makes a document; more than one
    /// value, or a lone object with `time` or `id`, makes JSON Lines. Its first line is the
    /// timeline's own fields when it has `title` or `timezone` and no field only an event
    /// has (`time`, `id`, `actor`…), or when it has both `title` and `timezone` and neither
    /// `time` nor `id` (which every event has): so the first line our `jsonl` export writes
    /// is the header even when the timeline has extra fields named like an event's
    /// (`actor`, `kind`), while a log line such as `{"level":"info"}` is an event with the
    /// usual problems, never silently taken as the header. When the first object cannot be
    /// read, a `.jsonl` or `.ndjson` name decides.
    static func detect(_ base: UnsafePointer<UInt8>, start: Int, end: Int, name: String) -> JSONLayout {
        var c = JSONCursor(base: base, start: start, end: end, endName: "file")
        c.skipWhitespace()
        guard !c.atEnd, c.byte(c.pos) == 0x7B else { return .document }
        var hasEventFields = false
        var hasEventOnlyFields = false
        var hasHeaderFields = false
        var hasTitle = false
        var hasTimezone = false
        var isHeader: Bool {
            hasHeaderFields && !hasEventOnlyFields || hasTitle && hasTimezone && !hasEventFields
        }
        do {
            if try c.beginObject(depth: 1) {
                repeat {
                    let key = try c.readKey()
                    if c.token(key, is: "events") { return .document }
                    if c.token(key, is: "time") || c.token(key, is: "id") { hasEventFields = true }
                    if c.token(key, is: "title") || c.token(key, is: "timezone") {
                        hasHeaderFields = true
                        if c.token(key, is: "title") { hasTitle = true } else { hasTimezone = true }
                    } else if let field = c.eventField(key), field != .sourceFiles {
                        // `title` and `source_files` are both an event's and the timeline's.
                        hasEventOnlyFields = true
                    }
                    try c.skipValue(depth: 2)
                } while try c.nextField()
            }
        } catch {
            let lower = name.lowercased()
            if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") {
                return .jsonLines(headerFirst: isHeader)
            }
            return .document
        }
        c.skipWhitespace()
        if c.atEnd {
            // A `.jsonl` file whose one line is the header: our `jsonl` export of an empty
            // timeline (a filter that kept nothing, Statuspage's unresolved incidents).
            let lower = name.lowercased()
            if !hasEventFields, isHeader, lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return .jsonLines(headerFirst: true) }
            return hasEventFields ? .jsonLines(headerFirst: false) : .document
        }
        return .jsonLines(headerFirst: isHeader)
    }
}
