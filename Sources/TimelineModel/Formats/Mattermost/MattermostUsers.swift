/// The usernames of a Mattermost server's users by id, for a post list that names its users
/// by id only: read from `users.json` beside the post list, what `GET /api/v4/users` (or
/// `POST /api/v4/users/ids`) answers, an array of users with `id` and `username`. The
/// username is what Mattermost shows by default, and what a message's `@mention` writes.
enum MattermostUsers {
    /// The names, and the file they came from (nil when there was none to read).
    static func near(_ file: String) -> (names: [String: String], from: String?) {
        guard file != "-" else { return ([:], nil) }
        let folder = file.lastIndex(of: "/").map { String(file[..<$0]) } ?? "."
        let path = (folder.isEmpty ? "" : folder) + "/users.json"
        guard let bytes = try? FileBytes.read(path: path) else { return ([:], nil) }
        var parser = JSONValueParser(bytes)
        guard let users = (try? parser.parseWhole())?.elements else { return ([:], nil) }
        var names: [String: String] = [:]
        for u in users.map(\.value) {
            guard let id = u["id"]?.string, let name = u["username"]?.string, !name.isEmpty else { continue }
            names[id] = name
        }
        return (names, path)
    }
}
