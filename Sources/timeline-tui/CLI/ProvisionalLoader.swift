import Foundation
import TimelineModel

// PROVISIONAL: stands in for the loader helper's `TimelineLoader` until it lands on main.
enum TimelineLoader {
    static func load(path: String) throws -> Timeline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadFailure(problems: [Problem(file: path, place: nil, path: "", message: "cannot be read")])
        }
        return try load(bytes: [UInt8](data), name: path)
    }

    static func load(bytes: [UInt8], name: String) throws -> Timeline {
        func fail(_ m: String) -> LoadFailure { LoadFailure(problems: [Problem(file: name, place: nil, path: "", message: m)]) }
        guard let root = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
            throw fail("is not a JSON object")
        }
        var events: [Event] = []
        for (n, raw) in ((root["events"] as? [[String: Any]]) ?? []).enumerated() {
            guard case .success(let time) = TimeParser.parse(raw["time"] as? String ?? "") else {
                throw fail("events[\(n)].time is not a time")
            }
            var end: EventTime?
            if let e = raw["end"] as? String, case .success(let t) = TimeParser.parse(e) { end = t }
            let sort: Instant
            switch time {
            case .instant(let i, _): sort = i
            case .day(let d): sort = Instant(seconds: (d.daysSinceEpoch + 1) * 86_400 + 4 * 3600 - 1)
            }
            let quote = (raw["quote"] as? [String: Any]).map { Quote(text: $0["text"] as? String ?? "", lang: $0["lang"] as? String) }
            let sources = ((raw["sources"] as? [[String: Any]]) ?? []).map { Source(name: $0["name"] as? String ?? "", url: $0["url"] as? String) }
            let known: Set<String> = ["id", "time", "end", "approximate", "actor", "kind", "title", "text", "quote", "sources", "tags", "precision"]
            let extra = raw.keys.filter { !known.contains($0) }.sorted().map { ExtraField(name: $0, json: "\"\(raw[$0]!)\"") }
            events.append(Event(
                id: raw["id"] as? String ?? "", time: time, end: end, approximate: raw["approximate"] as? Bool ?? false,
                actor: raw["actor"] as? String, kind: raw["kind"] as? String, title: raw["title"] as? String ?? "",
                text: raw["text"] as? String, quote: quote, sources: sources, tags: raw["tags"] as? [String] ?? [],
                extraFields: extra, fileIndex: n, sortInstant: sort))
        }
        events.sort { ($0.sortInstant, $0.fileIndex) < ($1.sortInstant, $1.fileIndex) }
        return Timeline(title: root["title"] as? String ?? "", summary: root["summary"] as? String,
                        timezone: root["timezone"] as? String ?? "UTC", zones: root["zones"] as? [String] ?? [],
                        events: EventList(events))
    }
}
