/// The days of strace output written with the time of day only (`-t`, `-tt`): the first
/// line is on the day the user names (`--assume-date`), and a trace that runs past
/// midnight goes on the next day. A line whose time is more than an hour before the last
/// line's starts the next day; a smaller step back is lines of several processes written
/// a little out of order, the same day.
///
/// Found once for the whole file (where each day starts), so that any line can be read
/// again alone, as the records of a big file are (as `LogYears` does for syslog's years).
struct StraceDays: Sendable {
    /// Where a day starts, and how many days after the first's.
    private var steps = LineSteps()

    init(_ bytes: FileBytes, from offset: Int) {
        var at = offset
        var (last, day) = (-1, 0)
        while at < bytes.count {
            let end = RecordFile.lineEnd(bytes, from: at)
            if let line = StraceLine(Substring(TextLogReader.textLine(bytes, at: at).text)),
               case .clock(let h, let m, let s) = line.form {
                let seconds = h * 3600 + m * 60 + s
                if last >= 0 && seconds < last - 3600 {
                    day += 1
                    steps.step(at: at, to: day)
                }
                last = seconds
            }
            at = end + 1
        }
    }

    /// The date of the line at `offset` when the first line is on `first`.
    func date(at offset: Int, first: CivilDate) -> CivilDate {
        let after = steps.value(at: offset)
        return after == 0 ? first : CivilDate(daysSinceEpoch: first.daysSinceEpoch + Int64(after))
    }
}
