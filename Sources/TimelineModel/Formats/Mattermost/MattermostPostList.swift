/// A list of posts from Mattermost's REST API (`GET /api/v4/channels/{id}/posts`, a thread's
/// `GET /api/v4/posts/{id}/thread`, a search's results): `{"order": [ids…], "posts": {id:
/// post…}, "next_post_id", "prev_post_id"…}`, each post as `model/post.go` writes it (`id`,
/// `create_at`, `update_at`, `edit_at`, `delete_at`, `user_id`, `channel_id`, `root_id`,
/// `message`, `type`, `props`, `metadata`…).
///
/// Each post is an event (`MattermostPost`) with its `id` as the event's id and a reply's
/// `root_id` kept as `reply_to` (its thread's first post, an event id of the same file).
/// Posts name their users by id only: the names come from a `users.json` beside the file
/// (what `GET /api/v4/users` answers, `MattermostUsers`); without one, the actor is the id
/// and a warning says how to give the names.
enum MattermostPostList {
    static func takes(_ sample: FileSample) -> Bool {
        guard sample.startsLikeJSON else { return false }
        let keys = sample.topLevelKeys
        return keys.contains("order") && keys.contains("posts")
    }

    static func read(_ bytes: [UInt8], file: String, options: ReadOptions) -> ReaderOutput {
        var out = ReaderOutput()
        guard let doc = JSONDocument.parse(bytes, file: file, into: &out) else { return out }
        var places = doc.places
        guard let list = doc.root.member("posts"), case .object(let posts) = list.value else {
            out.problems.append(places.problem(at: doc.root.member("posts")?.offset ?? 0, "posts", "expected an object of posts by id"))
            return out
        }
        let users = MattermostUsers.near(file)
        var unnamed = 0
        for post in posts {
            let v = post.value
            let userId = v["user_id"]?.string
            let name = userId.flatMap { users.names[$0] }
            if userId != nil, name == nil { unnamed += 1 }
            var context = MattermostPost.Context(actor: name ?? userId, id: v["id"]?.string ?? post.key,
                                                 used: ["root_id"])
            if name != nil { context.used.insert("user_id") }
            if let root = v["root_id"]?.string, !root.isEmpty {
                context.extras.append(ExtraField(name: "reply_to", json: JSONValue.quoted(root)))
            }
            MattermostPost.add(post, path: "posts." + post.key, context: context, places: &places, into: &out)
        }
        if unnamed > 0 {
            let beside = users.from == nil ? "no users.json beside the file" : "\(users.from!) does not name them all"
            out.warnings.append(Problem(file: file, place: nil, path: "",
                                        message: "\(unnamed) post\(unnamed == 1 ? "" : "s") name\(unnamed == 1 ? "s its" : " their") user by id only (\(beside)): "
                                            + "the answer of GET /api/v4/users saved as users.json beside it gives their names"))
        }
        out.readerNote = "post list" + (users.from == nil ? "" : "; names from users.json")
        return out
    }
}
