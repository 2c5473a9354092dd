/// One incident of a Google Cloud status `incidents.json`, as a span and its updates (see
/// `GoogleCloudStatusReader`).
enum GoogleCloudIncident {
    private static func join(_ path: String, _ key: String) -> String { JSONDocument.join(path, key) }

    private static func time(_ m: JSONValue.Member, _ path: String, _ doc: inout JSONDocument, _ options: ReadOptions,
                             _ out: inout ReaderOutput) -> EventTime? {
        doc.time(m, path: path, what: m.key, options: options, into: &out)
    }

    private static func nonNull(_ v: JSONValue, _ key: String) -> JSONValue.Member? { v.nonNull(key) }

    static func read(_ member: JSONValue.Member, path: String, doc: inout JSONDocument, options: ReadOptions,
                     file: String, into out: inout ReaderOutput) {
        let incident = member.value
        let place = doc.places.place(member.offset)
        guard case .object = incident else {
            out.problems.append(Problem(file: file, place: place, path: path, message: "expected an incident object"))
            return
        }
        guard let beginMember = nonNull(incident, "begin") ?? nonNull(incident, "created") else {
            out.problems.append(Problem(file: file, place: place, path: path, message: "the incident has no begin or created"))
            return
        }
        guard let begin = time(beginMember, join(path, beginMember.key), &doc, options, &out) else { return }
        let endMember = nonNull(incident, "end")
        var end: EventTime?
        if let endMember {
            guard let e = time(endMember, join(path, "end"), &doc, options, &out) else { return }
            end = e
        }
        let name = incident["external_desc"]?.string ?? ""
        let (title, body, empty) = EventTitle.from(name)
        if empty { out.warnings.append(Problem(file: file, place: place, path: join(path, "external_desc"), message: "no external_desc; shown as \(EventTitle.none)")) }
        var tags: [String] = []
        if let severity = incident["severity"]?.string, !severity.isEmpty { tags.append("severity: \(severity)") }
        if let service = incident["service_name"]?.string, !service.isEmpty { tags.append(service) }
        for p in incident["affected_products"]?.elements ?? [] {
            if let t = p.value["title"]?.string, !tags.contains(t) { tags.append(t) }
        }
        var sources: [Source] = []
        if let uri = incident["uri"]?.string, !uri.isEmpty {
            let url = uri.hasPrefix("http") ? uri : GoogleCloudStatusReader.dashboard + uri
            sources.append(Source(name: "Google Cloud status", url: url))
        }
        // Nothing in the model says "still going on" but a span without its end: the extra
        // field says it in words.
        var extras: [ExtraField] = end == nil ? [ExtraField(name: "status", json: JSONValue.quoted("ongoing"))] : []
        for key in ["number", "status_impact", "severity", "service_key", "created", "modified"] {
            if let v = incident[key], v != .null { extras.append(ExtraField(name: key, json: v.compactText)) }
        }
        let idText = incident["id"]?.text
        out.events.append(.read(id: idText, time: begin, written: beginMember.value.string ?? "", end: end,
                                endWritten: endMember?.value.string, kind: "incident", title: title, text: body,
                                sources: sources, tags: tags, extraFields: extras, place: place,
                                idPlace: FieldPlace(place, path: join(path, "id")),
                                endPlace: endMember.map { FieldPlace(doc.places.place($0.offset), path: join(path, "end")) }))
        if let list = incident.member("updates"), list.value != .null, list.value.elements == nil {
            out.problems.append(doc.places.problem(at: list.offset, join(path, "updates"), "expected the updates, an array"))
            return
        }
        let updates = incident["updates"]?.elements ?? incident["most_recent_update"].map { [JSONValue.Member(key: "", value: $0, offset: incident.member("most_recent_update")!.offset)] } ?? []
        let updatesKey = incident["updates"] != nil ? "updates" : "most_recent_update"
        for (i, u) in updates.enumerated() {
            let upath = join(path, incident["updates"] != nil ? "\(updatesKey)[\(i)]" : updatesKey)
            let update = u.value
            let uplace = doc.places.place(u.offset)
            guard let at = nonNull(update, "when") ?? nonNull(update, "created") else {
                out.problems.append(Problem(file: file, place: uplace, path: upath, message: "the update has no when or created"))
                continue
            }
            guard let t = time(at, join(upath, at.key), &doc, options, &out) else { continue }
            let written = update["text"]?.string ?? ""
            var (utitle, utext, uempty) = EventTitle.from(written)
            // A report's first line is a Markdown heading (`# Incident Report`): its words are the title.
            if utitle.hasPrefix("#") {
                let words = String(utitle.drop { $0 == "#" }).trimmingWhitespace
                if !words.isEmpty { (utitle, utext) = (words, written.trimmingWhitespace) }
            }
            if uempty { out.warnings.append(Problem(file: file, place: uplace, path: join(upath, "text"), message: "empty text; shown as \(EventTitle.none)")) }
            let locations = (update["affected_locations"]?.elements ?? []).compactMap { $0.value["title"]?.string ?? $0.value["id"]?.string }
            out.events.append(.read(time: t, written: at.value.string ?? "", kind: update["status"]?.string?.lowercased(),
                                    title: utitle, text: utext, sources: sources, tags: locations,
                                    extraFields: [ExtraField(name: "incident", json: JSONValue.quoted(name))], place: uplace))
        }
    }
}
