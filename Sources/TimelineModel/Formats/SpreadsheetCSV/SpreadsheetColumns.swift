/// What a spreadsheet timeline's header row says: which column holds the time (or a Date
/// and a Time column to join), the end, the title and the rest, matched by name in any
/// case and order (`Time`, `Timestamp (UTC)`, `time_utc`, `Date/Time`; `Event`, `What`,
/// `Description`…), and what a time column's name says about its times: a zone
/// (`Time (UTC)`, `Time (Europe/Paris)`, `UTC+02:00`), an abbreviation that needs
/// `--assume-zone` (`Time (EDT)`), the order of day and month (`Date (DD/MM/YYYY)`).
///
/// Every column that is none of these is an extra field under its name as written.
struct SpreadsheetColumns: Sendable {
    /// Where a time is read from: one cell holding a date and maybe a time, or a Date cell
    /// and a Time cell joined.
    struct TimeCells: Sendable {
        var date: Int?
        var time: Int?
        /// Columns read, in order.
        var all: [Int] { [date, time].compactMap { $0 } }
    }

    /// The header's names as written (trimmed).
    let names: [String]
    var start = TimeCells()
    var end: TimeCells?
    var title: Int?
    var text: Int?
    var actor: Int?
    /// A `Source` column taken as the actor (no other column names who): a cell that is a
    /// link is a source instead.
    var sourceIsActor = false
    var kind: Int?
    var tags: Int?
    var sources: [Int] = []
    var id: Int?
    var approximate: Int?
    var precision: Int?
    /// Our export's `date zone`: the zone of a date known only to the day, month or year
    /// (`Event.dateZone`), which the date alone does not carry.
    var dateZone: Int?
    /// Columns read for nothing: `t_plus` of our own export (worked out again from the mark).
    var ignored: Set<Int> = []
    /// What each column's name says about its times.
    var hints: [TimeHint]
    /// The columns whose cells, joined by a space, title a row whose title cell is empty
    /// (EvtxECmd's `Provider` and `EventId` for an event its maps do not describe).
    var titleFallback: [Int] = []
    /// The header is our own `export --format csv`'s.
    var isOurExport = false

    /// The names of our export's columns (`CSVWriter.columns`).
    static let ourColumns = ["id", "time", "end", "precision", "approximate", "actor", "kind", "title", "text", "tags", "sources", "source file"]

    static let startNames = [
        "timestamp", "datetime", "date time", "date/time", "date and time", "time", "date", "when", "start",
        "start time", "start datetime", "started", "started at", "start date", "begin", "began", "event time",
        "time of event", "event date", "occurred", "occurred at", "happened at", "created", "created at", "time stamp",
    ]
    static let endNames = [
        "end", "end time", "end datetime", "end date", "ended", "ended at", "until", "resolved", "resolved at",
        "finished", "finished at", "finish", "stop", "stopped", "stopped at",
    ]
    static let titleNames = [
        "title", "event", "headline", "summary", "what", "what happened", "event title", "event summary", "message",
        "msg", "description", "event description", "activity", "action", "subject", "update", "entry", "details",
        "detail", "notes", "note", "comment", "comments",
    ]
    static let textNames = ["text", "details", "detail", "description", "notes", "note", "comments", "comment", "body", "more"]
    static let actorNames = [
        "actor", "who", "owner", "author", "team", "person", "by", "user", "reporter", "reported by", "responder",
        "assignee", "handled by", "performed by",
    ]
    static let kindNames = ["kind", "type", "event type", "category", "severity", "level", "status", "phase", "priority"]
    static let tagNames = ["tags", "tag", "labels", "label"]
    static let sourceNames = ["sources", "url", "urls", "link", "links", "reference", "references", "evidence", "source url"]
    static let idNames = ["id", "event id", "uid", "unique id"]
    static let approximateNames = ["approximate", "approx", "approximately", "estimated"]

    /// Windows Event Viewer's "Save as CSV" header (`Level,Date and Time,Source,Event
    /// ID,Task Category`), as keys: its rows have a sixth, unnamed cell, the event's message.
    static let eventViewerKeys = ["level", "date and time", "source", "event id", "task category"]

