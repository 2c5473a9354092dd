/// A Slack message as a workspace export writes it (`channel/2017-11-02.json`, an array of
/// messages a day) and `conversations.history` gives it: `ts` (`"1509662880.000200"`),
/// `user` and `user_profile`, or a bot's `username`/`bot_profile`, `text` in Slack's markup,
/// `subtype` (`channel_join`, `bot_message`, `file_share`…), `thread_ts`, `files`,
/// `attachments`.
///
/// - **time**: `ts`'s seconds. Its six decimals make the message unique in its channel
///   (old exports count `.000001`, `.000002`…) and are not a fraction of a second anyone
///   can rely on, so the time is exact to the second; `ts` itself stays an extra field
///   (a reply's `thread_ts` names its thread's first message by it).
/// - **title**: the text, markup made readable (`SlackText`); a message with no text (a
///   bot's attachment, a shared file) takes its attachment's pretext, fallback or title,
///   or its file's title: `shared a file: deploy.log`.
/// - **actor**: the author's name: `user_profile.real_name`, else the name `users.json`
///   gives the `user` id, else `user_profile.display_name`, a bot's `username` or
///   `bot_profile.name`, else the id itself.
/// - **kind**: `subtype` (`channel_join`, `bot_message`); a plain message has none.
/// - Every other field is an extra field.
enum SlackMessage {
    /// Whether a first record has a Slack message's shape: `"type":"message"`, `text`,
    /// and `ts` as text of 10 digits, a point and 6.
    static func isMessage(_ first: Record) -> Bool {
        guard first.field("type")?.value.string == "message", first.field("text") != nil,
              let ts = first.field("ts")?.value.string else { return false }
        return ts.split(separator: ".", omittingEmptySubsequences: false).map(\.count) == [10, 6]
            && ts.allSatisfy { $0.isASCIIDigit || $0 == "." }
    }

    /// One message to an event; `names`: user ids to names (`SlackNames`).
    static func map(_ record: Record, names: [String: String], file: String, into out: inout RecordReading) {
        guard let tsField = record.field("ts") else {
            out.problems.append(Problem(file: file, place: record.place, path: "ts", message: "a Slack message with no ts"))
            return
        }
        let ts = tsField.value.string ?? ""
        let seconds = ts.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        guard seconds.count >= 9, let time = EpochUnit.s.time(seconds),
              ts.allSatisfy({ $0.isASCIIDigit || $0 == "." }) else {
            out.problems.append(Problem(file: file, place: tsField.place, path: "ts",
                                        message: "ts \(tsField.value.compactText.prefix(40)) is not Slack's epoch seconds as text (\"1509662880.000200\")"))
            return
        }
        var used = ["ts", "text"]
        func text(_ path: String) -> String? {
            guard let v = JSONLogReader.lookup(record, path)?.value.string, !v.isEmpty else { return nil }
            return v
        }
        var authorNames = names
        // A comment on a file (`file_comment`, exports before 2019) names its author in `comment`.
        let user = text("user") ?? text("comment.user")
        if let user, let real = text("user_profile.real_name") ?? text("user_profile.display_name") { authorNames[user] = real }
        let actor = text("user_profile.real_name") ?? user.flatMap { names[$0] } ?? text("user_profile.display_name")
            ?? text("username") ?? text("bot_profile.name") ?? user ?? text("bot_id")
        if actor != nil, actor == text("user"), record.field("user") != nil { out.actorAt = record.field("user")?.offset }
        let written = text("text") ?? ""
        var title = SlackText.readable(written, names: authorNames, links: false)
        var body = SlackText.readable(written, names: authorNames, links: true)
        let attachments = (record.field("attachments")?.value.elements ?? []).map(\.value)
        for a in attachments {
            // The fallback is the attachment's summary in plain text (Slack's definition): the title.
            let parts = ["pretext", "title", "text"].compactMap { a[$0]?.string }.filter { !$0.isEmpty }
            let summary = a["fallback"]?.string.flatMap { $0.isEmpty ? nil : $0 } ?? parts.first
            let said = (parts.isEmpty ? [summary].compactMap { $0 } : parts)
                .map { SlackText.readable($0, names: authorNames, links: true) }.joined(separator: "\n")
            if title.trimmingWhitespace.isEmpty, let summary {
                title = SlackText.readable(summary, names: authorNames, links: false)
            }
            if !said.isEmpty { body += (body.isEmpty ? "" : "\n\n") + said }
        }
        let files = (record.field("files")?.value.elements ?? []).map(\.value) + (record.field("file").map { [$0.value] } ?? [])
        let fileNames = files.compactMap { f in (f["title"]?.string ?? f["name"]?.string).flatMap { $0.isEmpty ? nil : $0 } }
        if title.trimmingWhitespace.isEmpty, !fileNames.isEmpty {
            title = "shared " + (fileNames.count == 1 ? "a file: " : "\(fileNames.count) files: ") + fileNames.joined(separator: ", ")
        }
        if !fileNames.isEmpty, !body.isEmpty, record.field("files") != nil {
            body += "\n\nFiles: " + fileNames.joined(separator: ", ")
        }
        let made = EventTitle.from(title)
        if made.empty {
            out.warnings.append(Problem(file: file, place: record.field("text")?.place ?? record.place, path: "text",
                                        message: "empty message; shown as \(EventTitle.none)"))
        }
        if written == title, made.title == written, made.text == nil { out.titleAt = record.field("text")?.offset }
        let full = body.trimmingWhitespace
        let kind = text("subtype")
        if kind != nil { used.append("subtype") }
        // `ts` is kept: its decimals are the message's identity in the channel.
        used.removeAll { $0 == "ts" }
        let extras = record.fields.filter { out.whole && !used.contains($0.name) && $0.value != .null }
            .map { ExtraField(name: $0.name, json: $0.value.compactText) }
        out.draft = .read(time: time, written: seconds, actor: actor, kind: kind, title: made.title,
                          text: full.isEmpty || full == made.title ? nil : full, extraFields: extras, place: record.place)
    }
}
