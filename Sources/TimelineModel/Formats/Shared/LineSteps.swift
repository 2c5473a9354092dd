/// Where a count a log carries from line to line changes (the year of a BSD syslog without
/// years, `LogYears`; the day of strace's times of day, `StraceDays`): found in one walk over
/// the file, so that any line can then be read again alone, as the records of a big file are.
struct LineSteps: Sendable {
    /// The offsets of the lines where the count changes, and the count from there on.
    private var starts: [Int] = []
    private var values: [Int] = []

    /// From the line at `offset` on (after the lines noted before it), the count is `value`.
    mutating func step(at offset: Int, to value: Int) {
        starts.append(offset)
        values.append(value)
    }

    /// The count at the line at `offset`: 0 before the first step.
    func value(at offset: Int) -> Int {
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? 0 : values[lo - 1]
    }
}
