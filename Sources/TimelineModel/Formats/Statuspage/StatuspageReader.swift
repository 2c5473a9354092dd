/// Atlassian Statuspage API v2 incidents: `incidents.json` (`{"page": …, "incidents": […]}`)
/// or one incident (`incidents/<id>.json`, the incident object, or `{"incident": …}`);
/// `scheduled_maintenances` (`scheduled-maintenances.json`, `summary.json`) likewise.
///
/// Each incident is a span from `started_at` (else `created_at`) to `resolved_at` (open
/// while unresolved), titled by its `name`, kind `incident`, tagged with its impact and
/// its components; each update is an event at `display_at` (else `created_at`), kind =
/// its status, the body's HTML as text (links kept as sources), tagged with the affected
/// components. `page.time_zone` is the home zone; `page.name` the title. The incident's
/// shortlink is its source. A maintenance (one with `scheduled_for`) is a span of kind
/// `maintenance` from `scheduled_for` to `resolved_at` (else `scheduled_until`). No actor: Statuspage does not say who wrote an update.
enum StatuspageReader {
    static func declines(_ sample: FileSample) -> String? {
        guard sample.startsLikeJSON else { return "does not start with '{'" }
        if sample.contains("\"incident_updates\"") { return nil }
        // `incidents/unresolved.json` on a quiet day: the page and an empty list.
        if sample.contains("\"page\""), sample.contains("\"time_zone\""),
           sample.contains("\"incidents\"") || sample.contains("\"scheduled_maintenances\"") {
            return nil
        }
        return "no \"incident_updates\", and no \"page\" with \"incidents\" or \"scheduled_maintenances\""
    }

    static func read(_ bytes: [UInt8], file: String, options: ReadOptions) -> ReaderOutput {
        var out = ReaderOutput()
        guard var doc = JSONDocument.parse(bytes, file: file, into: &out) else { return out }
        let root = doc.root
        var incidents: [(JSONValue.Member, String)] = []
        // `summary.json` has both lists; `scheduled-maintenances.json` the second alone.
        let lists = ["incidents", "scheduled_maintenances"].compactMap { root.member($0) }
        if !lists.isEmpty {
            for list in lists {
                guard let elements = list.value.elements else {
                    out.problems.append(doc.places.problem(at: list.offset, list.key, "expected an array"))
                    return out
                }
                incidents += elements.enumerated().map { ($0.element, "\(list.key)[\($0.offset)]") }
            }
        } else if let one = root.member("incident") {
            incidents = [(one, "incident")]
        } else if root["incident_updates"] != nil {
            incidents = [(JSONValue.Member(key: "", value: root, offset: 0), "")]
        } else {
            out.problems.append(Problem(file: file, place: nil, path: "",
                                        message: "no \"incidents\" or \"scheduled_maintenances\" array, and no incident object"))
            return out
        }
        if let page = root["page"] {
            let what = lists.map { $0.key == "incidents" ? "incidents" : "maintenances" }.joined(separator: " and ")
            out.title = page["name"]?.string.map { "\($0) status: \(what.isEmpty ? "incidents" : what)" }
            out.timezone = page["time_zone"]?.string
            if let url = page["url"]?.string { out.extraFields.append(ExtraField(name: "page_url", json: JSONValue.quoted(url))) }
        } else if incidents.count == 1 {
            out.title = incidents[0].0.value["name"]?.string
        }
        for (member, path) in incidents {
            readIncident(member, path: path, doc: &doc, options: options, file: file, into: &out)
        }
        return out
    }

    private static func join(_ path: String, _ key: String) -> String { JSONDocument.join(path, key) }

    private static func time(_ m: JSONValue.Member, _ path: String, _ doc: inout JSONDocument, _ options: ReadOptions,
                             _ out: inout ReaderOutput) -> EventTime? {
        // The path ends with the key already (`incidents[0].resolved_at`): not named twice.
        doc.time(m, path: path, what: "time", options: options, into: &out)
    }

    private static func nonNull(_ v: JSONValue, _ key: String) -> JSONValue.Member? { v.nonNull(key) }

