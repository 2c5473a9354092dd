/// The days of strace output written with the time of day only (`-t`, `-tt`): the first
/// line is on the day the user names (`--assume-date`), and a trace that runs past
/// midnight goes on the next day. A line whose time is more than an hour before the last
/// line's starts the next day; a smaller step back is lines of several processes written
/// a little out of order, the same day.
///
/// Found once for the whole file (where each day starts), so that any line can be read
/// again alone, as the records of a big file are (as `LogYears` does for syslog's years).
struct StraceDays: Sendable {
    /// The offsets of the lines where a day starts, and how many days after the first's.
    private var starts: [Int] = []
    private var days: [Int] = []

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
                    starts.append(at)
                    days.append(day)
                }
                last = seconds
            }
            at = end + 1
        }
    }

    /// The date of the line at `offset` when the first line is on `first`.
    func date(at offset: Int, first: CivilDate) -> CivilDate {
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] <= offset { lo = mid + 1 } else { hi = mid }
        }
        let after = lo == 0 ? 0 : days[lo - 1]
        return after == 0 ? first : CivilDate(daysSinceEpoch: first.daysSinceEpoch + Int64(after))
    }
}
