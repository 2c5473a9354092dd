/// The order of day and month in a spreadsheet's numeric dates (`25/12/2023 14:00`), told
/// by the file itself when its header does not say it: a date whose first part is over 12
/// proves day first, one whose second part is over 12 proves month first. When the rows
/// prove one order and none the other, every date of the time columns is read in it (and
/// the export's "Read as" line says so, with the row that proves it); when none proves it,
/// nothing is inferred and an ambiguous date (`03/12/2023`) is refused with the way out, as
/// before; when rows prove both, the file is refused with the two rows (`conflict`): a row
/// is never read in one order and the next in the other. Never guessed. `--date-order`
/// names the order instead (`DateOrder`): the rows are then not asked.
///
/// A pass over the time columns only, and only when the first row's date is written with
/// `/` or `-` day and month parts (a dot is day first already; ISO is never ambiguous).
struct SheetDateOrder {
    var dayFirst: Bool
    /// The first row that proves it, and its date as written.
    var line: Int
    var written: String

    /// What the export's "Read as" line says.
    var note: String {
        (dayFirst ? "dates day first, DD/MM/YYYY" : "dates month first, MM/DD/YYYY")
            + ", as line \(line)'s \(written) shows"
    }

    /// The problem of a file whose rows prove both orders, at the header.
    static func conflict(_ a: SheetDateOrder, _ b: SheetDateOrder, file: String) -> Problem {
        let (day, month) = a.dayFirst ? (a, b) : (b, a)
        return Problem(file: file, place: SourcePlace(line: 1, column: 1), path: "",
                       message: "the dates write day and month in both orders: line \(day.line)'s \(day.written) is day first, line \(month.line)'s \(month.written) month first; write ISO 8601 (2023-12-25), or name the order in the column's header: \"(DD/MM/YYYY)\" or \"(MM/DD/YYYY)\"")
    }

    /// The order the rows prove, or both rows when they prove both; `numeric` says whether
    /// the first row's date is written with numbers alone (`03/12/2023`) in a column whose
    /// header names no order. With `firstRowOnly` (the user named the order), only that is
    /// looked at.
    static func infer(_ bytes: FileBytes, columns: SpreadsheetColumns, separator: UInt8, firstRowOnly: Bool = false)
        -> (order: SheetDateOrder?, both: (SheetDateOrder, SheetDateOrder)?, numeric: Bool) {
        let found = inferred(bytes, columns: columns, separator: separator, firstRowOnly: firstRowOnly)
        return (found?.0, found?.1, found != nil)
    }

    private static func inferred(_ bytes: FileBytes, columns: SpreadsheetColumns, separator: UInt8,
                                 firstRowOnly: Bool) -> (SheetDateOrder?, (SheetDateOrder, SheetDateOrder)?)? {
        let dateColumns = ([columns.start] + (columns.end.map { [$0] } ?? [])).compactMap { $0.date ?? $0.time }
        guard !dateColumns.isEmpty,
              !(columns.start.all + (columns.end?.all ?? [])).contains(where: { columns.hints[$0].dayFirst != nil })
        else { return nil }
        var scanner = CSVScanner(bytes)
        scanner.separator = separator
        let keep = (0...(dateColumns.max() ?? 0)).map { dateColumns.contains($0) }
        guard (try? scanner.next(keeping: [])) != nil else { return nil }  // the header
        var first = true
        var dayFirst: SheetDateOrder?
        var monthFirst: SheetDateOrder?
        while let record = try? scanner.next(keeping: keep) {
            for i in dateColumns where i < record.cells.count {
                let text = record.cells[i].text.trimmingWhitespace
                if text.isEmpty { continue }
                let parts = numericParts(text)
                if first {
                    guard parts != nil else { return nil }
                    first = false
                    if firstRowOnly { return (nil, nil) }
                }
                guard let (a, b, written) = parts else { continue }
                if a > 12, b <= 12, dayFirst == nil { dayFirst = SheetDateOrder(dayFirst: true, line: record.line, written: written) }
                if b > 12, a <= 12, monthFirst == nil { monthFirst = SheetDateOrder(dayFirst: false, line: record.line, written: written) }
            }
            if let d = dayFirst, let m = monthFirst { return (nil, (d, m)) }
        }
        return first ? nil : (dayFirst ?? monthFirst, nil)
    }

    /// `25/12/2023` or `12-25-2023` at the start of `text`: its first two parts and the date
    /// as written; nil for any other form.
    static func numericParts(_ text: String) -> (Int, Int, String)? {
        let u = Array(text.utf8)
        var i = 0
        func number(max: Int) -> Int? {
            let start = i
            while i < u.count, i - start < max, u[i] &- 0x30 <= 9 { i += 1 }
            guard i > start, !(i < u.count && u[i] &- 0x30 <= 9) else { return nil }
            return Int(String(decoding: u[start..<i], as: UTF8.self))
        }
        guard let a = number(max: 2), i < u.count, u[i] == 0x2F || u[i] == 0x2D else { return nil }
        let sep = u[i]
        i += 1
        guard let b = number(max: 2), i < u.count, u[i] == sep else { return nil }
        i += 1
        let yearStart = i
        guard number(max: 4) != nil, i - yearStart == 4 else { return nil }
        return (a, b, String(decoding: u[0..<i], as: UTF8.self))
    }
}
