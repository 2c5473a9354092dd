/// One record of a file in another format, as named fields with their places: a CSV row
/// (cells under their column names) or a JSON Lines object (its top-level fields). Readers
/// that share a field vocabulary (Timesketch, Plaso) map records, not CSV or JSON.
struct Record {
    struct Field {
        var name: String
        var value: JSONValue
        var place: SourcePlace
        /// Where the value starts in the file (a CSV cell's first byte, its quote when
        /// quoted; a JSON value's first byte); -1 when not known.
        var offset = -1
    }

    var fields: [Field]
    /// The line where the record starts (for its id, `<stem>:<line>`).
    var line: Int

    /// The first field named `name` (exactly; CSV headers are matched case-insensitively
    /// by the caller).
    func field(_ name: String) -> Field? {
        fields.first { $0.name == name }
    }

    /// The record's place: line, column 1.
    var place: SourcePlace { SourcePlace(line: line, column: 1) }
}

/// Reading CSV rows and JSON Lines objects as `Record`s, one at a time, with problems
/// placed: what the readers of record-per-line formats walk the file with (see
/// `RecordReader`).
enum RecordFile {
    /// The header of a CSV file: its names (trimmed; in lower case unless told), where the
    /// first row starts, and the problem when the header cannot be read. An empty file
    /// has no names.
    static func csvHeader(_ bytes: FileBytes, file: String, lowercaseHeader: Bool = true, separator: UInt8 = 0x2C)
        -> (names: [String], rows: (offset: Int, line: Int), problem: Problem?) {
        var scanner = CSVScanner(bytes)
        scanner.separator = separator
        do throws(CSVScanner.Failure) {
            guard let first = try scanner.next() else { return ([], (bytes.count, 1), nil) }
            let names = first.cells.map { lowercaseHeader ? $0.text.trimmingWhitespace.lowercased() : $0.text.trimmingWhitespace }
            return (names, (scanner.position, scanner.line), nil)
        } catch {
            return ([], (bytes.count, 1), Problem(file: file, place: SourcePlace(line: error.line, column: error.column),
                                                  path: "", message: error.message))
        }
    }

    /// The CSV row at `offset` (starting line `line`) under the header's names, and where
    /// the next starts; a blank line gives no record. A row with more cells than the header
    /// is a problem; fewer cells are read as empty. A row the scanner cannot read stops the
    /// file (the rest cannot be told apart).
    /// `keeping`: the columns whose text is wanted (see `CSVScanner.next(keeping:)`).
    static func csvRow(_ bytes: FileBytes, at offset: Int, line: Int, header: [String], file: String,
                       keeping: [Bool]? = nil, separator: UInt8 = 0x2C) -> (Record?, RecordReading) {
        var scanner = CSVScanner(bytes, at: offset, line: line)
        scanner.separator = separator
        var reading = RecordReading(next: bytes.count, nextLine: line)
        do throws(CSVScanner.Failure) {
            guard let row = try scanner.next(keeping: keeping) else { return (nil, reading) }
            reading.next = scanner.position
            reading.nextLine = scanner.line
            if row.cells.count == 1 && row.cells[0].text.isEmpty && !row.cells[0].skipped { return (nil, reading) }
            if row.cells.count > header.count {
                let extra = row.cells[header.count]
                reading.problems.append(Problem(file: file, place: SourcePlace(line: extra.line, column: extra.column), path: "",
                                                message: "this row has \(row.cells.count) cells but the header names \(header.count) columns"))
                return (nil, reading)
            }
            var fields: [Record.Field] = []
            fields.reserveCapacity(row.cells.count)
            for (i, cell) in row.cells.enumerated() {
                if cell.invalidUTF8 {
                    reading.warnings.append(Problem(file: file, place: SourcePlace(line: cell.line, column: cell.column),
                                                    path: header[i], message: "invalid UTF-8 (shown as U+FFFD)"))
                }
                fields.append(.init(name: header[i], value: .string(cell.text),
                                    place: SourcePlace(line: cell.line, column: cell.column), offset: cell.offset))
            }
            return (Record(fields: fields, line: row.line), reading)
        } catch {
            reading.problems.append(Problem(file: file, place: SourcePlace(line: error.line, column: error.column), path: "", message: error.message))
            reading.stop = true
            return (nil, reading)
        }
    }

