/// What each column of a Markdown timeline table holds, from its header: the time (`Time`,
/// `Time (UTC)`, `Date and Time in CET`, `When`, `Timestamp`), a separate date (`Date`),
/// the title (`Event`, `Description`, `What happened`…), the actor (`Actor`, `Who`,
/// `Owner`), in ours a merge's `Source`; `T+` is worked out again, not read; any other
/// column is an extra field named by its header.
struct MarkdownColumns {
    var time: Int
    var timeName: String
    var date: Int?
    var title: Int?
    var actor: Int?
    var origins: Int?
    var extra: [(Int, String)] = []
    /// The zone the time column's header names (`Time (UTC)`); not for ours, whose header
    /// abbreviation (`Time (EDT)`) is the named zone's at that day.
    var zone: MarkdownZoneWord?
    /// The abbreviation in the time column's header, which settles a repeated hour.
    var abbreviation: String?

    static let titleNames: Set = ["event", "events", "description", "what", "what happened", "action", "actions", "details",
                                  "summary", "note", "notes", "update", "message", "activity", "comment", "comments",
                                  "event description", "status", "observation", "impact / event", "item"]
    static let actorNames: Set = ["actor", "who", "owner", "person", "by", "author", "responder", "team", "people", "name"]

    init(header: [MarkdownBlock.Cell], ours: Bool) {
        let names = header.map { MarkdownInline.text($0.text).text }
        let lower = names.map { $0.lowercased() }
        func firstIndex(_ test: (String) -> Bool, except: Int? = nil) -> Int? {
            lower.indices.first { $0 != except && test(lower[$0]) }
        }
        let timeWords = ["time", "when", "timestamp", "hour", "clock"]
        var time = firstIndex { name in timeWords.contains { name.contains($0) } && !name.hasPrefix("t+") }
        var date = firstIndex({ $0.contains("date") || $0 == "day" }, except: time)
        if time == nil { (time, date) = (date, nil) }
        self.time = time ?? 0
        self.date = date
        timeName = names.indices.contains(self.time) ? names[self.time] : "time"
        actor = firstIndex { Self.actorNames.contains($0) }
        origins = ours ? firstIndex { $0 == "source" } : nil
        let used = Set([self.time, date, actor, origins].compactMap { $0 })
        title = firstIndex { Self.titleNames.contains($0) } ?? lower.indices.first {
            !used.contains($0) && !lower[$0].hasPrefix("t+") && lower[$0] != "relative"
        }
        for i in names.indices where !used.contains(i) && i != title && !lower[i].hasPrefix("t+") && lower[i] != "relative" {
            extra.append((i, names[i].isEmpty ? "column \(i + 1)" : names[i]))
        }
        let headerZone = MarkdownZoneWord.named(in: Substring(timeName))
        if ours {
            // `Time (EDT)`, `Time (+0530)`: the abbreviation only.
            if let open = timeName.firstIndex(of: "("), let close = timeName.lastIndex(of: ")"), open < close {
                abbreviation = String(timeName[timeName.index(after: open)..<close])
            }
        } else {
            zone = headerZone
            if case .ambiguous(let name)? = headerZone { abbreviation = name }
        }
    }
}