    /// The header as the reader takes it: Event Viewer's gets its sixth column named
    /// `Description` (the message); any other is as written.
    static func named(_ names: [String]) -> [String] {
        names.map { key($0).key } == eventViewerKeys ? names + ["Description"] : names
    }

    /// The file is Windows Event Viewer's "Save as CSV": its `Event ID` names the kind of
    /// event (7036, repeated), not the event: an extra field, never the id.
    var isEventViewer: Bool { names.count == 6 && names.prefix(5).map { Self.key($0).key } == Self.eventViewerKeys }

    /// Hayabusa's `csv-timeline` (Yamato Security's Windows event log scanner), whatever its
    /// profile: `Timestamp`, `Computer`, `EventID`, `Level`, `RuleTitle`, then `Details` or
    /// `AllFieldInfo`, which many detections leave empty. A detection is titled by the rule
    /// that fired, its details the text, the computer the actor, the level the kind.
    static let hayabusaKeys = ["timestamp", "computer", "eventid", "level", "ruletitle"]

    /// The file is Hayabusa's `csv-timeline` (see `hayabusaKeys`).
    var isHayabusa: Bool {
        let keys = names.map { Self.key($0).key }
        return Self.hayabusaKeys.allSatisfy(keys.contains)
    }

    /// EvtxECmd's CSV (Eric Zimmerman's Windows event log parser, run by KAPE): `RecordNumber,
    /// EventRecordId,TimeCreated,EventId,Level,Provider,Channel,…,Computer,…,MapDescription,…`.
    /// `TimeCreated` is UTC, as all of Zimmerman's tools write times (`2020-10-09
    /// 21:49:06.7521834`, no zone written): read so. The map's description titles an event,
    /// else its provider and event id; the computer is the actor, the level the kind.
    static let evtxECmdKeys = ["recordnumber", "eventrecordid", "timecreated", "eventid", "provider", "channel", "mapdescription"]

    /// The file is EvtxECmd's CSV (see `evtxECmdKeys`).
    var isEvtxECmd: Bool {
        let keys = names.map { Self.key($0).key }
        return Self.evtxECmdKeys.allSatisfy(keys.contains)
    }

    init(_ names: [String]) {
        self.names = names
        let parsed = names.map(Self.key)
        let keys = parsed.map(\.key)
        hints = parsed.map { TimeHint($0.hints) }
        isOurExport = Self.ourColumns.allSatisfy { keys.contains($0.replacingOccurrences(of: "_", with: " ")) }
        var taken = Set<Int>()
        func first(_ candidates: [String]) -> Int? {
            for c in candidates {
                if let i = keys.indices.first(where: { keys[$0] == c && !taken.contains($0) }) {
                    taken.insert(i)
                    return i
                }
            }
            return nil
        }
        func pair(_ date: String, _ time: String) -> TimeCells? {
            guard let d = keys.firstIndex(of: date), let t = keys.firstIndex(of: time), !taken.contains(d), !taken.contains(t)
            else { return nil }
            taken.formUnion([d, t])
            return TimeCells(date: d, time: t)
        }
        if let p = pair("date", "time") ?? pair("start date", "start time") {
            start = p
        } else if let t = first(Self.startNames) {
            start = TimeCells(date: nil, time: t)
        }
        end = pair("end date", "end time") ?? first(Self.endNames).map { TimeCells(date: nil, time: $0) }
        id = isEventViewer ? nil : first(Self.idNames)
        if Self.hayabusaKeys.allSatisfy(keys.contains) {
            title = first(["ruletitle"])
            text = first(["details", "allfieldinfo"])
            actor = first(["computer"])
            kind = first(["level"])
        }
        if Self.evtxECmdKeys.allSatisfy(keys.contains) {
            start = first(["timecreated"]).map { TimeCells(date: nil, time: $0) } ?? start
            if let t = start.time, hints[t].zone == nil { hints[t].zone = .utc }
            title = first(["mapdescription"])
            titleFallback = ["provider", "eventid"].compactMap { n in keys.firstIndex(of: n) }
            actor = first(["computer"])
            kind = first(["level"])
        }
        title = title ?? first(Self.titleNames)
        text = text ?? first(Self.textNames)
        actor = actor ?? first(Self.actorNames)
        kind = kind ?? first(Self.kindNames)
        tags = first(Self.tagNames)
        approximate = first(Self.approximateNames)
        precision = first(["precision"])
        if actor == nil, let s = first(["source"]) {
            actor = s
            sourceIsActor = true
        }
        while let s = first(Self.sourceNames + ["source"]) { sources.append(s) }
        if isOurExport, let t = keys.firstIndex(of: "t plus") { ignored.insert(t) }
        if isOurExport { dateZone = first(["date zone"]) }
    }

