/// One Atom entry or RSS item made events: at its `published` (else `updated`) or
/// `pubDate` (else `dc:date`), titled by its title, its summary or content (HTML made text)
/// as detail, its link as source, its author as actor, its categories as tags. A
/// Statuspage entry whose content holds the incident's updates is read as the incident
/// (a span from its first update to its resolution) and one event an update.
enum FeedEntry {
    /// What the feed says for all its entries.
    struct Feed {
        var title: String?
        var link: String?
        var author: String?
        var atom: Bool

        init(channel: XMLElement, atom: Bool) {
            self.atom = atom
            title = channel.child("title").map { FeedEntry.text(of: $0, atom: atom).text.trimmingWhitespace }.flatMap { $0.isEmpty ? nil : $0 }
            link = FeedEntry.link(of: channel, atom: atom)
            author = atom ? channel.child("author")?.child("name")?.text.trimmingWhitespace : nil
        }
    }

    /// An Atom text construct or an RSS element as plain text: `type="html"` (and an RSS
    /// description) made text with its links; `xhtml` likewise from its markup.
    static func text(of e: XMLElement, atom: Bool, html: Bool = false) -> HTMLText {
        switch atom ? e.attribute("type") : (html ? "html" : "text") {
        case "html", "text/html": return HTMLText(e.text)
        case "xhtml", "application/xhtml+xml": return HTMLText(e.innerMarkup)
        default: return HTMLText(plain: e.text)
        }
    }

    /// An Atom element's `link rel="alternate"` (or the first without `rel`), an RSS
    /// element's `<link>` text.
    static func link(of e: XMLElement, atom: Bool) -> String? {
        let url: String?
        if atom {
            let links = e.children("link")
            url = (links.first { $0.attribute("rel") == "alternate" } ?? links.first { $0.attribute("rel") == nil })?.attribute("href")
        } else {
            url = e.child("link")?.text
        }
        let trimmed = url?.trimmingWhitespace ?? ""
        return trimmed.isEmpty ? nil : trimmed
    }

    static func read(_ item: XMLElement, path: String, feed: Feed, places: inout ProblemPlaces, options: ReadOptions,
                     into out: inout ReaderOutput) {
        let atom = feed.atom
        let place = places.place(item.offset)
        let timeNames = atom ? [("published", ""), ("issued", ""), ("updated", ""), ("modified", "")] : [("pubDate", ""), ("date", "dc")]
        guard let timeElement = timeNames.lazy.compactMap({ item.child($0.0, prefix: $0.1) }).first else {
            let names = atom ? "published or updated" : "pubDate or dc:date"
            out.problems.append(Problem(file: places.file, place: place, path: path, message: "the \(atom ? "entry" : "item") has no \(names)"))
            return
        }
        let timeText = timeElement.text
        let timePath = "\(path).\(timeElement.name)"
        let time: EventTime
        switch FeedTime.read(timeText, what: timeElement.name, options: options) {
        case .failure(let f):
            out.problems.append(places.problem(at: timeElement.offset, timePath, f.message))
            return
        case .success(let t): time = t
        }
        let titleText = item.child("title").map { text(of: $0, atom: atom).text } ?? ""
        let body: HTMLText? = atom
            ? (item.child("content") ?? item.child("summary")).map { text(of: $0, atom: true) }
            : (item.child("description") ?? item.child("encoded", prefix: "content")).map { text(of: $0, atom: false, html: true) }
        var sources: [Source] = []
        if let url = link(of: item, atom: atom) { sources.append(Source(name: feed.title ?? "link", url: url)) }
        if let src = item.child("content")?.attribute("src"), atom { sources.append(Source(name: "content", url: src)) }
        let actor = (atom ? item.child("author")?.child("name")?.text : (item.child("author") ?? item.child("creator", prefix: "dc"))?.text)?
            .trimmingWhitespace ?? feed.author
        let tags = item.children("category").compactMap { c -> String? in
            let t = (atom ? c.attribute("term") ?? c.text : c.text).trimmingWhitespace
            return t.isEmpty ? nil : t
        }
        var extras: [ExtraField] = []
        if let id = (item.child(atom ? "id" : "guid"))?.text.trimmingWhitespace, !id.isEmpty {
            extras.append(ExtraField(name: atom ? "id" : "guid", json: JSONValue.quoted(id)))
        }
        if atom, timeElement.name != "updated", let updated = item.child("updated")?.text.trimmingWhitespace {
            extras.append(ExtraField(name: "updated", json: JSONValue.quoted(updated)))
        }

        // Statuspage writes each update's time in `<small>`: other entries are not searched for updates.
        let bodyElement = atom ? item.child("content") ?? item.child("summary") : item.child("description")
        if let body, bodyElement?.text.contains("<small>") == true, let updates = StatuspageFeedUpdates(body.text),
           readIncident(updates, item: item, path: path, title: titleText, links: sources + body.links, time: time,
                        tags: tags, extras: extras, place: place, places: &places, options: options, into: &out) {
            return
        }
        var (title, detail, empty) = EventTitle.from(titleText)
        let bodyText = body?.text.trimmingWhitespace ?? ""
        if empty, !bodyText.isEmpty {
            (title, detail, empty) = EventTitle.from(bodyText)
        } else if !bodyText.isEmpty {
            detail = bodyText
        }
        if empty {
            out.warnings.append(Problem(file: places.file, place: place, path: path, message: "no title and no text; shown as \(EventTitle.none)"))
        }
        out.events.append(.read(time: time, written: timeText.trimmingWhitespace, actor: actor, kind: nil, title: title, text: detail,
                                sources: sources + (body?.links ?? []), tags: tags, extraFields: extras, place: place))
    }

