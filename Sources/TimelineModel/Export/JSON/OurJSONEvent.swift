/// One event as an object of our own format (docs/FORMAT.md), on one line: every field
/// the model holds, written so that reading it back gives the same event — times as the
/// file wrote them, `precision` only when it differs from what the time's form implies,
/// extra fields as the JSON they were. Nothing is neutralised: strings are escaped as
/// JSON requires, so control characters travel as `\u001b` and stay inert.
enum OurJSONEvent {
    static func append(_ event: Event, to out: inout [UInt8]) {
        var first = true
        out.append(0x7B)
        JSONText.appendField("id", event.id, first: &first, to: &out)
        JSONText.appendField("time", ExportTimes.written(event.time), first: &first, to: &out)
        if let end = event.end {
            JSONText.appendField("end", ExportTimes.written(end), first: &first, to: &out)
        }
        if event.precision != event.time.impliedPrecision {
            JSONText.appendField("precision", event.precision.rawValue, first: &first, to: &out)
        }
        if event.approximate { JSONText.appendRawField("approximate", "true", first: &first, to: &out) }
        // A date in another zone than the timeline's (a merged file's): read back as `Event.dateZone`.
        if let zone = event.dateZone { JSONText.appendField("timezone", zone, first: &first, to: &out) }
        if let actor = event.actor { JSONText.appendField("actor", actor, first: &first, to: &out) }
        if let kind = event.kind { JSONText.appendField("kind", kind, first: &first, to: &out) }
        JSONText.appendField("title", event.title, first: &first, to: &out)
        if let text = event.text { JSONText.appendField("text", text, first: &first, to: &out) }
        if let quote = event.quote {
            out.append(contentsOf: Array(#","quote":{"text":"#.utf8))
            JSONText.appendString(quote.text, to: &out)
            if let lang = quote.lang {
                out.append(contentsOf: Array(#","lang":"#.utf8))
                JSONText.appendString(lang, to: &out)
            }
            out.append(0x7D)
        }
        if !event.sources.isEmpty {
            out.append(contentsOf: Array(#","sources":["#.utf8))
            for (n, source) in event.sources.enumerated() {
                if n > 0 { out.append(0x2C) }
                out.append(contentsOf: Array(#"{"name":"#.utf8))
                JSONText.appendString(source.name, to: &out)
                if let url = source.url {
                    out.append(contentsOf: Array(#","url":"#.utf8))
                    JSONText.appendString(url, to: &out)
                }
                out.append(0x7D)
            }
            out.append(0x5D)
        }
        if !event.tags.isEmpty {
            out.append(contentsOf: Array(#","tags":"#.utf8))
            JSONText.appendStrings(event.tags, to: &out)
        }
        if !event.origins.isEmpty {
            // A merged timeline's files, read back as `Event.origins`.
            out.append(contentsOf: Array(#","source_files":"#.utf8))
            JSONText.appendStrings(event.origins, to: &out)
        }
        if event.extraFields.contains(where: { ownNames.contains($0.name) }) {
            // An extra field named like one of ours (an imported log's `kind` or `tags`)
            // would be read back as ours: then every extra goes in `extra_fields`, in order.
            out.append(contentsOf: Array(#","extra_fields":{"#.utf8))
            var firstExtra = true
            for field in event.extraFields {
                JSONText.appendRawField(field.name, field.json, first: &firstExtra, to: &out)
            }
            out.append(0x7D)
        } else {
            for field in event.extraFields {
                JSONText.appendRawField(field.name, field.json, first: &first, to: &out)
            }
        }
        out.append(0x7D)
    }

    /// The names of an event's own fields in our format (`extra_fields` among them).
    static let ownNames = Set(EventFields.Field.allCases.map(\.name))

    /// The timeline's own fields (`title`, `summary`, `timezone`, `zones`, `source_files`, `read_as`, extra fields)
    /// as `"name":value` pairs, `separator` between them, for the document and the first
    /// line of JSON Lines.
    static func appendTimelineFields(_ timeline: Timeline, separator: [UInt8], to out: inout [UInt8]) {
        var pairs: [[UInt8]] = []
        func pair(_ name: String, _ value: (inout [UInt8]) -> Void) {
            var p: [UInt8] = []
            JSONText.appendKey(name, to: &p)
            if separator.count > 1 { p.append(0x20) }  // the pretty document: `"title": …`
            value(&p)
            pairs.append(p)
        }
        pair("title") { JSONText.appendString(timeline.title, to: &$0) }
        if let summary = timeline.summary { pair("summary") { JSONText.appendString(summary, to: &$0) } }
        pair("timezone") { JSONText.appendString(timeline.timezone, to: &$0) }
        if !timeline.zones.isEmpty { pair("zones") { JSONText.appendStrings(timeline.zones, to: &$0) } }
        if !timeline.origins.isEmpty { pair("source_files") { JSONText.appendStrings(timeline.origins, to: &$0) } }
        if let readAs = timeline.readAsSaid { pair("read_as") { JSONText.appendString(readAs, to: &$0) } }
        for field in timeline.extraFields {
            pair(field.name) { $0.append(contentsOf: field.json.utf8) }
        }
        for (n, p) in pairs.enumerated() {
            if n > 0 { out.append(contentsOf: separator) }
            out.append(contentsOf: p)
        }
    }
}
