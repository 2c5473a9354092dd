/// The years of a log that writes none (BSD syslog, RFC 3164): the first line is in the
/// year the user names (`--assume-year`), and syslog writes on across New Year. Plaso's
/// rule (`plaso/lib/dateless_helper.py`), so both read a log alike: a line whose month is
/// two or more before the last line's (December to January) starts the next year; one
/// month back is a line out of order (rsyslog's repeated-message reduction), same year;
/// and a December straight after a January that turned the year belongs to the year
/// before.
///
/// Found once for the whole file (where each year starts), so that any line can be read
/// again alone, as the records of a big file are.
struct LogYears: Sendable {
    /// Where the year changes, and the year there (counted from the first line's, 0).
    private var steps = LineSteps()

    /// The year changes of `bytes`' BSD syslog (or klog) lines without a year, from `offset`.
    init(_ bytes: FileBytes, from offset: Int) {
        var at = offset
        var (lastMonth, year) = (0, 0)
        while at < bytes.count {
            let end = RecordFile.lineEnd(bytes, from: at)
            if let line = BSDSyslogLine.dateless(TextLogReader.textLine(bytes, at: at).text), line.year == nil {
                let before = year
                if lastMonth > 0 && line.month + 1 < lastMonth {
                    year += 1
                } else if year > 0 && lastMonth == 1 && line.month == 12 {
                    year -= 1
                }
                if year != before { steps.step(at: at, to: year) }
                lastMonth = line.month
            }
            at = end + 1
        }
    }

    /// The year of the line at `offset` when the first is in `first`.
    func year(at offset: Int, first: Int) -> Int {
        first + steps.value(at: offset)
    }
}
