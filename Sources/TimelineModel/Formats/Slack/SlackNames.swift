/// The names of a Slack export's users, for the mentions in its messages (`<@U024BE7LH>`
/// is `@Ana Ops`) and for the authors of messages that carry only a `user` id (exports
/// before 2017 write no `user_profile`). Read from `users.json` at the export's root (the
/// folder above the channel's day files, or beside them), and from the `user_profile` of
/// every message of the file. A name is the profile's real name, else its display name,
/// else the user's handle; without any, the id is shown.
enum SlackNames {
    /// The names for the messages of `file` (a path as given on the command line).
    /// `from`: the `users.json` read, if one was.
    static func forFile(_ file: String, messages: [JSONValue]) -> (names: [String: String], from: String?) {
        var names: [String: String] = [:]
        var from: String?
        for path in usersFiles(near: file) {
            guard let bytes = try? FileBytes.read(path: path) else { continue }
            var parser = JSONValueParser(bytes: Array(bytes.buffer))
            guard let users = (try? parser.parseWhole())?.elements else { continue }
            for u in users.map(\.value) {
                guard let id = u["id"]?.string else { continue }
                let candidates = [u["profile"]?["real_name"]?.string, u["real_name"]?.string,
                                  u["profile"]?["display_name"]?.string, u["name"]?.string]
                if let name = candidates.compactMap({ $0 }).first(where: { !$0.isEmpty }) { names[id] = name }
            }
            from = path
            break
        }
        for m in messages {
            guard let id = m["user"]?.string, let profile = m["user_profile"] else { continue }
            let candidates = [profile["real_name"]?.string, profile["display_name"]?.string, profile["name"]?.string]
            if let name = candidates.compactMap({ $0 }).first(where: { !$0.isEmpty }) { names[id] = name }
        }
        return (names, from)
    }

    /// `users.json` in the folder above the file's, then beside it (none for standard input).
    static func usersFiles(near file: String) -> [String] {
        guard file != "-" else { return [] }
        let folder = file.lastIndex(of: "/").map { String(file[..<$0]) } ?? "."
        return [(folder.isEmpty ? "" : folder) + "/../users.json", folder + "/users.json"]
    }
}
