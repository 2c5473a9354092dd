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

    private let bytes: [UInt8]
    private var pos: Int
    private var line = 1
    private var lineStart: Int

    /// A scanner over `bytes` (a BOM at the start is skipped).
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        pos = bom ? 3 : 0
        lineStart = pos
    }

    /// Whether every record has been read.
    public var atEnd: Bool { pos >= bytes.count }

    /// The next record, nil at the end of the file. An empty line is a record of one
    /// empty cell (callers skip it).
    public mutating func next() throws(Failure) -> Record? {
        guard pos < bytes.count else { return nil }
        let recordLine = line
        var cells: [Cell] = []
        while true {
            let cell = try readCell()
            cells.append(cell)
            if pos >= bytes.count { break }
            let c = bytes[pos]
            if c == 0x2C { pos += 1; if pos >= bytes.count { cells.append(emptyCell()); break }; continue }
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

    private mutating func readCell() throws(Failure) -> Cell {
        let startLine = line
        let startColumn = column(at: pos)
        if pos < bytes.count && bytes[pos] == 0x22 {
            pos += 1
            var value: [UInt8] = []
            while true {
                guard pos < bytes.count else {
                    throw Failure(line: startLine, column: startColumn,
                                  message: "a quoted cell is never closed (a \" is missing before the end of the file)")
                }
                let c = bytes[pos]
                if c == 0x22 {
                    if pos + 1 < bytes.count && bytes[pos + 1] == 0x22 {
                        value.append(0x22)
                        pos += 2
                        continue
                    }
                    pos += 1
                    break
                }
                value.append(c)
                pos += 1
                if c == 0x0A { newLine() } else if c == 0x0D && !(pos < bytes.count && bytes[pos] == 0x0A) { newLine() }
            }
            if pos < bytes.count && bytes[pos] != 0x2C && bytes[pos] != 0x0A && bytes[pos] != 0x0D {
                throw Failure(line: line, column: column(at: pos),
                              message: "unexpected text after a closing quote; a quote inside a quoted cell is written twice (\"\")")
            }
            return makeCell(value[...], startLine, startColumn)
        }
        let start = pos
        while pos < bytes.count {
            let c = bytes[pos]
            if c == 0x2C || c == 0x0A || c == 0x0D { break }
            if c == 0x22 {
                throw Failure(line: line, column: column(at: pos),
                              message: "a quote inside a cell that does not start with one; quote the whole cell and write the quote twice (\"\")")
            }
            pos += 1
        }
        return makeCell(bytes[start..<pos], startLine, startColumn)
    }

    private func makeCell(_ value: ArraySlice<UInt8>, _ line: Int, _ column: Int) -> Cell {
        let text = String(decoding: value, as: UTF8.self)
        // Decoding replaced something when the text is not byte-for-byte the input (ASCII,
        // most cells, cannot be invalid).
        let invalid = !value.allSatisfy({ $0 < 0x80 }) && (text.utf8.count != value.count || !text.utf8.elementsEqual(value))
        return Cell(text: text, line: line, column: column, invalidUTF8: invalid)
    }
}
