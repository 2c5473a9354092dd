/// One TimelineJS slide (an event, the title slide or an era) as both of TimelineJS's
/// forms give it: the JSON's `events[]` object or a row of the spreadsheet. The readers
/// fill it; `draft` maps it to an event the same way for both:
///
/// | TimelineJS | event |
/// |---|---|
/// | `start_date` / Year, Month, Day, Time | `time`, known to the finest part given |
/// | `end_date` / End Year … End Time | `end` |
/// | `text.headline` / Headline (HTML) | `title` (the text when there is no headline) |
/// | `text.text` / Text (HTML) | `text`; its links are sources |
/// | `media.url` / Media | a source (a link), the quote (a `<blockquote>`), else extra `media` |
/// | `media.credit`, `media.caption` | the media source's name; extra `media_credit`, `media_caption` |
/// | `group` / Group | `actor` (TimelineJS puts each group in its own row, as our lanes) |
/// | `unique_id` | `id` |
/// | `display_date` / Display Date, `background`, thumbnail, other fields | extra fields |
struct TimelineJSSlide {
    var start: TimelineJSDate?
    var end: TimelineJSDate?
    var headline = ""
    var text = ""
    var media = ""
    var mediaCredit = ""
    var mediaCaption = ""
    var group = ""
    var uniqueId: String?
    var uniqueIdPath = ""
    /// Fields kept as they were, in order (`display_date`, `background`, …).
    var extras: [ExtraField] = []
    /// Where the slide starts (its id, `<stem>:<line>`, when it has none), and its path.
    var place: SourcePlace
    var path: String

    /// The media a slide shows, from its media object (TimelineJS3's `media`, TimelineJS 2's
    /// `asset`) whose link is under `urlKey`; a thumbnail is kept as an extra field, since
    /// an event has no place of its own for it.
    mutating func takeMedia(_ media: JSONValue?, urlKey: String) {
        self.media = media?[urlKey]?.text ?? ""
        mediaCredit = media?["credit"]?.text ?? ""
        mediaCaption = media?["caption"]?.text ?? ""
        if let thumbnail = media?["thumbnail"]?.text, !thumbnail.isEmpty {
            extras.append(ExtraField(name: "media_thumbnail", json: JSONValue.quoted(thumbnail)))
        }
    }

    /// Every field of the slide's object that is not one of `known`, and not empty, kept as
    /// written, in order: the file's data nothing here reads is not lost.
    mutating func keepOthers(of fields: [JSONValue.Member], known: Set<String>) {
        for f in fields where !known.contains(f.key) && f.value != .null && f.value != .string("") {
            extras.append(ExtraField(name: f.key, json: f.value.compactText))
        }
    }

    /// The event this slide is, or the problems that keep it out (its dates), into `out`.
    func draft(kind: String?, options: ReadOptions, file: String, into out: inout ReaderOutput) -> EventDraft? {
        guard let start else {
            out.problems.append(Problem(file: file, place: place, path: path,
                                        message: "has no start_date; every TimelineJS event needs one"))
            return nil
        }
        var startTime: TimelineJSDate.Reading?
        switch start.time(options, file: file) {
        case .success(let t): startTime = t
        case .failure(let f): out.problems.append(f.problem)
        }
        var endTime: TimelineJSDate.Reading?
        if let end {
            switch end.time(options, file: file) {
            case .success(let t): endTime = t
            case .failure(let f): out.problems.append(f.problem)
            }
        }
        guard let startTime, end == nil || endTime != nil else { return nil }

        let body = HTMLText(text)
        var sources = body.links
        var quote: Quote?
        var extraFields = extras
        let credit = HTMLText(mediaCredit)
        let caption = HTMLText(mediaCaption)
        let mediaText = media.trimmingWhitespace
        if mediaText.hasPrefix("http://") || mediaText.hasPrefix("https://") || mediaText.hasPrefix("//") {
            let name = credit.text.isEmpty ? "Media" : EventTitle.collapse(credit.text)
            sources.append(Source(name: name, url: mediaText))
        } else if mediaText.lowercased().hasPrefix("<blockquote") {
            quote = Quote(text: HTMLText(mediaText).text)
        } else if !mediaText.isEmpty {
            extraFields.append(ExtraField(name: "media", json: JSONValue.quoted(mediaText)))
        }
        for link in credit.links + caption.links where !sources.contains(link) { sources.append(link) }
        if !credit.text.isEmpty { extraFields.append(ExtraField(name: "media_credit", json: JSONValue.quoted(credit.text))) }
        if !caption.text.isEmpty { extraFields.append(ExtraField(name: "media_caption", json: JSONValue.quoted(caption.text))) }

        let headlineText = HTMLText(headline).text
        var (title, overflow, empty) = EventTitle.from(headlineText)
        var fullText: String? = body.text.trimmingWhitespace.isEmpty ? nil : body.text
        if empty, let t = fullText {
            // No headline: the text's first line says what happened.
            (title, overflow, empty) = EventTitle.from(t)
            fullText = overflow
            overflow = nil
        }
        if empty {
            out.warnings.append(Problem(file: file, place: place, path: path,
                                        message: "no headline and no text; shown as \(EventTitle.none)"))
        }
        if let overflow { fullText = fullText.map { overflow + "\n\n" + $0 } ?? overflow }

        var d = EventDraft.read(
            id: uniqueId, time: startTime.time, written: startTime.written, end: endTime?.time, endWritten: endTime?.written,
            actor: group.trimmingWhitespace.isEmpty ? nil : EventTitle.collapse(group.trimmingWhitespace),
            kind: kind, title: title, text: fullText, sources: sources, extraFields: extraFields, place: place,
            idPlace: FieldPlace(place, path: uniqueIdPath),
            endPlace: end.map { FieldPlace($0.place, path: $0.path) })
        d.places.time = FieldPlace(start.place, path: start.path)
        d.quote = quote
        // An hour alone is known to the hour (its form would say the minute).
        if let p = startTime.precision {
            d.precision = p
            d.places.precision = FieldPlace(start.place, path: start.path)
        }
        return d
    }
}