    /// Every row of a small CSV document at once (TimelineJS's spreadsheet), with the same
    /// problems and warnings as row by row; reading stops where the scanner cannot go on
    /// or past `TimelineBuilder.maxProblems`.
    static func csv(_ bytes: [UInt8], file: String, problems: inout [Problem], warnings: inout [Problem],
                    lowercaseHeader: Bool = true) -> (header: [String], records: [Record]) {
        let fileBytes = bytes.withUnsafeBytes { FileBytes(copying: $0) }
        let (header, rows, failure) = csvHeader(fileBytes, file: file, lowercaseHeader: lowercaseHeader)
        if let failure {
            problems.append(failure)
            return ([], [])
        }
        var records: [Record] = []
        var (offset, line) = rows
        while offset < fileBytes.count {
            let (record, reading) = csvRow(fileBytes, at: offset, line: line, header: header, file: file)
            problems += reading.problems
            warnings += reading.warnings
            if let record { records.append(record) }
            if reading.stop || reading.next <= offset || problems.count > TimelineBuilder.maxProblems { break }
            (offset, line) = (reading.next, reading.nextLine)
        }
        return (header, records)
    }

    /// Where the first line of a JSON Lines file starts (after a BOM).
    static func firstLine(_ bytes: FileBytes) -> Int {
        bytes.count >= 3 && bytes.base[0] == 0xEF && bytes.base[1] == 0xBB && bytes.base[2] == 0xBF ? 3 : 0
    }

    /// The JSON object on the line at `offset` (line `line`), and where the next line
    /// starts; a blank line gives no record, a line that is not an object a problem.
    static func jsonLine(_ bytes: FileBytes, at offset: Int, line: Int, file: String) -> (Record?, RecordReading) {
        let end = lineEnd(bytes, from: offset)
        var reading = RecordReading(next: end + 1, nextLine: line + 1)
        var columns = LineColumns(bytes, lineStart: offset, line: line)
        var parser = JSONValueParser(bytes, start: offset, end: end)
        parser.skipWhitespace()
        if parser.pos >= end { return (nil, reading) }
        let value: JSONValue
        do throws(JSONValueParser.Failure) {
            value = try parser.parseWhole()
        } catch {
            reading.problems.append(Problem(file: file, place: columns.place(error.offset), path: "", message: error.message))
            return (nil, reading)
        }
        for at in parser.invalidUTF8Offsets {
            reading.warnings.append(Problem(file: file, place: columns.place(at), path: "",
                                            message: "invalid UTF-8 inside a string (shown as U+FFFD)"))
        }
        guard case .object(let members) = value else {
            reading.problems.append(Problem(file: file, place: SourcePlace(line: line, column: 1), path: "",
                                            message: "expected a JSON object on each line"))
            return (nil, reading)
        }
        return (Record(fields: members.map { .init(name: $0.key, value: $0.value, place: columns.place($0.offset), offset: $0.offset) }, line: line),
                reading)
    }

    /// The offset of the line feed that ends the line starting at `offset` (the file's
    /// end when none does).
    static func lineEnd(_ bytes: FileBytes, from offset: Int) -> Int {
        guard offset < bytes.count,
              let found = memchr(bytes.base + offset, 0x0A, bytes.count - offset)
        else { return bytes.count }
        return UnsafeRawPointer(found) - UnsafeRawPointer(bytes.base)
    }

