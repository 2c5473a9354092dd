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
/// not events; an unknown type is passed over (later versions add types).
enum MattermostBulkExport {
    static func takes(_ sample: FileSample) -> Bool {
        guard let first = sample.firstLineJSON else { return false }
        return first["type"]?.string == "version" && first["version"]?.text != nil
    }

    static func read(_ bytes: [UInt8], file: String, options: ReadOptions) -> ReaderOutput {
        var out = ReaderOutput()
        var places = ProblemPlaces(file: file, bytes: bytes)
        let whole = bytes.withUnsafeBytes { FileBytes(copying: $0) }
        let stem = TimelineBuilder.stem(file)
        var teams: [String: String] = [:]
        var channels: Set<String> = []
        var postTeams: Set<String> = []
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 0
        while start < bytes.count {
            line += 1
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            defer { start = end + 1 }
            guard bytes[start..<end].contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
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
                if let name = value["team"]?["name"]?.string { teams[name] = value["team"]?["display_name"]?.string ?? name }
            case "post", "direct_post":
                guard let post = value.member(type) else {
                    out.problems.append(places.problem(at: start, type, "a \(type) line with no \"\(type)\" object"))
                    continue
                }
                var context = MattermostPost.Context(actor: post.value["user"]?.string, used: ["user", "replies"])
                if type == "post" {
                    let channel = post.value["channel"]?.string
                    if let channel {
                        context.extras.append(ExtraField(name: "channel", json: JSONValue.quoted("~" + channel)))
                        channels.insert(channel)
                    }
                    if let team = post.value["team"]?.string { postTeams.insert(team) }
                    context.used.insert("channel")
                }
                let before = out.events.count
                MattermostPost.add(post, path: type, context: context, places: &places, into: &out)
                // The post's made id is its line's: the first event of the line gets it.
                let root = out.events.count > before ? "\(stem):\(line)" : nil
                for (i, reply) in (post.value["replies"]?.elements ?? []).enumerated() {
                    var r = MattermostPost.Context(actor: reply.value["user"]?.string, used: ["user"])
                    r.extras = context.extras.filter { $0.name == "channel" }
                    if let root { r.extras.append(ExtraField(name: "reply_to", json: JSONValue.quoted(root))) }
                    MattermostPost.add(reply, path: "\(type).replies[\(i)]", context: r, places: &places, into: &out)
                }
            default:
                continue
            }
        }
        if channels.count == 1, let channel = channels.first {
            out.title = "~" + channel + (postTeams.count == 1 ? postTeams.first.flatMap { teams[$0] }.map { " (\($0))" } ?? "" : "")
        } else if postTeams.count == 1, let team = postTeams.first {
            out.title = teams[team] ?? team
        }
        out.readerNote = "bulk export"
        return out
    }
}
