/// Tweets found in one JSON value of a tweets file, made drafts (see `TweetsReader`).
struct TweetList {
    var places: ProblemPlaces
    let options: ReadOptions
    let file: String

    /// Adds the tweets of `value`: an archive's or API v1.1's array, a search's
    /// `statuses`, a v2 response's `data` (with its `includes.users`), or one tweet.
    mutating func add(_ value: JSONValue, path: String, into out: inout ReaderOutput) {
        if let data = value.member("data") {
            var users: [String: String] = [:]
            for u in value["includes"]?["users"]?.elements ?? [] {
                if let id = u.value["id"]?.text, let name = u.value["username"]?.string { users[id] = name }
            }
            if case .object = data.value {
                tweet(data, path: "data", users: users, into: &out)
            } else if let list = data.value.elements {
                for (i, t) in list.enumerated() { tweet(t, path: "data[\(i)]", users: users, into: &out) }
            } else {
                out.problems.append(places.problem(at: data.offset, "data", "expected the tweets, an array"))
            }
            return
        }
        if let statuses = value.member("statuses") {
            guard let list = statuses.value.elements else {
                out.problems.append(places.problem(at: statuses.offset, "statuses", "expected the tweets, an array"))
                return
            }
            for (i, t) in list.enumerated() { tweet(t, path: "statuses[\(i)]", users: [:], into: &out) }
            return
        }
        if let list = value.elements {
            for (i, t) in list.enumerated() {
                // The archive wraps each tweet: `{"tweet": {…}}`.
                if let inner = t.value.member("tweet") { tweet(inner, path: "[\(i)].tweet", users: [:], into: &out) }
                else { tweet(t, path: "[\(i)]", users: [:], into: &out) }
            }
            return
        }
        if case .object = value, value["created_at"] != nil {
            tweet(JSONValue.Member(key: "", value: value, offset: offsetOf(value)), path: path, users: [:], into: &out)
            return
        }
        out.problems.append(Problem(file: file, place: nil, path: path, message: "no tweets: expected an array of tweets, \"data\" or \"statuses\""))
    }

    /// A line's object starts where its first member's key does, less the brace.
    private func offsetOf(_ value: JSONValue) -> Int {
        guard case .object(let members) = value, let first = members.first else { return 0 }
        return max(0, first.offset - 1)
    }

    private mutating func tweet(_ m: JSONValue.Member, path: String, users: [String: String], into out: inout ReaderOutput) {
        let t = m.value
        let place = places.place(m.offset)
        func join(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
        guard case .object = t else {
            out.problems.append(Problem(file: file, place: place, path: path, message: "expected a tweet, an object"))
            return
        }
        guard let at = t.member("created_at") else {
            out.problems.append(Problem(file: file, place: place, path: path, message: "the tweet has no created_at"))
            return
        }
        guard let atText = at.value.string else {
            out.problems.append(places.problem(at: at.offset, join("created_at"), "expected a time as text"))
            return
        }
        let time: EventTime
        switch TweetTime.read(atText, what: "created_at", options: options) {
        case .failure(let f):
            out.problems.append(places.problem(at: at.offset, join("created_at"), f.message))
            return
        case .success(let v): time = v
        }
        let id = t["id_str"]?.string ?? t["id"]?.text
        let screenName = t["user"]?["screen_name"]?.string ?? t["author_id"]?.text.flatMap { users[$0] } ?? t["author"]?["username"]?.string
        let actor = screenName.map { "@" + $0 } ?? t["author_id"]?.text
        let written = t["full_text"]?.string ?? t["note_tweet"]?["text"]?.string ?? t["text"]?.string ?? ""
        let text = HTMLText.decode(written)
        var (title, detail, empty) = EventTitle.from(text)
        if empty {
            out.warnings.append(Problem(file: file, place: place, path: join("text"), message: "no text; shown as \(EventTitle.none)"))
            (title, detail) = (EventTitle.none, nil)
        }
        let references = (t["referenced_tweets"]?.elements ?? []).compactMap { $0.value["type"]?.string }
        let kind: String
        if t["retweeted_status"] != nil || references.contains("retweeted") || written.hasPrefix("RT @") {
            kind = "retweet"
        } else if (t["in_reply_to_status_id_str"] ?? t["in_reply_to_status_id"]).map({ $0 != .null }) == true || references.contains("replied_to") {
            kind = "reply"
        } else if t["quoted_status"] != nil || t["is_quote_status"] == .bool(true) || references.contains("quoted") {
            kind = "quote"
        } else {
            kind = "tweet"
        }
        var sources: [Source] = []
        if let id {
            let url = screenName.map { "https://twitter.com/\($0)/status/\(id)" } ?? "https://twitter.com/i/web/status/\(id)"
            sources.append(Source(name: "Tweet \(id)", url: url))
        }
        let hashtags = (t["entities"]?["hashtags"]?.elements ?? []).compactMap { h in (h.value["text"] ?? h.value["tag"])?.string.map { "#" + $0 } }
        var extras: [ExtraField] = []
        for key in ["in_reply_to_screen_name", "in_reply_to_status_id_str", "conversation_id", "lang", "retweet_count", "favorite_count"] {
            if let v = t[key], v != .null { extras.append(ExtraField(name: key, json: v.compactText)) }
        }
        if let client = t["source"]?.string, !client.isEmpty {
            extras.append(ExtraField(name: "source", json: JSONValue.quoted(HTMLText(client).text)))
        }
        out.events.append(.read(id: id, time: time, written: atText, actor: actor, kind: kind, title: title, text: detail,
                                sources: sources, tags: hashtags, extraFields: extras, place: place,
                                idPlace: FieldPlace(place, path: join(t["id_str"] != nil ? "id_str" : "id"))))
    }
}
