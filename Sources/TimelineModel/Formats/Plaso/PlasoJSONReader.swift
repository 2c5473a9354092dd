import Foundation

/// Plaso's `json` output (`psort.py -o json`, `plaso/output/json_out.py`): one JSON object
/// whose members are the events, `{"event_0": {…}\n, "event_1": {…}\n}`, each event the
/// same object as a `json_line` line (`plaso/output/shared_json.py`). Each member is read
/// as a record, one at a time, and mapped by `PlasoJSONLineReader`: the same time,
/// precision from the `date_time` class, and "no time" left out with a warning.
///
/// The member's name (`event_17`) is the event's id: it is how the file names it. Problems
/// are placed under it (`event_17.date_time`).
enum PlasoJSONReader {
    static func declines(_ sample: FileSample) -> String? {
        var rest = sample.text.drop { $0.isWhitespace }
        guard rest.first == "{" else { return "does not start with '{'" }
        rest = rest.dropFirst().drop { $0.isWhitespace }
        guard rest.hasPrefix("\"event_") else { return "the first field is not \"event_0\"" }
        guard sample.contains("\"__container_type__\"") || sample.contains("\"date_time\"") else {
            return "its first event has no \"__container_type__\" or \"date_time\""
        }
        return nil
    }

    /// Reads the object a member at a time (see `RecordReader`).
    static func reader(_ bytes: FileBytes, file: String, options: ReadOptions) -> RecordReader {
        let b = bytes.base
        var i = RecordFile.firstLine(bytes)
        func skipSpace() { while i < bytes.count, isSpace(b[i]) { i += 1 } }
        skipSpace()
        guard i < bytes.count, b[i] == 0x7B else {
            let place = placeOf(i, in: bytes, from: (0, 1), memo: ColumnMemo())
            let problem = Problem(file: file, place: place, path: "",
                                  message: "expected a JSON object whose fields are psort's events ({\"event_0\": {…}, …})")
            return RecordReader(first: (bytes.count, place.line), problems: [problem], read: { _, line, _ in
                RecordReading(next: bytes.count, nextLine: line)
            })
        }
        i += 1
        skipSpace()
        let line = 1 + RecordFile.lineFeeds(bytes, in: 0..<i)
        let memo = ColumnMemo()
        return RecordReader(first: (i, line), read: { offset, line, whole in
            member(bytes, at: offset, line: line, file: file, whole: whole, memo: memo, options: options)
        }, boundary: boundary(bytes))
    }

    /// The member at `offset` (its name, or the object's closing brace) and where the next
    /// starts: psort's event, mapped like a `json_line` line.
    static func member(_ bytes: FileBytes, at offset: Int, line: Int, file: String, whole: Bool,
                       memo: ColumnMemo = ColumnMemo(), options: ReadOptions = ReadOptions()) -> RecordReading {
        var reading = RecordReading(next: bytes.count, nextLine: line)
        reading.whole = whole
        var parser = JSONValueParser(bytes, start: offset)
        func problem(_ at: Int, _ path: String, _ message: String) -> Problem {
            Problem(file: file, place: placeOf(at, in: bytes, from: (offset, line), memo: memo), path: path, message: message)
        }
        let key: String
        let value: JSONValue
        let valueOffset: Int
        do throws(JSONValueParser.Failure) {
            guard parser.pos < parser.end else {
                reading.problems.append(problem(parser.pos, "", "the file ends before the object's closing '}'"))
                return reading
            }
            if parser.bytes[parser.pos] == 0x7D {
                parser.pos += 1
                parser.skipWhitespace()
                if parser.pos < parser.end {
                    reading.problems.append(problem(parser.pos, "", "more text after the object's closing '}'"))
                }
                return reading
            }
            guard parser.bytes[parser.pos] == 0x22, case .string(let name) = try parser.parseNext() else {
                reading.problems.append(problem(offset, "", "expected an event's name in double quotes (\"event_0\")"))
                reading.stop = true
                return reading
            }
            key = name
            parser.skipWhitespace()
            guard parser.pos < parser.end, parser.bytes[parser.pos] == 0x3A else {
                reading.problems.append(problem(parser.pos, key, "expected ':' after the event's name"))
                reading.stop = true
                return reading
            }
            parser.pos += 1
            parser.skipWhitespace()
            valueOffset = parser.pos
            value = try parser.parseNext()
            parser.skipWhitespace()
            guard parser.pos < parser.end, parser.bytes[parser.pos] == 0x2C || parser.bytes[parser.pos] == 0x7D else {
                reading.problems.append(problem(parser.pos, "", parser.pos < parser.end
                    ? "expected ',' or '}' after an event" : "the file ends before the object's closing '}'"))
                reading.stop = true
                return reading
            }
            if parser.bytes[parser.pos] == 0x2C {
                parser.pos += 1
                parser.skipWhitespace()
            }
        } catch {
            let message = error.offset >= bytes.count ? error.message.replacingOccurrences(of: "end of line", with: "end of the file")
                : error.message
            reading.problems.append(problem(error.offset, "", message))
            reading.stop = true
            return reading
        }
        reading.next = parser.pos
        reading.nextLine = line + RecordFile.lineFeeds(bytes, in: offset..<parser.pos)
        for at in parser.invalidUTF8Offsets {
            reading.warnings.append(problem(at, key, "invalid UTF-8 inside a string (shown as U+FFFD)"))
        }
        guard case .object(let members) = value else {
            reading.problems.append(problem(valueOffset, key, "expected an event object"))
            return reading
        }
        // Each value's place is counted only for an event with something to say about it.
        let (problems, warnings) = (reading.problems.count, reading.warnings.count)
        // The start's column is wanted as the file loads (for a repeated name), not when an
        // event is shown again.
        let start = whole ? SourcePlace(line: line, column: 1) : placeOf(offset, in: bytes, from: (offset, line), memo: memo)
        PlasoJSONLineReader.map(Record(fields: members.map { .init(name: $0.key, value: $0.value, place: start) }, line: line),
                                file: file, options: options, into: &reading)
        if reading.problems.count > problems || reading.warnings.count > warnings {
            reading.problems.removeSubrange(problems...)
            reading.warnings.removeSubrange(warnings...)
            var places = PlaceCounter(bytes, from: (offset, line), memo: memo)
            let fields = members.map { Record.Field(name: $0.key, value: $0.value, place: places.place($0.offset)) }
            PlasoJSONLineReader.map(Record(fields: fields, line: line), file: file, options: options, into: &reading)
            // The line reader names a field; here it is a field of this event.
            for k in problems..<reading.problems.count { reading.problems[k].path = under(key, reading.problems[k].path) }
            for k in warnings..<reading.warnings.count { reading.warnings[k].path = under(key, reading.warnings[k].path) }
        }
        reading.draft?.id = key
        reading.draft?.places.id = FieldPlace(start, path: key)
        return reading
    }

