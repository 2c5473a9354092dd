/// A Discord channel as DiscordChatExporter saves it in JSON (`--format Json`):
/// `{"guild": {…}, "channel": {…}, "dateRange": …, "exportedAt": …, "messages": […]}`.
///
/// - **time**: `timestamp` (ISO 8601 with its offset, `2020-01-01T10:00:00.123+00:00`),
///   exact to the digits written.
/// - **title** and **text**: `content`; a message with none takes its first attachment's
///   file name (`attached a file: deploy.log`), else its first embed's title or description.
/// - **actor**: `author.nickname`, else `author.name`.
/// - **kind**: `type` when not `Default` (`Reply`, `ChannelPinnedMessage`, `GuildMemberJoin`…).
/// - **sources**: attachments and embeds with an address.
/// - `id` is the event's id; a reply's `reference.messageId` is kept as `reply_to`;
///   `timestampEdited`, `isPinned`, reactions, mentions and the author's id as extra fields.
/// - The timeline is titled `#channel (guild)`, its category an extra field. Merged with
///   other files, its events are labelled `#channel` (`DiscordChannelLabel`).
enum DiscordChatReader {
    static func declines(_ sample: FileSample) -> String? {
        guard sample.startsLikeJSON else { return "does not start with '{'" }
        if sample.contains("\"guild\""), sample.contains("\"channel\""), sample.contains("\"messages\"") { return nil }
        return "no \"guild\", \"channel\" and \"messages\""
    }

    static func read(_ bytes: [UInt8], file: String, options: ReadOptions) -> ReaderOutput {
        var out = ReaderOutput()
        guard var doc = JSONDocument.parse(bytes, file: file, into: &out) else { return out }
        let root = doc.root
        let channel = root["channel"]?["name"]?.string
        let guild = root["guild"]?["name"]?.string
        out.title = channel.map { "#\($0)" + (guild.map { " (\($0))" } ?? "") } ?? guild
        out.ownLabel = (channel.flatMap { $0.isEmpty ? nil : $0 } ?? DiscordChannelLabel.channel(inFileName: file)).map { "#" + $0 }
        if let category = root["channel"]?["category"]?.string {
            out.extraFields.append(ExtraField(name: "category", json: JSONValue.quoted(category)))
        }
        if let exported = root["exportedAt"]?.string {
            out.extraFields.append(ExtraField(name: "exported_at", json: JSONValue.quoted(exported)))
        }
        guard let list = root.member("messages"), let messages = list.value.elements else {
            out.problems.append(doc.places.problem(at: root.member("messages")?.offset ?? 0, "messages", "expected an array of messages"))
            return out
        }
        for (i, m) in messages.enumerated() {
            message(m, path: "messages[\(i)]", doc: &doc, options: options, file: file, into: &out)
        }
        return out
    }

    private static func message(_ m: JSONValue.Member, path: String, doc: inout JSONDocument, options: ReadOptions, file: String,
                                into out: inout ReaderOutput) {
        let v = m.value
        let place = doc.places.place(m.offset)
        guard case .object = v else {
            out.problems.append(Problem(file: file, place: place, path: path, message: "expected a message object"))
            return
        }
        guard let stamp = v.member("timestamp"), let written = stamp.value.string else {
            out.problems.append(Problem(file: file, place: place, path: path + ".timestamp", message: "a message with no timestamp"))
            return
        }
        let time: EventTime
        switch options.time.read(written, what: "timestamp") {
        case .success(let t): time = t
        case .failure(let f):
            out.problems.append(doc.places.problem(at: stamp.offset, path + ".timestamp", f.message))
            return
        }
        let author = v["author"]
        let actor = [author?["nickname"]?.string, author?["name"]?.string].compactMap { $0 }.first { !$0.isEmpty }
        let attachments = (v["attachments"]?.elements ?? []).map(\.value)
        let embeds = (v["embeds"]?.elements ?? []).map(\.value)
        var content = v["content"]?.string ?? ""
        if content.trimmingSpaces.isEmpty {
            if let name = attachments.first?["fileName"]?.string {
                content = "attached a file: \(name)"
            } else if let e = embeds.first, let t = e["title"]?.string ?? e["description"]?.string {
                content = t
            }
        }
        let (title, text, empty) = EventTitle.from(content)
        if empty { out.warnings.append(Problem(file: file, place: place, path: path + ".content", message: "empty content; shown as \(EventTitle.none)")) }
        var sources: [Source] = []
        for a in attachments {
            if let url = a["url"]?.string { sources.append(Source(name: a["fileName"]?.string ?? url, url: url)) }
        }
        for e in embeds {
            if let url = e["url"]?.string { sources.append(Source(name: e["title"]?.string ?? url, url: url)) }
        }
        var extras: [ExtraField] = []
        if let reply = v["reference"]?["messageId"]?.string { extras.append(ExtraField(name: "reply_to", json: JSONValue.quoted(reply))) }
        for key in ["timestampEdited", "isPinned", "reactions", "mentions"] {
            guard let value = v[key], value != .null else { continue }
            if case .array(let items) = value, items.isEmpty { continue }
            if value == .bool(false) { continue }
            extras.append(ExtraField(name: key, json: value.compactText))
        }
        if let id = author?["id"]?.string { extras.append(ExtraField(name: "author_id", json: JSONValue.quoted(id))) }
        let type = v["type"]?.string
        out.events.append(.read(id: v["id"]?.text, time: time, written: written, actor: actor,
                                kind: type == "Default" ? nil : type, title: title, text: text, sources: sources,
                                extraFields: extras, place: place, idPlace: FieldPlace(place, path: path + ".id")))
    }
}

extension InputFormat {
    /// DiscordChatExporter's JSON (see `DiscordChatReader`).
    static let discordChat = InputFormat.foreign(
        name: "discord", title: "DiscordChatExporter JSON",
        declines: { DiscordChatReader.declines($0) }, read: { DiscordChatReader.read($0, file: $1, options: $2) })
}
