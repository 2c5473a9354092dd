/// One row of a spreadsheet timeline read into an event (see `SpreadsheetCSVReader`).
struct SheetRow {
    let record: Record
    let columns: SpreadsheetColumns
    let file: String
    let options: ReadOptions
    /// The row read again with every cell's text (the first pass keeps only the listed ones).
    var wholeRecord: () -> Record? = { nil }

    /// A cell's text: trimmed, without the `'` that defuses a formula (`'=1+1` is `=1+1`;
    /// a `'` before anything else is the cell's own), its line breaks as LF (a CRLF file
    /// writes CRLF inside cells too). Nil when empty.
    func cell(_ i: Int?) -> String? {
        guard let i, i < record.fields.count, var raw = record.fields[i].value.text else { return nil }
        if raw.utf8.contains(0x0D) {
            raw = raw.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        let t = Self.undefused(raw).trimmingWhitespace
        return t.isEmpty ? nil : t
    }

    func place(_ i: Int?) -> SourcePlace {
        guard let i, i < record.fields.count else { return record.place }
        return record.fields[i].place
    }

    static func undefused(_ s: String) -> String {
        var u = s.utf8.makeIterator()
        guard u.next() == 0x27, let c = u.next(), CSVCell.startsFormula(c) else { return s }
        return String(s.dropFirst())
    }

    private func problem(_ at: Int?, _ path: String, _ message: String, into out: inout RecordReading) {
        out.problems.append(Problem(file: file, place: place(at), path: path, message: message))
    }

    /// A time read from cells, or why not (already told).
    enum TimeCell {
        case empty
        case failed
        case read(EventTime, written: String, sheet: SheetTime)
    }

    /// The time in `cells`; `sameDay` is the date of the row's start, for an end written
    /// as a time of day alone (`Start 2024-03-01 10:00`, `End 10:45`).
    func time(_ cells: SpreadsheetColumns.TimeCells, sameDay: CivilDate? = nil, into out: inout RecordReading) -> TimeCell {
        let dateText = cell(cells.date)
        let timeText = cell(cells.time)
        let text = [dateText, timeText].compactMap { $0 }.joined(separator: " ")
        guard !text.isEmpty else { return .empty }
        let what = cells.all.map { columns.names[$0] }.joined(separator: " and ")
        let at = dateText != nil ? cells.date : cells.time
        var hint = TimeHint([])
        for i in cells.all.reversed() {
            let h = columns.hints[i]
            hint.zone = hint.zone ?? h.zone
            hint.offsetSeconds = hint.offsetSeconds ?? h.offsetSeconds
            hint.abbreviation = hint.abbreviation ?? h.abbreviation
            hint.dayFirst = hint.dayFirst ?? h.dayFirst
        }
        let orderGiven = hint.dayFirst == nil ? options.time.dateOrder : nil
        var parsed = SheetTime.parse(text, dayFirst: hint.dayFirst ?? orderGiven?.dayFirst)
        if case .failure = parsed, let day = sameDay, text.first?.isASCIIDigit == true, text.dropFirst().prefix(2).contains(":") {
            parsed = SheetTime.parse(SheetTimeText.iso(day) + " " + text, dayFirst: nil)
        }
        switch parsed {
        case .failure(let f):
            // A date that does not exist in the order the user named may be in the other.
            let order = orderGiven.map { f.message.hasPrefix(SheetTime.noSuchDate) ? " (read as --date-order \($0.rawValue) says)" : "" } ?? ""
            problem(at, "", "\(what) \"\(text)\" \(f.message)\(order)", into: &out)
            return .failed
        case .success(let sheet):
            switch sheet.place(hint: hint, reading: options.time, what: what, text: text) {
            case .failure(let f):
                problem(at, "", f.message, into: &out)
                return .failed
            case .success(let t):
                return .read(t, written: text, sheet: sheet)
            }
        }
    }

    func read(into out: inout RecordReading) {
        let c = columns
        let start = time(c.start, into: &out)
        guard case .read(var t, let written, let sheet) = start else {
            if case .empty = start, !isEmpty(whole: out.whole) {
                let at = c.start.date ?? c.start.time
                out.warnings.append(Problem(file: file, place: place(at), path: at.map { c.names[$0] } ?? "",
                                            message: "this row has no time; it is left out"))
            }
            return
        }
        var end: (EventTime, String)?
        if let cells = c.end {
            switch time(cells, sameDay: sheet.date, into: &out) {
            case .failed: return
            case .empty: break
            case .read(let e, let w, _): end = (e, w)
            }
        }
        var precision: Precision?
        if let text = cell(c.precision) {
            guard let p = Precision(rawValue: text.lowercased()) else {
                problem(c.precision, c.names[c.precision!], EventRules.unknownPrecision(text), into: &out)
                return
            }
            if p == .minute, let m = Self.withoutSeconds(t) {
                t = m
                if let e = end?.0, let m = Self.withoutSeconds(e) { end?.0 = m }
            }
            if p != t.impliedPrecision { precision = p }
        }
        var message = cell(c.title) ?? ""
        if message.isEmpty, !c.titleFallback.isEmpty { message = c.titleFallback.compactMap { cell($0) }.joined(separator: " ") }
        var title: String
        var text = cell(c.text)
        if c.isOurExport {
            title = message.isEmpty ? EventTitle.none : message
            if message.isEmpty { warnEmptyTitle(&out) }
        } else {
            let (t, body, empty) = Self.title(message)
            title = t
            if empty { warnEmptyTitle(&out) }
            if let body { text = text.map { body + "\n\n" + $0 } ?? body }
        }
        var actor = cell(c.actor)
        var sources: [Source] = []
        if c.sourceIsActor, let a = actor, Self.isLink(a) {
            sources.append(Source(name: a, url: a))
            actor = nil
        }
        var draft = EventDraft.read(
            id: cell(c.id), time: t, written: written, end: end?.0, endWritten: end?.1,
            actor: actor, kind: cell(c.kind), title: title, text: text, place: record.place,
            idPlace: c.id.map { FieldPlace(place($0), path: c.names[$0]) },
            endPlace: c.end.map { e in FieldPlace(place(e.date ?? e.time), path: c.names[(e.date ?? e.time)!]) }
        )
        let at = c.start.date ?? c.start.time
        draft.places.time = FieldPlace(place(at), path: at.map { c.names[$0] } ?? "")
        draft.places.title = c.title.map { FieldPlace(place($0), path: c.names[$0]) }
        draft.places.precision = c.precision.map { FieldPlace(place($0), path: c.names[$0]) }
        draft.precision = precision
        draft.approximate = sheet.approximate || Self.isYes(cell(c.approximate))
        if let i = c.dateZone, let zone = cell(i) {
            // A date of another zone than the file's (a merge's later file): a day there.
            draft.dateZone = zone
            draft.places.dateZone = FieldPlace(place(i), path: c.names[i])
        }
        if let i = c.title, i < record.fields.count { out.titleAt = record.fields[i].offset }
        if let i = c.actor, i < record.fields.count { out.actorAt = record.fields[i].offset }
        if out.whole {
            draft.tags = Self.tags(cell(c.tags))
            for i in c.sources { sources += Self.sources(cell(i)) }
            draft.sources = sources
            draft.extraFields = extras()
        }
        out.draft = draft
    }

    /// Whether the row has nothing in it (`,,,`): passed over without a word. The first
    /// pass has the text of the listed columns only: the row is read again to be sure.
    private func isEmpty(whole: Bool) -> Bool {
        if record.fields.contains(where: { !Self.undefused($0.value.text ?? "").trimmingWhitespace.isEmpty }) { return false }
        guard !whole, let full = wholeRecord() else { return true }
        return !full.fields.contains(where: { !Self.undefused($0.value.text ?? "").trimmingWhitespace.isEmpty })
    }

    private func warnEmptyTitle(_ out: inout RecordReading) {
        let at = columns.title
        out.warnings.append(Problem(file: file, place: place(at), path: at.map { columns.names[$0] } ?? "",
                                    message: "empty event; shown as \(EventTitle.none)"))
    }

    /// Every column the event does not take, by its name as written.
    private func extras() -> [ExtraField] {
        let c = columns
        var used = Set(c.start.all + (c.end?.all ?? []) + c.sources)
        used.formUnion([c.title, c.text, c.actor, c.kind, c.tags, c.id, c.approximate, c.precision, c.dateZone].compactMap { $0 })
        used.formUnion(c.ignored)
        var out: [ExtraField] = []
        for i in record.fields.indices where !used.contains(i) {
            guard let v = cell(i) else { continue }
            let name = c.names[i].isEmpty ? "column \(i + 1)" : c.names[i]
            out.append(ExtraField(name: name, json: JSONValue.quoted(v)))
        }
        return out
    }

    /// `EventTitle.from`, which walks every character, made from the start of a long cell
    /// when that decides it (a first line cut at 200 characters, or ended): a 10 MB cell
    /// costs one copy into the text, not three walks.
    static func title(_ message: String) -> (title: String, text: String?, empty: Bool) {
        guard message.utf8.count > 16_384 else { return EventTitle.from(message) }
        let head = String(message.prefix(4_096))
        let (title, _, empty) = EventTitle.from(head)
        let lineEnds = head.trimmingWhitespace.contains(where: \.isNewline)
        guard !empty, title.hasSuffix("…") || lineEnds else { return EventTitle.from(message) }
        return (title, message.trimmingWhitespace, false)
    }

    /// Our export writes seconds always (RFC 3339), and `minute` when none were written:
    /// under `minute`, a time at a whole minute written `:00` without a fraction is the
    /// time without its seconds; nil for any other.
    static func withoutSeconds(_ t: EventTime) -> EventTime? {
        guard case .instant(let i, var form) = t, form.hasSeconds, form.fractionDigits == 0, i.nanoseconds == 0,
              (i.seconds + Int64(form.offsetSeconds)) % 60 == 0
        else { return nil }
        form.hasSeconds = false
        return .instant(i, form)
    }

    static func isYes(_ s: String?) -> Bool {
        guard let s = s?.lowercased() else { return false }
        return ["true", "yes", "y", "1", "x", "~", "✓", "approximate", "approx", "approx."].contains(s)
    }

    static func isLink(_ s: String) -> Bool {
        let l = s.lowercased()
        return (l.hasPrefix("https://") || l.hasPrefix("http://")) && !s.contains(where: { $0 == " " || $0 == "\n" })
    }

    /// Tags split at `;` (as our export writes them) or, when there is none, at `,`.
    static func tags(_ s: String?) -> [String] {
        guard let s else { return [] }
        let sep: Character = s.contains(";") ? ";" : ","
        return s.split(separator: sep).map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
    }

    /// Sources one a line: `name <url>` (our export), a link alone, or a name alone.
    static func sources(_ s: String?) -> [Source] {
        guard let s else { return [] }
        return s.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).compactMap { line -> Source? in
            let l = String(line).trimmingWhitespace
            guard !l.isEmpty else { return nil }
            if l.hasSuffix(">"), let open = l.range(of: " <", options: .backwards) {
                let name = String(l[..<open.lowerBound]).trimmingWhitespace
                let url = String(l[open.upperBound...].dropLast())
                return Source(name: name.isEmpty ? url : name, url: url)
            }
            return isLink(l) ? Source(name: l, url: l) : Source(name: l)
        }
    }
}

/// Dates as ISO 8601 text, for an end written as a time of day alone.
enum SheetTimeText {
    static func iso(_ d: CivilDate) -> String {
        func pad(_ v: Int, _ n: Int) -> String { String(repeating: "0", count: max(0, n - String(v).count)) + String(v) }
        return pad(d.year, 4) + "-" + pad(d.month, 2) + "-" + pad(d.day, 2)
    }
}
