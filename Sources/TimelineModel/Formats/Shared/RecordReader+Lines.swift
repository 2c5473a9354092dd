extension RecordReader {
    /// A log of one record a line (logfmt, web server access logs): each line's text given
    /// to `parse`, which makes its fields (nil: a line the format cannot read, a problem
    /// saying `refusal`), and the record to `map`. Blank lines are passed over.
    /// `listing`: the reading of the line at an offset (which starts the given line) when not
    /// the whole event is wanted, made from its bytes without a `Record` (see `RecordReading.whole`);
    /// nil sends the line to `parse` and `map`, which must give the same reading.
    static func textLines(_ bytes: FileBytes, file: String, refusal: String,
                          listing: (@Sendable (_ offset: Int, _ line: Int) -> RecordReading?)? = nil,
                          parse: @escaping @Sendable (_ line: String, _ number: Int) -> Record?,
                          map: @escaping @Sendable (Record, inout RecordReading) -> Void) -> RecordReader {
        RecordReader(first: (RecordFile.firstLine(bytes), 1), read: { offset, line, whole in
            if !whole, let listing, let read = listing(offset, line) { return read }
            let (text, next, invalid) = TextLogReader.textLine(bytes, at: offset)
            var reading = RecordReading(next: next, nextLine: line + 1)
            reading.whole = whole
            if invalid {
                reading.warnings.append(Problem(file: file, place: SourcePlace(line: line, column: 1), path: "",
                                                message: "invalid UTF-8 (shown as U+FFFD)"))
            }
            guard !text.trimmingWhitespace.isEmpty else { return reading }
            if let record = parse(text, line) {
                map(record, &reading)
            } else {
                reading.problems.append(Problem(file: file, place: SourcePlace(line: line, column: 1), path: "", message: refusal))
            }
            return reading
        }, boundary: RecordFile.lineBoundary(bytes))
    }
}
