extension TimesketchReader {
    /// The first pass's reading of a CSV row (`RecordReader.skim`) for a file that is not
    /// ours (no `timeline_timezone` column): the `message` and `datetime` cells found by
    /// their columns, and the row taken when they need no more than their bytes: a
    /// `datetime` with its offset written, after 1700, and a message that is its own
    /// title. Any other row is read by `map`. Kind, tags and extra fields are not looked
    /// at: they change neither the rules nor a listing.
    static func skimCSV(_ bytes: FileBytes, header: [String], options: ReadOptions) -> (@Sendable (Int, Int) -> SkimmedRecord?)? {
        guard !header.contains("timeline_timezone"), let message = header.firstIndex(of: "message"),
              let datetime = header.firstIndex(of: "datetime")
        else { return nil }
        let columns = header.count
        return { offset, line in
            CSVRowSpans.scan(bytes, at: offset, line: line, columns: columns) { row in
                // A time `WrittenTime` reads is not all digits (Timesketch's microseconds).
                guard let d = row[datetime], !d.doubledQuotes, let written = WrittenTime.parse(bytes: row.text(d, in: bytes)),
                      written.offsetSeconds != nil, case .success(let time) = options.time.place(written, text: "", what: ""),
                      case .instant(let instant, _) = time, instant.seconds >= -8_520_336_000,
                      let m = row[message], !m.doubledQuotes, EventTitle.keptAsWritten(row.text(m, in: bytes))
                else { return nil }
                return SkimmedRecord(time: time, title: m.text, actor: nil, next: row.next, nextLine: row.nextLine)
            }
        }
    }
}
