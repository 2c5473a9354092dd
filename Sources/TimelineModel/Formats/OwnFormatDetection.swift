/// Whether a file is in our own format (docs/FORMAT.md): a JSON document with `events`
/// that are not TimelineJS slides, or JSON Lines whose first line is an event (`time`,
/// `id`) or the timeline's own fields.
enum OwnFormatDetection {
    /// The fields of our document itself (`docs/FORMAT.md`); any other is an extra field.
    static let documentFields: Set = ["title", "events", "summary", "timezone", "zones", "source_files", "read_as"]

    static func declines(_ sample: FileSample) -> String? {
        guard sample.startsLikeJSON else { return "does not start with '{'" }
        if sample.firstLineJSON == nil {
            // A document over several lines: look at its first fields.
            guard sample.contains("\"events\"") else { return "a JSON document without \"events\"" }
            if sample.contains("\"start_date\"") { return "its events have start_date (TimelineJS)" }
            return nil
        }
        let keys = Set(sample.firstKeys)
        if keys.contains("events") {
            return sample.contains("\"start_date\"") ? "its events have start_date (TimelineJS)" : nil
        }
        if keys.contains("time") && (keys.contains("id") || keys.contains("title")) { return nil }
        let header: Set = ["title", "summary", "timezone", "zones"]
        if !keys.isEmpty, keys.contains("title"), keys.isSubset(of: header.union(["events"])) { return nil }
        // Our JSON Lines export's first line: `title` then `timezone`, then `read_as` and
        // the timeline's extra fields (a Statuspage import keeps `page_url`), even when no
        // event follows.
        if sample.firstKeys.starts(with: ["title", "timezone"]), !keys.contains("time") { return nil }
        return "the first line has no \"time\" with \"id\" or \"title\", and no \"events\""
    }

    /// Whether an object with these fields is one of our events: `time` with `id` or `title`.
    static func isOurEvent(_ keys: [String]) -> Bool {
        keys.contains("time") && (keys.contains("id") || keys.contains("title"))
    }

    /// Whether one of the sample's first three lines is a JSON object with `events` or two
    /// of our event fields (`id`, `time`, `title`): a JSON Lines file of ours whose first
    /// line is broken or stray, rather than someone else's log.
    static func hasEventLine(_ sample: FileSample) -> Bool {
        let lines = sample.text.split(separator: "\n").lazy.filter { !String($0).trimmingWhitespace.isEmpty }.prefix(3)
        for line in lines {
            var p = JSONValueParser(bytes: Array(line.utf8))
            guard case .object(let members)? = try? p.parseWhole() else { continue }
            let keys = Set(members.map(\.key))
            if keys.contains("events") || keys.intersection(["id", "time", "title"]).count >= 2 { return true }
        }
        return false
    }
}
