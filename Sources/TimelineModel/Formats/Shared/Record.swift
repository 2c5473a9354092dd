/// One record of a file in another format, as named fields with their places: a CSV row
/// (cells under their column names) or a JSON Lines object (its top-level fields). Readers
/// that share a field vocabulary (Timesketch, Plaso) map records, not CSV or JSON.
struct Record {
    struct Field {
        var name: String
        var value: JSONValue
        var place: SourcePlace
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

/// Reading CSV and JSON Lines files into `Record`s, with problems placed.
enum RecordFile {
    /// The CSV rows under the header's names; blank lines are skipped. A row with more
    /// cells than the header is a problem; fewer cells are read as empty.
    static func csv(_ bytes: [UInt8], file: String, problems: inout [Problem], warnings: inout [Problem],
                    lowercaseHeader: Bool = true) -> (header: [String], records: [Record]) {
        var scanner = CSVScanner(bytes: bytes)
        var header: [String] = []
        var records: [Record] = []
        do throws(CSVScanner.Failure) {
            guard let first = try scanner.next() else { return ([], []) }
            header = first.cells.map { lowercaseHeader ? $0.text.trimmingWhitespace.lowercased() : $0.text.trimmingWhitespace }
            while let row = try scanner.next() {
                if row.cells.count == 1 && row.cells[0].text.isEmpty { continue }
                if row.cells.count > header.count {
                    let extra = row.cells[header.count]
                    problems.append(Problem(file: file, place: SourcePlace(line: extra.line, column: extra.column), path: "",
                                            message: "this row has \(row.cells.count) cells but the header names \(header.count) columns"))
                    if problems.count > TimelineBuilder.maxProblems { break }
                    continue
                }
                var fields: [Record.Field] = []
                for (i, cell) in row.cells.enumerated() {
                    if cell.invalidUTF8 {
                        warnings.append(Problem(file: file, place: SourcePlace(line: cell.line, column: cell.column),
                                                path: header[i], message: "invalid UTF-8 (shown as U+FFFD)"))
                    }
                    fields.append(.init(name: header[i], value: .string(cell.text),
                                        place: SourcePlace(line: cell.line, column: cell.column)))
                }
                records.append(Record(fields: fields, line: row.line))
            }
        } catch {
            problems.append(Problem(file: file, place: SourcePlace(line: error.line, column: error.column), path: "", message: error.message))
        }
        return (header, records)
    }

    /// One JSON object a line; blank lines are skipped; a line that is not an object is a
    /// problem.
    static func jsonLines(_ bytes: [UInt8], file: String, problems: inout [Problem], warnings: inout [Problem]) -> [Record] {
        var records: [Record] = []
        var places = ProblemPlaces(file: file, bytes: bytes)
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            defer { start = end + 1; line += 1 }
            var parser = JSONValueParser(bytes: bytes, start: start, end: end)
            parser.skipWhitespace()
            if parser.pos >= end { continue }
            let value: JSONValue
            do throws(JSONValueParser.Failure) {
                value = try parser.parseWhole()
            } catch {
                problems.append(places.problem(at: error.offset, "", error.message))
                if problems.count > TimelineBuilder.maxProblems { break }
                continue
            }
            for offset in parser.invalidUTF8Offsets {
                warnings.append(places.problem(at: offset, "", "invalid UTF-8 inside a string (shown as U+FFFD)"))
            }
            guard case .object(let members) = value else {
                problems.append(Problem(file: file, place: SourcePlace(line: line, column: 1), path: "",
                                        message: "expected a JSON object on each line"))
                continue
            }
            records.append(Record(fields: members.map { .init(name: $0.key, value: $0.value, place: places.place($0.offset)) },
                                  line: line))
        }
        return records
    }

    /// The file name without folders and its last extension: the stem of generated ids.
    static func stem(_ file: String) -> String {
        let base = String(file.split(separator: "/").last ?? Substring(file))
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return base }
        return String(base[..<dot])
    }
}
