/// A timeline kept in a spreadsheet and saved as CSV (Google Sheets, Excel, LibreOffice,
/// or our own `export --format csv`): a header row naming a time column and an event
/// column (see `SpreadsheetColumns`), one event a row. Cells are separated by commas, or
/// by `;` or tabs (European Excel, TSV), told from the header.
///
/// Each row's time is read by `SheetTime` (placed by the rules of every reader: a zone is
/// never guessed); the title is the first line of the event cell; a `Details` or `Text`
/// column is the text, `Who` the actor, `Type` the kind, `Tags` the tags (split at `;`
/// or `,`), `Link`/`URL`/`Sources` the sources (one a line, `name <url>` as our export
/// writes them), `Precision` and `Approximate` as our export writes them; every other
/// column is an extra field. A cell our export (or another tool) defused with a `'`
/// before `=`, `+`, `-`, `@`, a tab or a carriage return gets its value back.
///
/// A row with nothing in it is passed over; a row without a time is left out with a
/// warning naming it: the file opens, and the row is named.
enum SpreadsheetCSVReader {
    static let separators: [UInt8] = [0x2C, 0x3B, 0x09]

    static func declines(_ sample: FileSample) -> String? {
        if sample.startsLikeJSON { return "it starts like JSON" }
        guard separator(sample.firstLine) != nil else {
            return "no header naming a time (Time, Date, Timestamp, When…) and an event (Event, Title, Description, What…)"
        }
        return nil
    }

    /// The separator under which the header names a time and an event, if one does.
    static func separator(_ firstLine: String) -> UInt8? {
        for sep in separators where firstLine.utf8.contains(sep) {
            if SpreadsheetColumns(SpreadsheetColumns.named(headerCells(firstLine, sep))).isTimeline { return sep }
        }
        return nil
    }

    static func headerCells(_ line: String, _ sep: UInt8) -> [String] {
        var scanner = CSVScanner(bytes: Array(line.utf8))
        scanner.separator = sep
        return ((try? scanner.next())?.cells ?? []).map { $0.text.trimmingWhitespace }
    }

    /// Reads the CSV a row at a time (see `RecordReader`).
    static func reader(_ bytes: FileBytes, file: String, options: ReadOptions) -> RecordReader {
        let sample = bytes.sample
        let sep = separator(sample.firstLine) ?? 0x2C
        let names = SpreadsheetColumns.named(RecordFile.csvHeader(bytes, file: file, lowercaseHeader: false, separator: sep).0)
        var named = SpreadsheetColumns(names)
        // Day and month in the order the user names (`SheetRow` applies it), else in the one
        // the rows prove, when the header does not name it.
        let given = options.time.dateOrder
        let (order, both, numeric) = SheetDateOrder.infer(bytes, columns: named, separator: sep, firstRowOnly: given != nil)
        if let order {
            for i in named.start.all + (named.end?.all ?? []) { named.hints[i].dayFirst = order.dayFirst }
        }
        let columns = named
        let header = SourcePlace(line: 1, column: 1)
        var reader = RecordReader.csv(
            bytes, file: file, listed: columns.listed,
            check: { _ in
                headerProblems(columns, file: file, options: options, at: header)
                    + (both.map { [SheetDateOrder.conflict($0.0, $0.1, file: file)] } ?? [])
            },
            madeText: [EventTitle.none], lowercaseHeader: false, separator: sep, header: SpreadsheetColumns.named
        ) { record, out in
            var row = SheetRow(record: record, columns: columns, file: file, options: options)
            row.wholeRecord = {
                guard let at = record.fields.first?.offset, at >= 0 else { return nil }
                return RecordFile.csvRow(bytes, at: at, line: record.line, header: names, file: file, separator: sep).0
            }
            row.read(into: &out)
        }
        if reader.problems.isEmpty { reader.skim = SpreadsheetSkim.make(bytes, columns: columns, separator: sep, options: options) }
        let zone = columns.start.all.lazy.compactMap { columns.hints[$0].zone }.first ?? options.time.assumedZone
        if let zone, zone != .utc {
            reader.timezone = (zone.identifier, FieldPlace(header, path: names[columns.start.all[0]]))
        }
        let notes = [columns.isEventViewer ? "Windows Event Viewer" : columns.isHayabusa ? "Hayabusa" : columns.isEvtxECmd ? "EvtxECmd: TimeCreated in UTC" : nil, sep == 0x2C ? nil : sep == 0x09 ? "tab-separated" : "separated by ;",
                     order?.note, numeric ? given?.note : nil].compactMap { $0 }
        if !notes.isEmpty { reader.note = notes.joined(separator: "; ") }
        return reader
    }

    /// What the header lacks, or says that cannot be read without more.
    static func headerProblems(_ c: SpreadsheetColumns, file: String, options: ReadOptions, at place: SourcePlace) -> [Problem] {
        var problems: [Problem] = []
        if c.start.all.isEmpty {
            problems.append(Problem(file: file, place: place, path: "", message: "the header names no time column (Time, Date, Timestamp, When, Start…)"))
        }
        if c.title == nil {
            problems.append(Problem(file: file, place: place, path: "", message: "the header names no event column (Event, Title, Description, What, Summary…)"))
        }
        if options.time.assumedZone == nil {
            for i in c.start.all + (c.end?.all ?? []) {
                guard let a = c.hints[i].abbreviation, c.hints[i].zone == nil, c.hints[i].offsetSeconds == nil else { continue }
                problems.append(Problem(file: file, place: place, path: c.names[i],
                    message: "\(a) is an abbreviation that names no one zone (several use it, with different offsets and rules); name the zone in the header, as \"Time (America/New_York)\", or add --assume-zone with the zone the writer used"))
            }
        }
        return problems
    }
}