    /// A Statuspage entry as its incident and updates; false (and a warning) when an
    /// update's time cannot be read, so that the entry is read as one event.
    private static func readIncident(_ u: StatuspageFeedUpdates, item: XMLElement, path: String, title: String, links: [Source],
                                     time: EventTime, tags: [String], extras: [ExtraField], place: SourcePlace,
                                     places: inout ProblemPlaces, options: ReadOptions, into out: inout ReaderOutput) -> Bool {
        let updatedText = item.child("updated")?.text ?? ""
        let anchor = (try? FeedTime.read(updatedText, what: "updated", options: options).get())?.instant ?? time.instant
        guard let anchor else { return false }
        var times: [EventTime] = []
        for update in u.updates {
            switch StatuspageFeedUpdates.time(of: update, anchor: anchor, what: "update", options: options) {
            case .success(let t): times.append(t)
            case .failure(let f):
                out.warnings.append(Problem(file: places.file, place: place, path: path,
                                            message: f.message + "; the entry is shown as one event"))
                return false
            }
        }
        let (incidentTitle, _, empty) = EventTitle.from(title)
        if empty { out.warnings.append(Problem(file: places.file, place: place, path: "\(path).title", message: "no title; shown as \(EventTitle.none)")) }
        let order = times.indices.sorted { times[$0].instant! < times[$1].instant! }
        let kinds = u.updates.map(\.kind)
        let endIndex = order.last { ["resolved", "completed"].contains(kinds[$0]) }
        let maintenance = kinds.contains { ["scheduled", "in_progress", "verifying", "completed"].contains($0) }
        // An incident runs from its first update to its resolution. A maintenance's first
        // update announced it, maybe days before: it runs from its scheduled start (else
        // when it was in progress) to its completion (else its scheduled end).
        var start = (times[order[0]], u.updates[order[0]].written)
        var end = endIndex.map { (times[$0], u.updates[$0].written) }
        if maintenance {
            let window = u.scheduledWindow.flatMap { w -> ((EventTime, String), (EventTime, String))? in
                guard let s = try? StatuspageFeedUpdates.time(of: w.start, anchor: anchor, what: "window", options: options).get(),
                      let e = try? StatuspageFeedUpdates.time(of: w.end, anchor: anchor, what: "window", options: options).get(),
                      s.instant! <= e.instant! else { return nil }
                return ((s, w.start.written), (e, w.end.written))
            }
            if let window { start = window.0 } else if let i = order.first(where: { kinds[$0] == "in_progress" }) { start = (times[i], u.updates[i].written) }
            if end == nil { end = window?.1 }
            if let e = end, e.0.instant! < start.0.instant! { end = nil }
        }
        let preamble = u.preamble.trimmingWhitespace
        out.events.append(.read(time: start.0, written: start.1, end: end?.0, endWritten: end?.1,
                                kind: maintenance ? "maintenance" : "incident",
                                title: incidentTitle, text: preamble.isEmpty ? nil : preamble, sources: links, tags: tags,
                                extraFields: extras, place: place))
        for (update, t) in zip(u.updates, times) {
            let (utitle, utext, uempty) = EventTitle.from(update.body)
            if uempty { out.warnings.append(Problem(file: places.file, place: place, path: path, message: "an update without text (\(update.written)); shown as \(EventTitle.none)")) }
            out.events.append(.read(time: t, written: update.written, kind: update.kind, title: utitle, text: utext,
                                    sources: Array(links.prefix(1)),
                                    extraFields: [ExtraField(name: "incident", json: JSONValue.quoted(incidentTitle))], place: place))
        }
        return true
    }
}

extension HTMLText {
    /// Text that is not HTML, as it is.
    init(plain: String) {
        text = plain
        links = []
    }
}
