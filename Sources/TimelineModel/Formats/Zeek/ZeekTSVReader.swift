/// Zeek's TSV logs (its default output: `conn.log`, `dns.log`…): the `#` header says the
/// separator, the fields and their types; each line after it is an event, read as the
/// same line of Zeek's JSON would be (`JSONLogReader` with Zeek recognised: the title made
/// from the fields, the kind the log's `#path`, the actor the originating host). `ts` is
/// typed `time`, epoch seconds, read with the digits Zeek wrote. An unset value (`-`) is
/// left out as Zeek's JSON leaves it out; a set or vector becomes a list.
enum ZeekTSVReader {
    static let numericTypes: Set<String> = ["time", "interval", "double", "count", "int", "port"]

    static func reader(_ bytes: FileBytes, file: String, options: ReadOptions) -> RecordReader {
        let header = ZeekTSVHeader(bytes)
        var problems: [Problem] = []
        let headerPlace = SourcePlace(line: 1, column: 1)
        if header.fields.isEmpty {
            problems.append(Problem(file: file, place: headerPlace, path: "",
                                    message: "no #fields line in the Zeek header; the values cannot be named"))
        } else if !header.fields.contains("ts") {
            problems.append(Problem(file: file, place: headerPlace, path: "",
                                    message: "#fields has no ts: this Zeek log (\(header.path ?? "no #path")) has no times to put on a timeline"))
        }
        let writer = LogWriter(note: "Zeek: ts in epoch seconds", timeField: "ts", unit: .s, zeek: true,
                               zeekFileLog: header.path ?? ZeekLog.logName(ofFile: file))
        let mapping = problems.isEmpty
        var reader = RecordReader(first: header.end, problems: problems, read: { offset, line, whole in
            let end = RecordFile.lineEnd(bytes, from: offset)
            var reading = RecordReading(next: end + 1, nextLine: line + 1)
            reading.whole = whole
            var stop = end
            if stop > offset && bytes.base[stop - 1] == 0x0D { stop -= 1 }
            guard stop > offset, mapping else { return reading }
            let text = UnsafeBufferPointer(start: bytes.base + offset, count: stop - offset)
            if text[0] == 0x23 {
                // `#close`, or the header of a log appended to this one: its fields must be these.
                let fieldsLine = Array("#fields".utf8) + [header.separator]
                if text.starts(with: fieldsLine), ZeekTSVHeader.names(text, separator: header.separator) != header.fields {
                    reading.problems.append(Problem(file: file, place: SourcePlace(line: line, column: 1), path: "",
                                                    message: "a second Zeek header with other #fields; read each log on its own"))
                    reading.stop = true
                }
                return reading
            }
            if let record = record(text, in: bytes, offset: offset, line: line, header: header, file: file, into: &reading) {
                JSONLogReader.map(record, writer: writer, file: file, options: options, into: &reading)
            }
            return reading
        }, boundary: RecordFile.lineBoundary(bytes))
        reader.note = "ts typed time: epoch seconds"
        return reader
    }

    /// One line's values under the header's names, typed as the header says; nil (with a
    /// problem) when it has another number of values.
    static func record(_ text: UnsafeBufferPointer<UInt8>, in bytes: FileBytes, offset: Int, line: Int, header: ZeekTSVHeader, file: String,
                       into reading: inout RecordReading) -> Record? {
        var cells: [(start: Int, end: Int)] = []
        var start = 0
        for i in 0..<text.count where text[i] == header.separator {
            cells.append((start, i))
            start = i + 1
        }
        cells.append((start, text.count))
        guard cells.count == header.fields.count else {
            reading.problems.append(Problem(file: file, place: SourcePlace(line: line, column: 1), path: "",
                                            message: "this line has \(cells.count) values but #fields names \(header.fields.count)"))
            return nil
        }
        var columns = LineColumns(bytes, lineStart: offset, line: line)
        var fields: [Record.Field] = []
        fields.reserveCapacity(cells.count)
        for (i, cell) in cells.enumerated() {
            let raw = ArraySlice(text[cell.start..<cell.end])
            if raw.elementsEqual(header.unsetField) { continue }
            let type = i < header.types.count ? header.types[i] : "string"
            let place = columns.place(offset + cell.start)
            var value: JSONValue
            if type.contains("[") {
                // set[string], vector[interval], table[enum]: a list, each element typed.
                let inner = String(type.drop { $0 != "[" }.dropFirst().dropLast())
                if raw.elementsEqual(header.emptyField) {
                    value = .array([])
                } else {
                    value = .array(split(raw, by: header.setSeparator).map { .init(key: "", value: typed($0, inner, place, file, &reading), offset: 0) })
                }
            } else if raw.elementsEqual(header.emptyField) {
                value = .string("")
            } else {
                value = typed(raw, type, place, file, &reading)
            }
            fields.append(.init(name: header.fields[i], value: value, place: place, offset: offset + cell.start))
        }
        return Record(fields: fields, line: line)
    }

    /// A value of a Zeek type: numbers as written, `T`/`F` as true and false, text unescaped.
    private static func typed(_ raw: ArraySlice<UInt8>, _ type: String, _ place: SourcePlace, _ file: String,
                              _ reading: inout RecordReading) -> JSONValue {
        if numericTypes.contains(type), isNumber(raw) { return .number(String(decoding: raw, as: UTF8.self)) }
        if type == "bool", raw.count == 1 { if raw.first == 0x54 { return .bool(true) } else if raw.first == 0x46 { return .bool(false) } }
        let bytes = ZeekTSVHeader.unescape(raw)
        let text = String(decoding: bytes, as: UTF8.self)
        if String(validating: bytes, as: UTF8.self) == nil {
            reading.warnings.append(Problem(file: file, place: place, path: "", message: "invalid UTF-8 (shown as U+FFFD)"))
        }
        return .string(text)
    }

    /// `-12`, `1354328870.191989`.
    private static func isNumber(_ raw: ArraySlice<UInt8>) -> Bool {
        var digits = raw[...]
        if digits.first == 0x2D { digits = digits.dropFirst() }
        let parts = digits.split(separator: 0x2E, maxSplits: 1, omittingEmptySubsequences: false)
        return parts.count <= 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
    }

    private static func split(_ raw: ArraySlice<UInt8>, by separator: [UInt8]) -> [ArraySlice<UInt8>] {
        guard separator.count == 1 else { return [raw] }
        return raw.split(separator: separator[0], omittingEmptySubsequences: false)
    }
}

extension ZeekTSVHeader {
    /// The names on a `#fields` line.
    static func names(_ line: UnsafeBufferPointer<UInt8>, separator: UInt8) -> [String] {
        line.split(separator: separator, omittingEmptySubsequences: false).dropFirst().map { String(decoding: $0, as: UTF8.self) }
    }
}
