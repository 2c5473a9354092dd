/// The seconds and fraction of a written time, after its minutes (`:05`, `:05.276340`,
/// `:05,5`): read alike for our format (`TimeParser`) and other tools' (`WrittenTime`),
/// each of which words the problems in its own terms.
struct WrittenSeconds {
    var second = 0
    var hasSeconds = false
    var nanoseconds = 0
    /// Digits written after the point, at most 9 counted.
    var fractionDigits = 0

    enum Failure: Error {
        case secondsNotTwoDigits
        case noDigitsAfterPoint
    }

    /// Reads from `i` in `b`, just after the minutes, and moves `i` past what it read; a
    /// time without seconds reads nothing.
    @inline(__always)
    static func read(_ b: UnsafeBufferPointer<UInt8>, at i: inout Int) -> Result<WrittenSeconds, Failure> {
        var s = WrittenSeconds()
        let n = b.count
        guard i < n && b[i] == 0x3A else { return .success(s) }
        guard i + 3 <= n, b[i + 1] &- 0x30 <= 9, b[i + 2] &- 0x30 <= 9 else { return .failure(.secondsNotTwoDigits) }
        s.second = Int(b[i + 1] &- 0x30) * 10 + Int(b[i + 2] &- 0x30)
        s.hasSeconds = true
        i += 3
        if i < n && (b[i] == 0x2E || b[i] == 0x2C) {
            i += 1
            let start = i
            while i < n && b[i] >= 0x30 && b[i] <= 0x39 {
                if s.fractionDigits < 9 {
                    s.nanoseconds = s.nanoseconds * 10 + Int(b[i] - 0x30)
                    s.fractionDigits += 1
                }
                i += 1
            }
            guard i > start else { return .failure(.noDigitsAfterPoint) }
            for _ in s.fractionDigits..<9 { s.nanoseconds *= 10 }
        }
        return .success(s)
    }
}