    private static func under(_ key: String, _ path: String) -> String {
        path.isEmpty ? key : key + "." + path
    }

    /// psort writes an event a line, each after the first starting `, "event_N": `: the
    /// first such line after `middle`. Another layout has none, and is read on one thread.
    static func boundary(_ bytes: FileBytes) -> @Sendable ((offset: Int, line: Int), Int) -> (offset: Int, line: Int)? {
        { from, middle in
            var start = RecordFile.lineEnd(bytes, from: middle) + 1
            // A few lines on at most: in psort's layout the next line is one.
            for _ in 0..<4 {
                guard start + 3 < bytes.count, start > from.offset else { return nil }
                if bytes.base[start] == 0x2C && bytes.base[start + 1] == 0x20 && bytes.base[start + 2] == 0x22 {
                    return (start + 2, from.line + RecordFile.lineFeeds(bytes, in: from.offset..<start))
                }
                start = RecordFile.lineEnd(bytes, from: start) + 1
            }
            return nil
        }
    }

    private static func isSpace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D
    }

    /// The place of byte `offset`, counted on from a known line start or record start.
    private static func placeOf(_ offset: Int, in bytes: FileBytes, from: (offset: Int, line: Int), memo: ColumnMemo) -> SourcePlace {
        var counter = PlaceCounter(bytes, from: from, memo: memo)
        return counter.place(offset)
    }
}

/// Lines and columns of byte offsets at or after a record's start, which may span lines
/// (a pretty-printed file): counted on from the last one asked.
private struct PlaceCounter {
    private let bytes: FileBytes
    private let memo: ColumnMemo
    private var at: Int
    private var line: Int
    private var column: Int

    init(_ bytes: FileBytes, from: (offset: Int, line: Int), memo: ColumnMemo) {
        self.bytes = bytes
        self.memo = memo
        if let known = memo.known(line: from.line, atOrBefore: from.offset) {
            (at, line, column) = (known.offset, from.line, known.column)
            return
        }
        // The column of the start: counted from the start of its line (a few bytes back in
        // psort's layout, an event a line).
        var lineStart = min(from.offset, bytes.count)
        while lineStart > 0 && bytes.base[lineStart - 1] != 0x0A { lineStart -= 1 }
        (at, line, column) = (lineStart, from.line, 1)
    }

    mutating func place(_ offset: Int) -> SourcePlace {
        let target = min(offset, bytes.count)
        while at < target {
            let c = bytes.base[at]
            if c == 0x0A {
                line += 1
                column = 1
            } else if c & 0xC0 != 0x80 {
                column += 1
            }
            at += 1
        }
        memo.remember(offset: at, line: line, column: column)
        return SourcePlace(line: line, column: column)
    }
}

/// The last place counted, kept between records: a document written on one line
/// (`jq -c`) has its columns counted once as it is read, not from the line's start for
/// every event.
final class ColumnMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var last = (offset: 0, line: 1, column: 1)

    func known(line: Int, atOrBefore offset: Int) -> (offset: Int, column: Int)? {
        lock.lock()
        defer { lock.unlock() }
        return last.line == line && last.offset <= offset ? (last.offset, last.column) : nil
    }

    func remember(offset: Int, line: Int, column: Int) {
        lock.lock()
        last = (offset, line, column)
        lock.unlock()
    }
}
