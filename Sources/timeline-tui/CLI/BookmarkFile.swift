import Foundation
import TimelineModel

/// The bookmarks of a timeline, kept next to it in `FILE.marks.json` as the ids of the
/// events: `{"bookmarks": ["restored", "trump-rogue-employee"]}`. Written atomically with
/// `OutputFile`; read when the file is opened again and by `export --bookmarked`.
struct BookmarkFile: Sendable {
    let path: String

    /// The sidecar of the timeline at `timelinePath`.
    init(for timelinePath: String) {
        path = timelinePath + ".marks.json"
    }

    init(path: String) {
        self.path = path
    }

    /// The ids kept; none when there is no sidecar; a sentence when it cannot be read.
    func read() -> Result<[String], Failure> {
        guard FileManager.default.fileExists(atPath: path) else { return .success([]) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(Failure(reason: "\(path) cannot be read"))
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let ids = object["bookmarks"] as? [String] else {
            return .failure(Failure(reason: "\(path) is not a bookmarks file ({\"bookmarks\": [ids]})"))
        }
        return .success(ids)
    }

    /// Replaces the sidecar with `ids` (atomically); an empty list still writes the file,
    /// so that cleared bookmarks stay cleared.
    func write(_ ids: [String]) throws(CommandFailure) {
        let list = ids.map { "    " + Self.quoted($0) }.joined(separator: ",\n")
        let text = "{\n  \"bookmarks\": [\n" + list + (ids.isEmpty ? "" : "\n") + "  ]\n}\n"
        try OutputFile(path: path, force: true).write(Array(text.utf8))
    }

    struct Failure: Error, Sendable {
        let reason: String
    }

    private static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where u.value < 0x20: out += String(format: "\\u%04x", u.value)
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }

    /// The positions of the events with these ids (those still in the timeline), found
    /// with the store's fast matching and then checked whole.
    static func positions(of ids: [String], in events: EventList) -> [Int] {
        var found: [Int] = []
        for id in Set(ids) where !id.isEmpty {
            found += EventFilter(id: id).indices(in: events).filter { events[$0].id == id }
        }
        return found.sorted()
    }
}