    private static func readIncident(_ member: JSONValue.Member, path: String, doc: inout JSONDocument, options: ReadOptions,
                                     file: String, into out: inout ReaderOutput) {
        let incident = member.value
        guard case .object = incident else {
            out.problems.append(doc.places.problem(at: member.offset, path, "expected an incident object"))
            return
        }
        let place = doc.places.place(member.offset)
        let idText = incident["id"]?.text
        // A maintenance's `started_at` is when it was announced: its span starts when it was
        // scheduled for, and ends when it was resolved (else when it was scheduled until).
        let maintenance = nonNull(incident, "scheduled_for") != nil
        guard let startMember = nonNull(incident, "scheduled_for") ?? nonNull(incident, "started_at") ?? nonNull(incident, "created_at") else {
            out.problems.append(Problem(file: file, place: place, path: path, message: "the incident has no started_at or created_at"))
            return
        }
        guard let start = time(startMember, join(path, startMember.key), &doc, options, &out) else { return }
        var end: EventTime?
        let endMember = nonNull(incident, "resolved_at") ?? (maintenance ? nonNull(incident, "scheduled_until") : nil)
        if let r = endMember {
            guard let e = time(r, join(path, r.key), &doc, options, &out) else { return }
            end = e
        }
        let components = (incident["components"]?.elements ?? []).compactMap { $0.value["name"]?.string }
        var tags: [String] = []
        if let impact = incident["impact"]?.string, !impact.isEmpty { tags.append("impact: \(impact)") }
        tags += components
        let name = incident["name"]?.string ?? ""
        let (title, body, empty) = EventTitle.from(name)
        if empty { out.warnings.append(Problem(file: file, place: place, path: join(path, "name"), message: "no name; shown as \(EventTitle.none)")) }
        var sources: [Source] = []
        if let link = incident["shortlink"]?.string { sources.append(Source(name: "Statuspage", url: link)) }
        var extras: [ExtraField] = []
        for key in ["status", "impact", "monitoring_at", "page_id"] + (maintenance ? ["started_at", "scheduled_until"] : []) {
            if let v = incident[key], v != .null { extras.append(ExtraField(name: key, json: v.compactText)) }
        }
        out.events.append(.read(id: idText, time: start, written: startMember.value.string ?? "", end: end,
                                endWritten: endMember?.value.string, kind: maintenance ? "maintenance" : "incident", title: title, text: body,
                                sources: sources, tags: tags, extraFields: extras, place: place,
                                idPlace: FieldPlace(place, path: join(path, "id")),
                                endPlace: endMember.map { FieldPlace(doc.places.place($0.offset), path: join(path, $0.key)) }))
        for (i, u) in (incident["incident_updates"]?.elements ?? []).enumerated() {
            let upath = join(path, "incident_updates[\(i)]")
            let update = u.value
            let uplace = doc.places.place(u.offset)
            guard let at = nonNull(update, "display_at") ?? nonNull(update, "created_at") else {
                out.problems.append(Problem(file: file, place: uplace, path: upath, message: "the update has no display_at or created_at"))
                continue
            }
            guard let t = time(at, join(upath, at.key), &doc, options, &out) else { continue }
            let html = HTMLText(update["body"]?.string ?? "")
            let (utitle, utext, uempty) = EventTitle.from(html.text)
            if uempty { out.warnings.append(Problem(file: file, place: uplace, path: join(upath, "body"), message: "empty body; shown as \(EventTitle.none)")) }
            let affected = (update["affected_components"]?.elements ?? []).compactMap { $0.value["name"]?.string }
            var uextras = [ExtraField(name: "incident", json: JSONValue.quoted(name))]
            for c in update["affected_components"]?.elements ?? [] {
                if let n = c.value["name"]?.string, let o = c.value["old_status"]?.string, let nw = c.value["new_status"]?.string {
                    uextras.append(ExtraField(name: "component", json: JSONValue.quoted("\(n): \(o) → \(nw)")))
                }
            }
            out.events.append(.read(id: update["id"]?.text, time: t, written: at.value.string ?? "", kind: update["status"]?.string,
                                    title: utitle, text: utext, sources: html.links, tags: affected,
                                    extraFields: uextras, place: uplace, idPlace: FieldPlace(uplace, path: join(upath, "id"))))
        }
    }
}
