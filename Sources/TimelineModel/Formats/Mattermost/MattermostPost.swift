/// One Mattermost post (or a reply of a bulk export) to an event, the same from either file
/// Mattermost writes (`MattermostBulkExport`, `MattermostPostList`):
///
/// - **time**: `create_at`, milliseconds since 1970 in UTC (`model/post.go`), exact to the ms.
/// - **title** and **text**: `message` (Markdown, kept as written), its first line the title;
///   a post with no message takes its first attachment's file name (`attached a file: x.png`)
///   or its first message attachment's (`props.attachments`, what integrations post) fallback,
///   pretext, title or text.
/// - **actor**: the username; a webhook's post (`props.from_webhook`) the name it posted as
///   (`props.override_username`), as Mattermost shows it.
/// - **kind**: `type` when it has one (`system_join_channel`, `system_header_change`…):
///   system messages are kept, marked as theirs.
/// - A deleted post (`delete_at` after 0) is kept, its title after `(deleted) `, its kind
///   `deleted` (its own type, when it has one, after: `deleted system_join_channel`) and
///   `delete_at` an extra field: in a review of an incident, what was said and then taken
///   back is part of what happened.
/// - `edit_at` (when edited) and every other field with something in it are extra fields;
///   `update_at` is left out (it moves with every reaction and reply).
enum MattermostPost {
    /// What a file gives beside the post itself.
    struct Context {
        var actor: String?
        var id: String?
        var extras: [ExtraField] = []
        /// Fields the caller has read (not to be repeated as extra fields).
        var used: Set<String> = []
    }

    static func add(_ post: JSONValue.Member, path: String, context: Context, places: inout ProblemPlaces,
                    into out: inout ReaderOutput) {
        let v = post.value
        let place = places.place(post.offset)
        guard case .object(let fields) = v else {
            out.problems.append(Problem(file: places.file, place: place, path: path, message: "expected a post object"))
            return
        }
        guard let stamp = v.member("create_at") else {
            out.problems.append(Problem(file: places.file, place: place, path: path + ".create_at", message: "a post with no create_at"))
            return
        }
        guard let written = stamp.value.text, let time = EpochUnit.ms.time(written), !written.contains(".") else {
            out.problems.append(places.problem(at: stamp.offset, path + ".create_at",
                                               "create_at \(stamp.value.compactText.prefix(40)) is not milliseconds since 1970 (1553166512493)"))
            return
        }
        var actor = context.actor
        let props = v["props"]
        if props?["from_webhook"]?.string == "true", let name = props?["override_username"]?.string, !name.isEmpty { actor = name }
        let message = v["message"]?.string ?? ""
        let attachments = (props?["attachments"]?.elements ?? []).map(\.value)
        var content = message
        if content.trimmingSpaces.isEmpty { content = fallback(v, attachments: attachments) ?? "" }
        let said = attachments.map { a in
            ["pretext", "title", "text"].compactMap { a[$0]?.string }.filter { !$0.isEmpty }.joined(separator: "\n")
        }.filter { !$0.isEmpty }
        let (title, text, empty) = EventTitle.from(content)
        let body = ([text].compactMap { $0 } + said.filter { $0 != title }).joined(separator: "\n\n")
        if empty {
            out.warnings.append(Problem(file: places.file, place: place, path: path + ".message", message: "empty message; shown as \(EventTitle.none)"))
        }
        let type = v["type"]?.string.flatMap { $0.isEmpty ? nil : $0 }
        let deleted = (v["delete_at"]?.text).flatMap { Int64($0) }.map { $0 > 0 } ?? false
        let kind = deleted ? "deleted" + (type.map { " " + $0 } ?? "") : type
        // `update_at` moves with every reaction and reply: not a change of the post's own.
        let read: Set = ["create_at", "message", "type", "id", "update_at"]
        var extras = context.extras
        for f in fields where !read.contains(f.key) && !context.used.contains(f.key) && has(f) {
            extras.append(ExtraField(name: f.key, json: f.value.compactText))
        }
        // The list shows no kind: a deleted post says so where it is read.
        let shown = deleted ? "(deleted) " + title : title
        out.events.append(.read(id: context.id, time: time, written: written, actor: actor, kind: kind, title: shown,
                                text: body.isEmpty ? nil : body, extraFields: extras, place: place,
                                idPlace: context.id == nil ? nil : FieldPlace(place, path: path + ".id")))
    }

    /// What a post without a message shows: its file, or what its integration posted.
    private static func fallback(_ post: JSONValue, attachments: [JSONValue]) -> String? {
        let files = (post["attachments"]?.elements ?? []).compactMap { $0.value["path"]?.string }
            + (post["metadata"]?["files"]?.elements ?? []).compactMap { $0.value["name"]?.string }
        if let file = files.first {
            let name = file.split(separator: "/").last.map(String.init) ?? file
            return "attached a file: " + name
        }
        for a in attachments {
            if let said = ["fallback", "pretext", "title", "text"].lazy.compactMap({ a[$0]?.string }).first(where: { !$0.isEmpty }) {
                return said
            }
        }
        return nil
    }

    /// Whether a field says something: not null, empty, false, `{}`, `[]`, nor 0 (the
    /// `edit_at` of a post never edited, a `reply_count` of none).
    private static func has(_ f: JSONValue.Member) -> Bool {
        switch f.value {
        case .null: return false
        case .string(let s): return !s.isEmpty
        case .array(let a), .object(let a): return !a.isEmpty
        case .number(let n): return n != "0"
        case .bool(let b): return b
        }
    }
}