    /// How many line feeds there are in `range` of the file.
    static func lineFeeds(_ bytes: FileBytes, in range: Range<Int>) -> Int {
        var n = 0
        var i = range.lowerBound
        while i < range.upperBound, let hit = memchr(bytes.base + i, 0x0A, range.upperBound - i) {
            n += 1
            i = UnsafeRawPointer(hit) - UnsafeRawPointer(bytes.base) + 1
        }
        return n
    }

    /// For a file of one record a line: the start of the first line after `middle`, and
    /// its line number counted on from `from`.
    static func lineBoundary(_ bytes: FileBytes) -> @Sendable ((offset: Int, line: Int), Int) -> (offset: Int, line: Int)? {
        { from, middle in
            let start = lineEnd(bytes, from: middle) + 1
            guard start < bytes.count, start > from.offset else { return nil }
            return (start, from.line + lineFeeds(bytes, in: from.offset..<start))
        }
    }

    /// For a log whose records are a line that starts one and the lines that continue it
    /// (a text log's event, a shell's command): the start of the first line after `middle`
    /// that `starts` a record, among the next thousand, and its line, counted on from `from`;
    /// nil when there is none (the rest is read on one thread).
    static func recordLineBoundary(_ bytes: FileBytes, starts: @escaping @Sendable (String) -> Bool)
        -> @Sendable ((offset: Int, line: Int), Int) -> (offset: Int, line: Int)? {
        { from, middle in
            var start = lineEnd(bytes, from: middle) + 1
            for _ in 0..<1000 where start < bytes.count {
                let (text, next, _) = TextLogReader.textLine(bytes, at: start)
                if starts(text), start > from.offset {
                    return (start, from.line + lineFeeds(bytes, in: from.offset..<start))
                }
                start = next
            }
            return nil
        }
    }

    /// For CSV: the start of the first line after `middle` that is not inside a quoted
    /// cell, and its line, counted on from `from` (a record start) as the scanner counts
    /// (LF, CRLF or a lone CR outside quotes). Quotes are only counted, so a file that is not valid CSV
    /// may give a wrong boundary; the reader then finds that the parts do not meet.
    static func csvBoundary(_ bytes: FileBytes) -> @Sendable ((offset: Int, line: Int), Int) -> (offset: Int, line: Int)? {
        { from, middle in
            let b = bytes.base
            let n = bytes.count
            var quoted = false
            var lines = 0
            var i = from.offset
            while i < n {
                i = PlainBytes.skip(b, from: i, end: n, 0x22, 0x0A, 0x0D, 0x22, ascii: false)
                guard i < n else { break }
                let c = b[i]
                if c == 0x22 {
                    quoted.toggle()
                } else if c == 0x0A {
                    lines += 1
                    if !quoted && i >= middle { return i + 1 < n ? (i + 1, from.line + lines) : nil }
                } else if c == 0x0D && !quoted && (i + 1 == n || b[i + 1] != 0x0A) {
                    lines += 1
                }
                i += 1
            }
            return nil
        }
    }

    /// The file name without folders and its last extension: the stem of generated ids.
    static func stem(_ file: String) -> String {
        let base = String(file.split(separator: "/").last ?? Substring(file))
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return base }
        return String(base[..<dot])
    }
}

/// Lines and columns of byte offsets on one line, counted on from the last one asked
/// (offsets are mostly asked in increasing order).
struct LineColumns {
    private let base: UnsafePointer<UInt8>
    private let lineStart: Int
    private let line: Int
    private var counted: (offset: Int, column: Int)

    init(_ bytes: FileBytes, lineStart: Int, line: Int) {
        base = bytes.base
        self.lineStart = lineStart
        self.line = line
        counted = (lineStart, 1)
    }

    /// The place of byte `offset` of the line (columns in characters).
    mutating func place(_ offset: Int) -> SourcePlace {
        var (i, n) = counted.offset <= offset ? counted : (lineStart, 1)
        while i < offset {
            if base[i] & 0xC0 != 0x80 { n += 1 }
            i += 1
        }
        counted = (offset, n)
        return SourcePlace(line: line, column: n)
    }
}