    /// Whether the header names a time and a title: a spreadsheet timeline.
    var isTimeline: Bool { !start.all.isEmpty && title != nil }

    /// The columns a one-line listing and the rules read (see `RecordReader.csv`).
    var listed: [String] {
        (start.all + (end?.all ?? []) + [title, actor, id, approximate, precision, dateZone].compactMap { $0 } + titleFallback).map { names[$0] }
    }

    /// A column's name for matching: without what is in brackets (`Time (UTC)` → `time`),
    /// in lower case, `_` and `-` as spaces; and what the brackets held, with a trailing
    /// `UTC` (`time_utc`, `Time in UTC`) and a column named `UTC` alone (a time in UTC).
    static func key(_ name: String) -> (key: String, hints: [String]) {
        var hints: [String] = []
        var plain = ""
        var inside: String?
        for c in name {
            if c == "(" || c == "[" { inside = ""; continue }
            if c == ")" || c == "]" {
                if let h = inside { hints += h.split(whereSeparator: { $0 == "," || $0 == ";" }).map { String($0).trimmingWhitespace } }
                inside = nil
                continue
            }
            if inside != nil { inside!.append(c) } else { plain.append(c) }
        }
        var key = plain.lowercased().map { $0 == "_" || $0 == "-" ? " " : $0 }
            .reduce(into: "") { s, c in if !(c == " " && (s.isEmpty || s.hasSuffix(" "))) { s.append(c) } }
        while key.hasSuffix(" ") { key.removeLast() }
        for suffix in [" in utc", " utc", " gmt"] where key.hasSuffix(suffix) && key.count > suffix.count {
            key.removeLast(suffix.count)
            hints.append("UTC")
            break
        }
        if key == "utc" || key == "gmt" {
            key = "time"
            hints.append("UTC")
        }
        return (localNames[key] ?? key, hints)
    }

    /// Column names of spreadsheets written in French, German, Spanish and Italian, as
    /// the English name they stand for (`Date;Heure;Événement;Qui` is `date, time, event,
    /// who`). Only names that mean nothing else in English (not Italian `data`).
    static let localNames: [String: String] = [
        // French
        "heure": "time", "horodatage": "timestamp", "date et heure": "date and time", "début": "start", "debut": "start",
        "fin": "end", "événement": "event", "évènement": "event", "evenement": "event", "titre": "title", "résumé": "summary",
        "qui": "who", "acteur": "actor", "auteur": "author", "équipe": "team", "catégorie": "category", "gravité": "severity",
        "étiquettes": "tags", "lien": "link", "liens": "links", "détails": "details", "remarques": "notes",
        // German
        "datum": "date", "uhrzeit": "time", "zeit": "time", "zeitpunkt": "timestamp", "zeitstempel": "timestamp",
        "beginn": "start", "ende": "end", "ereignis": "event", "titel": "title", "beschreibung": "description", "wer": "who",
        "akteur": "actor", "typ": "type", "kategorie": "category", "schweregrad": "severity", "notizen": "notes",
        // Spanish
        "fecha": "date", "hora": "time", "fecha y hora": "date and time", "inicio": "start", "evento": "event",
        "título": "title", "descripción": "description", "descripcion": "description", "quién": "who", "quien": "who",
        "tipo": "type", "categoría": "category", "notas": "notes",
        // Italian
        "ora": "time", "chi": "who", "titolo": "title", "descrizione": "description", "categoria": "category",
    ]
}
