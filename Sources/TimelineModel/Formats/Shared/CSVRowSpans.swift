/// One CSV row's cells as spans of the file, found without making a string: what a
/// reader's first pass looks at (`RecordReader.skim`).
///
/// It takes only a row that `RecordFile.csvRow` reads without a problem or a warning (no
/// more cells than the header has columns, valid UTF-8, quotes as RFC 4180 wants them)
/// and that is not blank; for any other it gives nil, and the row is read the full way,
/// which says what is wrong. Lines are counted as `CSVScanner` counts them (LF, CRLF or a
/// lone CR, inside quoted cells too); cells are parted by its separator (`,`, `;`, tab).
struct CSVRowSpans {
    struct Cell {
        /// The cell's first byte (its quote when quoted).
        var start: Int
        /// Its text's bytes (inside the quotes).
        var text: Range<Int>
        /// The text holds `""`, which reads as one quote: the bytes are not the text.
        var doubledQuotes: Bool
    }

    private let cells: UnsafeMutableBufferPointer<Cell>
    let count: Int
    /// Where the next row starts, and its line.
    let next: Int
    let nextLine: Int

    /// Cell `i`, nil past the row's last cell (read as empty).
    subscript(i: Int) -> Cell? { i < count ? cells[i] : nil }

    /// The cells of the row at `offset` (which starts line `line`) of a file whose header
    /// names `columns` columns, given to `body`; nil when the row is not one this reads.
    static func scan<R>(_ bytes: FileBytes, at offset: Int, line: Int, columns: Int, separator: UInt8 = 0x2C,
                        _ body: (CSVRowSpans) -> R?) -> R? {
        guard columns > 0 else { return nil }
        return withUnsafeTemporaryAllocation(of: Cell.self, capacity: columns) { cells in
            guard let (count, next, nextLine) = walk(bytes, at: offset, line: line, separator: separator, into: cells),
                  count > 1 || !cells[0].text.isEmpty
            else { return nil }
            return body(CSVRowSpans(cells: cells, count: count, next: next, nextLine: nextLine))
        }
    }

    private static func walk(_ bytes: FileBytes, at offset: Int, line: Int, separator sep: UInt8,
                             into cells: UnsafeMutableBufferPointer<Cell>)
        -> (count: Int, next: Int, nextLine: Int)? {
        let b = bytes.base
        let end = bytes.count
        var pos = offset
        var line = line
        var n = 0
        guard pos < end else { return nil }
        while true {
            guard n < cells.count else { return nil }
            let start = pos
            var cell: Cell
            if b[pos] == 0x22 {
                pos += 1
                let textStart = pos
                var doubled = false
                while true {
                    pos = PlainBytes.skip(b, from: pos, end: end, 0x22, 0x0A, 0x0D, 0x22, ascii: true)
                    guard pos < end else { return nil }
                    let c = b[pos]
                    if c == 0x22 {
                        if pos + 1 < end && b[pos + 1] == 0x22 {
                            doubled = true
                            pos += 2
                            continue
                        }
                        break
                    }
                    if c >= 0x80 {
                        let length = UTF8Scalar.length(b, at: pos, end: end)
                        guard length > 0 else { return nil }
                        pos += length
                        continue
                    }
                    pos += 1
                    if c == 0x0A { line += 1 }  // a lone CR in a cell is no line (as `CSVScanner`)
                }
                cell = Cell(start: start, text: textStart..<pos, doubledQuotes: doubled)
                pos += 1
                if pos < end && b[pos] != sep && b[pos] != 0x0A && b[pos] != 0x0D { return nil }
            } else {
                while pos < end {
                    pos = PlainBytes.skip(b, from: pos, end: end, sep, 0x0A, 0x0D, 0x22, ascii: true)
                    guard pos < end else { break }
                    let c = b[pos]
                    if c == sep || c == 0x0A || c == 0x0D { break }
                    if c == 0x22 { return nil }
                    if c >= 0x80 {
                        let length = UTF8Scalar.length(b, at: pos, end: end)
                        guard length > 0 else { return nil }
                        pos += length
                    } else {
                        pos += 1
                    }
                }
                cell = Cell(start: start, text: start..<pos, doubledQuotes: false)
            }
            cells[n] = cell
            n += 1
            if pos >= end { return (n, pos, line) }
            let c = b[pos]
            if c == sep {
                pos += 1
                if pos >= end {
                    guard n < cells.count else { return nil }
                    cells[n] = Cell(start: pos, text: pos..<pos, doubledQuotes: false)
                    return (n + 1, pos, line)
                }
                continue
            }
            if c == 0x0D {
                pos += 1
                if pos < end && b[pos] == 0x0A { pos += 1 }
            } else {
                pos += 1
            }
            return (n, pos, line + 1)
        }
    }

    /// The bytes of cell `cell`'s text.
    func text(_ cell: Cell, in bytes: FileBytes) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: bytes.base + cell.text.lowerBound, count: cell.text.count)
    }
}
