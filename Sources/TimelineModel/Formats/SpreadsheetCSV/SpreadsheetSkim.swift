import Foundation

/// The first pass's reading of a spreadsheet row (`RecordReader.skim`): the cells the rules
/// and a one-line listing need (time, end, title, actor, id, precision, approximate) found
/// by their columns, and the row taken only when `SheetRow.read` would make the same of
/// them with no problem and no warning: a time in one cell (and an end, if any) written as
/// RFC 3339 or a day and placed by `SheetTime` as `SheetRow` places it, a title, actor and id that are their cells' bytes (no `""`, no line
/// break, no space at either end; a `'` before `=`, `+`, `-`, `@` left out as `SheetRow`
/// leaves it out), a precision written as our export writes it and allowed by the time,
/// an approximate cell in ASCII. Any other row is read by `SheetRow`, which says what is
/// wrong. Kind, text, tags, sources and extra fields are not looked at: they change
/// neither the rules nor a listing.
struct SpreadsheetSkim {
    let columns: SpreadsheetColumns
    let separator: UInt8
    let options: ReadOptions

    /// The skim for a file with these columns; nil when its time is a Date and a Time
    /// column joined (read by `SheetRow` alone).
    static func make(_ bytes: FileBytes, columns: SpreadsheetColumns, separator: UInt8, options: ReadOptions)
        -> (@Sendable (Int, Int) -> SkimmedRecord?)? {
        guard columns.start.date == nil, columns.start.time != nil, columns.title != nil else { return nil }
        let skim = SpreadsheetSkim(columns: columns, separator: separator, options: options)
        return { offset, line in skim.row(bytes, at: offset, line: line) }
    }

    func row(_ bytes: FileBytes, at offset: Int, line: Int) -> SkimmedRecord? {
        let c = columns
        return CSVRowSpans.scan(bytes, at: offset, line: line, columns: c.names.count, separator: separator) { row in
            guard let t = c.start.time, var time = self.time(row, t, bytes),
                  let ti = c.title, let title = cell(row, ti, bytes), !title.isEmpty
            else { return nil }
            var end: EventTime?
            if let e = c.end {
                // One end cell, or a pair left empty.
                if let d = e.date, cell(row, d, bytes)?.isEmpty != true { return nil }
                if let i = e.time, let span = cell(row, i, bytes), !span.isEmpty {
                    guard e.date == nil, let read = self.time(row, i, bytes) else { return nil }
                    end = read
                } else if e.time.map({ cell(row, $0, bytes) == nil }) == true {
                    return nil
                }
            }
            // Our export's title is the cell as it is: one line (else a problem).
            if c.isOurExport ? memchr(bytes.base + title.lowerBound, 0x0A, title.count) != nil
                : !EventTitle.keptAsWritten(UnsafeBufferPointer(start: bytes.base + title.lowerBound, count: title.count)) {
                return nil
            }
            var actor: Range<Int>?
            if let a = c.actor {
                guard let span = cell(row, a, bytes) else { return nil }
                if !span.isEmpty {
                    // A link in a Source column is a source, not the actor.
                    if c.sourceIsActor, span.count >= 4, bytes.base[span.lowerBound] | 0x20 == 0x68 { return nil }
                    actor = span
                }
            }
            var id: Range<Int>?
            if let i = c.id {
                guard let span = cell(row, i, bytes) else { return nil }
                if !span.isEmpty { id = span }
            }
            var precision: Precision?
            if let p = c.precision {
                guard let span = cell(row, p, bytes) else { return nil }
                if !span.isEmpty {
                    guard let stated = Self.precision(UnsafeBufferPointer(start: bytes.base + span.lowerBound, count: span.count))
                    else { return nil }
                    if stated == .minute, let m = SheetRow.withoutSeconds(time) {
                        time = m
                        if let e = end, let m = SheetRow.withoutSeconds(e) { end = m }
                    }
                    if stated != time.impliedPrecision {
                        guard EventRules.precisionProblem(stated: stated, written: "", time: time) == nil else { return nil }
                        precision = stated
                    }
                }
            }
            if let end, EventRules.order(time: time, end: end) != .fine { return nil }
            // A date in a zone of its own sorts there: `SheetRow` places it.
            if let z = c.dateZone, cell(row, z, bytes)?.isEmpty != true { return nil }
            var approximate = false
            if let a = c.approximate {
                guard let span = cell(row, a, bytes) else { return nil }
                if !span.isEmpty {
                    guard let yes = Self.isYes(UnsafeBufferPointer(start: bytes.base + span.lowerBound, count: span.count))
                    else { return nil }
                    approximate = yes
                }
            }
            return SkimmedRecord(time: time, title: title, actor: actor, next: row.next, nextLine: row.nextLine,
                                 precision: precision, approximate: approximate, id: id, end: end)
        }
    }

    /// The time in cell `i` when it is written as `WrittenTime` reads it (RFC 3339, a day,
    /// as our export writes them) and `SheetTime` places it without a problem, as
    /// `SheetRow.time` reads and places it; nil for an empty cell and any other.
    private func time(_ row: CSVRowSpans, _ i: Int, _ bytes: FileBytes) -> EventTime? {
        guard let span = cell(row, i, bytes), !span.isEmpty, bytes.base[span.lowerBound] &- 0x30 <= 9,
              let w = WrittenTime.parse(bytes: UnsafeBufferPointer(start: bytes.base + span.lowerBound, count: span.count)),
              case .success(let time) = SheetTime(date: w.date, clock: w.clock, offsetSeconds: w.offsetSeconds)
                  .place(hint: columns.hints[i], reading: options.time, what: "", text: "")
        else { return nil }
        return time
    }

    /// Where cell `i`'s text is as `SheetRow.cell` reads it (a `'` before a formula's first
    /// character left out), empty for an empty or missing cell; nil when `SheetRow.cell`
    /// would change its bytes (`""`, a carriage return, a space, tab or line feed at
    /// either end) or the row would say the cell is empty after trimming.
    private func cell(_ row: CSVRowSpans, _ i: Int, _ bytes: FileBytes) -> Range<Int>? {
        guard let cell = row[i] else { return 0..<0 }
        guard !cell.doubledQuotes else { return nil }
        var r = cell.text
        guard !r.isEmpty else { return r }
        let b = bytes.base
        if b[r.lowerBound] == 0x27, r.count >= 2, CSVCell.startsFormula(b[r.lowerBound + 1]) { r = (r.lowerBound + 1)..<r.upperBound }
        func edge(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
        guard !edge(b[r.lowerBound]), !edge(b[r.upperBound - 1]),
              memchr(b + r.lowerBound, 0x0D, r.count) == nil
        else { return nil }
        return r
    }

    /// `SheetRow.isYes` of an approximate cell as `true` and `false` (our export), and other
    /// short ASCII; nil for anything else (read by `SheetRow`).
    static func isYes(_ text: UnsafeBufferPointer<UInt8>) -> Bool? {
        if text.elementsEqual("false".utf8) { return false }
        if text.elementsEqual("true".utf8) { return true }
        guard text.count <= 16, !text.contains(where: { $0 >= 0x80 }) else { return nil }
        return SheetRow.isYes(String(decoding: text, as: UTF8.self))
    }

    /// A precision as our export writes it (`minute`); nil for anything else.
    static func precision(_ text: UnsafeBufferPointer<UInt8>) -> Precision? {
        guard text.count <= 6, !text.contains(where: { $0 < 0x61 || $0 > 0x7A }) else { return nil }
        return Precision(rawValue: String(decoding: text, as: UTF8.self))
    }
}
