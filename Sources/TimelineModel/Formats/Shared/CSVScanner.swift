/// Reads RFC 4180 CSV from bytes, one record at a time, with the place of every cell.
///
/// Quoted cells may hold commas, doubled quotes (`""`) and line breaks; records end at
/// LF or CRLF; a UTF-8 BOM at the start is skipped. A quote inside an unquoted cell, or
/// text after a closing quote, is a problem with its place (RFC 4180 does not allow it,
/// and guessing would silently shift every later column); an unclosed quote at the end
/// of the file is one too. Cells are decoded as UTF-8 (invalid bytes become U+FFFD and
/// are reported by the caller as warnings through `invalidUTF8`).
public struct CSVScanner {
    /// One cell: its text and where it starts (1-based line and column, columns in
    /// characters).
    public struct Cell: Sendable, Hashable {
        public var text: String
        public var line: Int
        public var column: Int
        /// Whether the cell held bytes that are not UTF-8 (shown as U+FFFD).
        public var invalidUTF8: Bool
        /// The cell is not empty but its text was not asked for (see `next(keeping:)`).
        var skipped = false
        /// Where the cell starts in the file (its quote when quoted); -1 when not known.
        var offset = -1
    }

    /// A record (a row): its cells and the line it starts on.
    public struct Record: Sendable {
        public var cells: [Cell]
        public var line: Int
    }

    /// Why the file is not CSV, with its place.
    public struct Failure: Error, Sendable, Hashable {
        public var line: Int
        public var column: Int
        public var message: String
    }

    /// Keeps `bytes` alive.
    private let file: FileBytes
    private let bytes: UnsafeBufferPointer<UInt8>
    private var pos: Int
    /// The byte between cells: a comma, or `;` or tab (European spreadsheets, TSV).
    var separator: UInt8 = 0x2C
    private(set) var line = 1
    private var lineStart: Int

    /// A scanner over `bytes` (a BOM at the start is skipped).
    public init(bytes: [UInt8]) {
        self.init(bytes.withUnsafeBytes { FileBytes(copying: $0) })
    }

    /// A scanner over a file's bytes (a BOM at the start is skipped).
    init(_ file: FileBytes) {
        let b = file.buffer
        let bom = b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF
        self.init(file, at: bom ? 3 : 0, line: 1)
    }

    /// A scanner that reads the record starting at `offset`, at the start of line `line`.
    init(_ file: FileBytes, at offset: Int, line: Int) {
        self.file = file
        bytes = file.buffer
        pos = offset
        self.line = line
        lineStart = offset
    }

    /// Whether every record has been read.
    public var atEnd: Bool { pos >= bytes.count }

    /// Where the next record starts.
    var position: Int { pos }

    /// The next record, nil at the end of the file. An empty line is a record of one
    /// empty cell (callers skip it).
    public mutating func next() throws(Failure) -> Record? {
        try next(keeping: nil)
    }

    /// The next record, with the text of only the cells `keeping` marks (by position;
    /// all when nil, and any past its end): the others are checked for invalid UTF-8 but
    /// their text is left empty, which saves making strings no one reads.
    mutating func next(keeping: [Bool]?) throws(Failure) -> Record? {
        guard pos < bytes.count else { return nil }
        let recordLine = line
        var cells: [Cell] = []
        while true {
            let cell = try readCell(keep: keeping.map { cells.count >= $0.count || $0[cells.count] } ?? true)
            cells.append(cell)
            if pos >= bytes.count { break }
            let c = bytes[pos]
            if c == separator { pos += 1; if pos >= bytes.count { cells.append(emptyCell()); break }; continue }
            // A line end: LF or CRLF (a lone CR ends the record too, as old Mac files do).
            if c == 0x0D { pos += 1; if pos < bytes.count && bytes[pos] == 0x0A { pos += 1 } }
            else { pos += 1 }
            newLine()
            break
        }
        return Record(cells: cells, line: recordLine)
    }

    private mutating func emptyCell() -> Cell {
        Cell(text: "", line: line, column: column(at: pos), invalidUTF8: false)
    }

    private mutating func newLine() {
        line += 1
        lineStart = pos
    }

    /// The last column worked out on the current line, so that the next one on the same
    /// line is counted from there, not from the line's start.
    private var counted = (offset: 0, column: 1)

    /// The column (1-based, in characters) of byte `at` on the current line.
    private mutating func column(at offset: Int) -> Int {
        var (i, n) = counted.offset >= lineStart && counted.offset <= offset ? counted : (lineStart, 1)
        while i < offset {
            if bytes[i] & 0xC0 != 0x80 { n += 1 }
            i += 1
        }
        counted = (offset, n)
        return n
    }

    private mutating func readCell(keep: Bool) throws(Failure) -> Cell {
        let start = pos
        var cell = try readCellText(keep: keep)
        cell.offset = start
        return cell
    }

    private mutating func readCellText(keep: Bool) throws(Failure) -> Cell {
        let startLine = line
        let startColumn = column(at: pos)
        if pos < bytes.count && bytes[pos] == 0x22 {
            pos += 1
            let start = pos
            // The cell's bytes are copied only when a doubled quote must become one.
            var value: [UInt8]? = nil
            while true {
                guard pos < bytes.count else {
                    throw Failure(line: startLine, column: startColumn,
                                  message: "a quoted cell is never closed (a \" is missing before the end of the file)")
                }
                let c = bytes[pos]
                if c == 0x22 {
                    if pos + 1 < bytes.count && bytes[pos + 1] == 0x22 {
                        if value == nil { value = Array(bytes[start..<pos]) }
                        value!.append(0x22)
                        pos += 2
                        continue
                    }
                    pos += 1
                    break
                }
                value?.append(c)
                pos += 1
                // A line break in a cell is LF (or CRLF); a lone CR in a cell is no line
                // break to an editor, `wc -l` or `grep -n`, so it does not count as one.
                if c == 0x0A { newLine() }
            }
            if pos < bytes.count && bytes[pos] != separator && bytes[pos] != 0x0A && bytes[pos] != 0x0D {
                throw Failure(line: line, column: column(at: pos),
                              message: "unexpected text after a closing quote; a quote inside a quoted cell is written twice (\"\")")
            }
            if let value { return value.withUnsafeBufferPointer { makeCell($0, startLine, startColumn, keep) } }
            return makeCell(UnsafeBufferPointer(rebasing: bytes[start..<(pos - 1)]), startLine, startColumn, keep)
        }
        let start = pos
        while pos < bytes.count {
            let c = bytes[pos]
            if c == separator || c == 0x0A || c == 0x0D { break }
            if c == 0x22 {
                throw Failure(line: line, column: column(at: pos),
                              message: "a quote inside a cell that does not start with one; quote the whole cell and write the quote twice (\"\")")
            }
            pos += 1
        }
        return makeCell(UnsafeBufferPointer(rebasing: bytes[start..<pos]), startLine, startColumn, keep)
    }

    private func makeCell(_ value: UnsafeBufferPointer<UInt8>, _ line: Int, _ column: Int, _ keep: Bool) -> Cell {
        if !keep && !value.isEmpty {
            let valid = !value.contains(where: { $0 >= 0x80 }) || String.checkedUTF8(value).valid
            return Cell(text: "", line: line, column: column, invalidUTF8: !valid, skipped: true)
        }
        let (text, valid) = String.checkedUTF8(value)
        return Cell(text: text, line: line, column: column, invalidUTF8: !valid)
    }
}
