import Foundation

extension TextLogReader {
    /// The first pass's reading of a plain log line (`RecordReader.skim`): taken when the
    /// line is valid UTF-8, starts with a time `WrittenTime` reads to the second or finer
    /// (`2019-07-02T13:42:11Z`) that the options place, then spaces or tabs, then a title
    /// that is the rest of the line as written (`EventTitle.keptAsWritten`, its first byte
    /// ASCII so that no mark joins the space before it), and when the next line starts
    /// with such a time too (or the file ends): an event of one line, with no problem and no
    /// warning. Any other line (syslog, a date and a time apart, lines that continue an
    /// event) is read by `event`.
    static func skim(_ bytes: FileBytes, options: ReadOptions) -> @Sendable (Int, Int) -> SkimmedRecord? {
        { offset, line in
            let b = bytes.base
            let l = LineBytes(bytes, at: offset)
            guard let (time, rest) = leadingTime(bytes, from: offset, to: l.end),
                  case .success(let placed) = options.time.place(time, text: "", what: ""),
                  rest < l.end, b[rest] < 0x80,
                  EventTitle.keptAsWritten(UnsafeBufferPointer(start: b + rest, count: l.end - rest)),
                  UTF8Scalar.isValid(b, from: rest, to: l.end)
            else { return nil }
            if l.next < bytes.count {
                let next = LineBytes(bytes, at: l.next)
                guard leadingTime(bytes, from: next.start, to: next.end) != nil else { return nil }
            }
            return SkimmedRecord(time: placed, title: rest..<l.end, actor: nil, next: l.next, nextLine: line + 1)
        }
    }

    /// The time at the start of the line `from..<to` when it is one word of ASCII with a
    /// time of day and no zone after it (`leadingTime` takes it alike), and where the text after it starts.
    private static func leadingTime(_ bytes: FileBytes, from: Int, to: Int) -> (WrittenTime, Int)? {
        let b = bytes.base
        var space = from
        while space < to && b[space] != 0x20 && b[space] != 0x09 {
            guard b[space] < 0x80 else { return nil }
            space += 1
        }
        let word = UnsafeBufferPointer(start: b + from, count: space - from)
        guard space - from >= 9, b[from] &- 0x30 <= 9,
              let w = EpochLineTime.parse(word) ?? WrittenTime.parse(bytes: word), w.clock != nil
        else { return nil }
        var rest = space
        while rest < to && (b[rest] == 0x20 || b[rest] == 0x09) { rest += 1 }
        // A zone after a space (`12:00:01 +0000`) is the time's: `event` reads that line.
        if w.offsetSeconds == nil {
            var wordEnd = rest
            while wordEnd < to && b[wordEnd] != 0x20 && b[wordEnd] != 0x09 && wordEnd - rest < 8 { wordEnd += 1 }
            let word = String(decoding: UnsafeBufferPointer(start: b + rest, count: wordEnd - rest), as: UTF8.self)
            if zoneAfter(Substring(word)) != nil { return nil }
        }
        return (w, rest)
    }
}
