/// Mattermost's bulk export (`mmctl export create`, `mattermost export bulk`; the format
/// `mmctl import` reads back, `server/channels/app/imports/import_types.go`): JSON Lines whose
/// first line is `{"type":"version","version":1}`, then `team`, `channel`, `user`,
/// `direct_channel`, `post`, `direct_post` and `emoji` lines, each object under its type's key.
///
/// Each `post` and `direct_post` is an event (`MattermostPost`), and so is each of its
/// `replies`, with `reply_to` naming its post's event id (`export:14`: a bulk export writes no
/// ids, so a post's id is its line's). A post's `user` is a username, its actor. The channel
/// is an extra field (`channel`: `~town-square`, its `team` beside it; a direct post's
/// `channel_members`). The timeline is titled by its channel (`~incident-42 (Team Name)`)
/// when its posts are all in one, else by its team. Lines of other types describe and are
/// not events and are passed over unparsed (a user's line lists every channel they are in);
/// an unknown type is passed over too (later versions add types).
enum MattermostBulkExport {
    static func takes(_ sample: FileSample) -> Bool {
        guard let first = sample.firstLineJSON else { return false }
        return first["type"]?.string == "version" && first["version"]?.text != nil
    }

    /// What the lines before say of the posts: teams' display names, and the channels and
    /// teams the posts are in (for the title).
    private struct Seen {
        var teams: [String: String] = [:]
        var channels: Set<String> = []
        var postTeams: Set<String> = []

        /// `~channel (Team)` when every post is in one channel, else the team when one.
        var title: String? {
            if channels.count == 1, let channel = channels.first {
                let team = postTeams.count == 1 ? postTeams.first.flatMap { teams[$0] } : nil
                return "~" + channel + (team.map { " (\($0))" } ?? "")
            }
            guard postTeams.count == 1, let team = postTeams.first else { return nil }
            return teams[team] ?? team
        }
    }

    static func read(_ bytes: [UInt8], file: String, options: ReadOptions) -> ReaderOutput {
        var out = ReaderOutput()
        var places = ProblemPlaces(file: file, bytes: bytes)
        let whole = bytes.withUnsafeBytes { FileBytes(copying: $0) }
        let stem = TimelineBuilder.stem(file)
        var seen = Seen()
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 0
        while start < bytes.count {
            line += 1
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            defer { start = end + 1 }
            guard bytes[start..<end].contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            // A user's line lists every channel they are in: the lines that are not read are
            // passed over by the type Mattermost writes first, not parsed.
            if let type = writtenType(bytes, start, end), !read.contains(type) { continue }
            var parser = JSONValueParser(whole, start: start, end: end)
            let value: JSONValue
            do throws(JSONValueParser.Failure) {
                value = try parser.parseWhole()
            } catch {
                out.problems.append(places.problem(at: error.offset, "", error.message))
                continue
            }
            for offset in parser.invalidUTF8Offsets {
                out.warnings.append(places.problem(at: offset, "", "invalid UTF-8 inside a string (shown as U+FFFD)"))
            }
            guard let type = value["type"]?.string else {
                out.problems.append(places.problem(at: start, "type", "a line of a Mattermost bulk export has no \"type\""))
                continue
            }
            switch type {
            case "team":
                if let name = value["team"]?["name"]?.string { seen.teams[name] = value["team"]?["display_name"]?.string ?? name }
            case "post", "direct_post":
                guard let post = value.member(type) else {
                    out.problems.append(places.problem(at: start, type, "a \(type) line with no \"\(type)\" object"))
                    continue
                }
                add(post, type: type, id: "\(stem):\(line)", seen: &seen, places: &places, into: &out)
            default:
                continue
            }
        }
        out.title = seen.title
        out.readerNote = note
        return out
    }

    /// What "Read as" says after the format's name, and so the reader of a timeline that
    /// was read as a bulk export (`MergeInput.byChannel`).
    static let note = "bulk export"
    static var readAs: String { "\(InputFormat.mattermost.title) (\(note))" }

    /// The types of line read: the others describe (`user`, `channel`, `emoji`…).
    private static let read: Set<[UInt8]> = [Array("post".utf8), Array("direct_post".utf8), Array("team".utf8)]

    /// The type a line names at its very start, as Mattermost writes every line
    /// (`{"type":"user",…`), from its bytes; nil for a line written otherwise (then parsed).
    private static func writtenType(_ bytes: [UInt8], _ start: Int, _ end: Int) -> [UInt8]? {
        let prefix: [UInt8] = Array(#"{"type":""#.utf8)
        guard end - start > prefix.count + 1, bytes[start..<(start + prefix.count)].elementsEqual(prefix) else { return nil }
        let from = start + prefix.count
        guard let close = bytes[from..<min(end, from + 32)].firstIndex(of: 0x22), close + 1 < end, bytes[close + 1] == 0x2C,
              bytes[from..<close].allSatisfy({ (0x61...0x7A).contains($0) || $0 == 0x5F }) else { return nil }
        return Array(bytes[from..<close])
    }

    /// A post and its replies; `id`: the post's event id, made from its line.
    private static func add(_ post: JSONValue.Member, type: String, id: String, seen: inout Seen, places: inout ProblemPlaces,
                            into out: inout ReaderOutput) {
        var context = MattermostPost.Context(actor: post.value["user"]?.string, used: ["user", "replies"])
        if type == "post" {
            if let channel = post.value["channel"]?.string {
                context.extras.append(ExtraField(name: "channel", json: JSONValue.quoted("~" + channel)))
                seen.channels.insert(channel)
            }
            if let team = post.value["team"]?.string { seen.postTeams.insert(team) }
            context.used.insert("channel")
        }
        let before = out.events.count
        MattermostPost.add(post, path: type, context: context, places: &places, into: &out)
        // The first event of its line, the post gets the line's id (`TimelineBuilder`).
        let root = out.events.count > before ? id : nil
        for (i, reply) in (post.value["replies"]?.elements ?? []).enumerated() {
            var r = MattermostPost.Context(actor: reply.value["user"]?.string, used: ["user"])
            r.extras = context.extras.filter { $0.name == "channel" }
            if let root { r.extras.append(ExtraField(name: "reply_to", json: JSONValue.quoted(root))) }
            MattermostPost.add(reply, path: "\(type).replies[\(i)]", context: r, places: &places, into: &out)
        }
    }
}
