/// Plaso's legacy `l2tcsv` output (`docs/sources/user/Output-format-l2tcsv.md`):
/// `date,time,timezone,MACB,source,sourcetype,type,user,host,short,desc,version,filename,
/// inode,notes,format,extra`, the date as `MM/DD/YYYY`, the time `HH:MM:SS`, in the zone
/// named by its abbreviation (`UTC`, `CET`).
///
/// A fixed abbreviation (UTC, GMT, CET, CEST, EST, EDT…; not CST, which China and Cuba use too) gives the offset; any other needs
/// `--assume-zone`, where the abbreviation settles a DST overlap. `desc` is the title (the
/// full description), `type` the kind, `user` the actor when not `-`. `00/00/0000` (Plaso's
/// "no time") is left out with a warning.
enum PlasoL2tCSVReader {
    static let columns = ["date", "time", "timezone", "macb"]

    static func declines(_ sample: FileSample) -> String? {
        guard sample.csvHeader != nil else { return "the first line is not a CSV header" }
        guard sample.lowercasedHeader.starts(with: columns) else { return "the header does not start with date,time,timezone,MACB" }
        return nil
    }

    /// Offsets of abbreviations that mean one offset wherever they are used (`CST` is
    /// not one: US Central, China, Cuba).
    static let fixedOffsets = ZoneAbbreviationOffsets.fixed

    static let known = ["date", "time", "timezone", "desc", "type", "user"]

    /// Reads the CSV a row at a time (see `RecordReader`). Its events hold their rows' text
    /// (`-` and a `short` equal to `desc` only taken out), so a search may look at a row's
    /// bytes first.
    static func reader(_ bytes: FileBytes, file: String, options: ReadOptions) -> RecordReader {
        RecordReader.csv(bytes, file: file, listed: ["date", "time", "timezone", "desc", "short", "user"], madeText: []) {
            map($0, file: file, options: options, into: &$1)
        }
    }

    /// One row to an event.
    static func map(_ record: Record, file: String, options: ReadOptions, into out: inout RecordReading) {
        func text(_ name: String) -> String? {
            guard let t = record.field(name)?.value.text?.trimmingWhitespace, !t.isEmpty, t != "-" else { return nil }
            return t
        }
        let dateText = text("date") ?? ""
        let timeText = text("time") ?? ""
        if PlasoTime.isNoTime(dateText) {
            out.warnings.append(Problem(file: file, place: record.place, path: "date",
                                        message: "Plaso wrote no time for this event (\(dateText)); it is left out"))
            return
        }
        let parts = dateText.split(separator: "/")
        guard parts.count == 3, parts[0].count == 2, parts[1].count == 2, parts[2].count == 4,
              let m = Int(parts[0]), let d = Int(parts[1]), let y = Int(parts[2]),
              CivilDate(year: y, month: m, day: d).isValid
        else {
            out.problems.append(Problem(file: file, place: record.field("date")?.place ?? record.place, path: "date",
                                        message: "\"\(dateText)\" is not a date written MM/DD/YYYY that exists"))
            return
        }
        let iso = padded(y, 4) + "-" + padded(m, 2) + "-" + padded(d, 2) + "T" + timeText
        let zoneName = text("timezone") ?? ""
        let written: String
        var reading = options.time
        if let offset = fixedOffsets[zoneName.uppercased()] {
            written = iso + TimeReading.offsetText(offset)
        } else {
            written = iso
            if let z = Zone(identifier: zoneName), zoneName != "local" { reading.assumedZone = z }
        }
        let time: EventTime
        switch reading.read(written, what: "date and time", abbreviation: zoneName) {
        case .success(let t): time = t
        case .failure(let e):
            var message = e.message
            if !zoneName.isEmpty && fixedOffsets[zoneName.uppercased()] == nil && options.time.assumedZone == nil {
                message = "date and time \"\(dateText) \(timeText)\" are in \(zoneName), an abbreviation that does not name one offset; add --assume-zone with the zone psort wrote (for example Europe/Paris)"
            }
            out.problems.append(Problem(file: file, place: record.place, path: "", message: message))
            return
        }
        let message = text("desc") ?? text("short") ?? ""
        let (title, body, empty) = EventTitle.from(message)
        if empty {
            out.warnings.append(Problem(file: file, place: record.place, path: "desc", message: "empty description; shown as \(EventTitle.none)"))
        }
        var extras: [ExtraField] = []
        for f in record.fields where out.whole && !known.contains(f.name) {
            guard let t = f.value.text, !t.isEmpty, t != "-" else { continue }
            if f.name == "short" && t == text("desc") { continue }  // said in the title already
            extras.append(ExtraField(name: f.name, json: JSONValue.quoted(t)))
        }
        out.draft = .read(
            time: time, written: "\(dateText) \(timeText) \(zoneName)", actor: text("user"), kind: text("type"),
            title: title, text: body, extraFields: extras, place: record.place
        )
    }
}

/// `v` with leading zeros to `width` digits.
private func padded(_ v: Int, _ width: Int) -> String {
    let s = String(v)
    return String(repeating: "0", count: max(0, width - s.count)) + s
}
