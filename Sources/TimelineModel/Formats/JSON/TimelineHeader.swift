/// The timeline's own fields (the top level of a document, or the first line of JSON
/// Lines), as read and checked.
struct TimelineHeader {
    var title: String?
    var summary: String?
    var timezone: String?
    /// The `timezone` value, for its place in messages.
    var timezoneOffset: Int?
    var zones: [(name: String, offset: Int)] = []
    var extraFields: [ExtraField] = []
    /// `source_files`: the files a saved merge was made of, in the order they were given
    /// (`Timeline.origins`).
    var origins: [String] = []
    /// `read_as`: the reader a saved timeline was first read with (`Timeline.savedReadAs`).
    var readAs: String?
    var seen: Set<String> = []
    var titleWritten = false
}

extension JSONCursor {
    /// Reads the value of the top-level field `key` if it is one of the timeline's own
    /// (`title`, `summary`, `timezone`, `zones`, `source_files`, `read_as`) or an unknown one; false for `events`.
    mutating func readHeaderField(_ key: StringToken, into h: inout TimelineHeader, depth: Int) throws(SyntaxError) -> Bool {
        let name: String
        switch key.count {
        case 5 where token(key, is: "title"): name = "title"
        case 7 where token(key, is: "summary"): name = "summary"
        case 8 where token(key, is: "timezone"): name = "timezone"
        case 5 where token(key, is: "zones"): name = "zones"
        case 6 where token(key, is: "events"): return false
        case 12 where token(key, is: "source_files"): name = "source_files"
        case 7 where token(key, is: "read_as"): name = "read_as"
        default:
            let from = pos
            try skipValue(depth: depth, field: key, in: "")
            h.extraFields.append(ExtraField(name: string(key), json: compactJSON(from..<pos)))
            return true
        }
        if !h.seen.insert(name).inserted {
            report(key.quoteOffset, name, "appears more than once")
        }
        switch name {
        case "title":
            h.titleWritten = true
            if let t = try stringField("title", depth: depth, nullable: false) {
                if t.count == 0 { report(t.quoteOffset, "title", "must not be empty") }
                h.title = string(t)
            }
        case "summary":
            h.summary = try stringField("summary", depth: depth).map(string)
        case "timezone":
            let at = pos
            if let t = try stringField("timezone", depth: depth) {
                h.timezone = string(t)
                h.timezoneOffset = at
            }
        case "read_as":
            h.readAs = try stringField("read_as", depth: depth).map(string)
        case "source_files":
            for t in try stringArray("source_files", depth: depth, keep: true) {
                let file = string(t)
                if !h.origins.contains(file) { h.origins.append(file) }
            }
        default:
            for t in try stringArray("zones", depth: depth, keep: true) {
                h.zones.append((string(t), t.quoteOffset))
            }
        }
        return true
    }
}
