/// A date and time as another tool wrote it, before it is placed on the time line:
/// ISO 8601 / RFC 3339 in the forms logs and exports use (`2015-07-24T19:01:01+00:00`,
/// `2015-07-25 02:01:01+0000`, `2024-07-24T10:57:02.877297Z`, `2017-09-24 19:01:01`,
/// `2017-11-03`), with or without a zone. A zone may also follow after a space, as
/// PostgreSQL's and Go's logs write it: ` UTC` or ` GMT` (UTC), an offset (` +0000`), or
/// an offset and an abbreviation (` +0100 CET`: the offset settles it). An abbreviation
/// alone (` CET`) is not one offset everywhere and is not read here (a spreadsheet's
/// reader reads it with the zone the user names, `SheetTime`).
///
/// Unlike `TimeParser` (our own format, which insists on a zone), this keeps a missing
/// zone as a fact, so that the reader can refuse it with its place or apply
/// `--assume-zone` (see `TimeReading`).
public struct WrittenTime: Sendable, Hashable {
    public var date: CivilDate
    /// Hour, minute and second as written; nil for a date alone.
    public var clock: Clock?
    /// The offset east of UTC in seconds, when one was written (`Z` is 0).
    public var offsetSeconds: Int?

    public struct Clock: Sendable, Hashable {
        public var hour: Int
        public var minute: Int
        public var second: Int
        public var hasSeconds: Bool
        public var nanoseconds: Int
        public var fractionDigits: Int

        /// The part of a written clock that cannot be (`hour 25`, `minute 61`, `second 61`),
        /// named alone as the part the writer got wrong: never the clock rewritten with a
        /// second it did not write. Nil when the clock is a time of day.
        static func impossiblePart(hour: Int, minute: Int, second: Int) -> String? {
            if hour > 23 { return "hour \(hour)" }
            if minute > 59 { return "minute \(minute)" }
            if second > 60 { return "second \(second)" }
            return nil
        }
    }

    /// Why a text is not a time, as a plain sentence.
    public struct Failure: Error, Sendable, Hashable {
        public var message: String
    }

    /// Reads `text`; leading and trailing spaces are not allowed (callers trim cells).
    public static func parse(_ text: String) -> Result<WrittenTime, Failure> {
        if let parsed = text.utf8.withContiguousStorageIfAvailable({ parse($0, text) }) { return parsed }
        return Array(text.utf8).withUnsafeBufferPointer { parse($0, text) }
    }

    /// Reads a time from the file's bytes (a first pass, `RecordReader.skim`); nil when
    /// `parse` would give a failure.
    static func parse(bytes: UnsafeBufferPointer<UInt8>) -> WrittenTime? {
        try? parse(bytes, String(decoding: bytes, as: UTF8.self)).get()
    }

    /// `text` is made only for a failure's message.
    private static func parse(_ b: UnsafeBufferPointer<UInt8>, _ text: @autoclosure () -> String) -> Result<WrittenTime, Failure> {
        let n = b.count
        func fail(_ m: String) -> Result<WrittenTime, Failure> { .failure(Failure(message: m)) }
        func digits(_ at: Int, _ count: Int) -> Int? {
            guard at >= 0, at + count <= n else { return nil }
            var v = 0
            for i in at..<(at + count) {
                let c = b[i] &- 0x30
                guard c <= 9 else { return nil }
                v = v * 10 + Int(c)
            }
            return v
        }
        var notATime: String { "\"\(text())\" is not a time; expected ISO 8601 such as 2015-07-24T19:01:01+00:00" }
        guard n >= 10, let year = digits(0, 4), b[4] == 0x2D, let month = digits(5, 2), b[7] == 0x2D,
              let day = digits(8, 2)
        else { return fail(notATime) }
        let date = CivilDate(year: year, month: month, day: day)
        guard date.isValid else { return fail("\"\(text())\": \(text().prefix(10)) is not a date") }
        if n == 10 { return .success(WrittenTime(date: date, clock: nil, offsetSeconds: nil)) }
        guard b[10] == 0x54 || b[10] == 0x74 || b[10] == 0x20,
              let hour = digits(11, 2), n >= 16, b[13] == 0x3A, let minute = digits(14, 2)
        else { return fail(notATime) }
        var i = 16
        guard case .success(let seconds) = WrittenSeconds.read(b, at: &i) else { return fail(notATime) }
        let (second, hasSeconds, nanos, fractionDigits) =
            (seconds.second, seconds.hasSeconds, seconds.nanoseconds, seconds.fractionDigits)
        if let part = Clock.impossiblePart(hour: hour, minute: minute, second: second) {
            return fail("\"\(text())\": \(part) does not exist")
        }
        let clock = Clock(hour: hour, minute: minute, second: second, hasSeconds: hasSeconds,
                          nanoseconds: nanos, fractionDigits: fractionDigits)
        if i == n { return .success(WrittenTime(date: date, clock: clock, offsetSeconds: nil)) }
        var end = n
        if b[i] == 0x20 {
            // ` UTC`, ` +0000`, ` +0000 UTC`, ` CET`: the zone after a space.
            var words = String(decoding: UnsafeBufferPointer(rebasing: b[(i + 1)...]), as: UTF8.self)
                .split(separator: " ", omittingEmptySubsequences: false)
            func isName(_ w: Substring) -> Bool { (2...6).contains(w.count) && w.allSatisfy { $0.isASCII && $0.isUppercase } }
            if words.count == 2, isName(words[1]), words[0].first == "+" || words[0].first == "-" {
                // The offset says it; the name beside it adds nothing to the instant.
                end -= words[1].utf8.count + 1
                words.removeLast()
            }
            guard words.count == 1, let word = words.first else {
                return fail("\"\(text())\" has unexpected text after the time; expected Z or an offset such as +00:00")
            }
            if word == "UTC" || word == "GMT" || word == "Z" {
                return .success(WrittenTime(date: date, clock: clock, offsetSeconds: 0))
            }
            guard word.first == "+" || word.first == "-" else {
                return fail("\"\(text())\" has unexpected text after the time; expected Z or an offset such as +00:00")
            }
            i += 1
        }
        var offset = 0
        if (b[i] == 0x5A || b[i] == 0x7A) && i + 1 == end {
            offset = 0
        } else if b[i] == 0x2B || b[i] == 0x2D {
            let sign = b[i] == 0x2D ? -1 : 1
            // ±HH:MM, ±HHMM or ±HH
            let rest = end - i - 1
            let oh: Int?
            var om: Int? = 0
            switch rest {
            case 5 where b[i + 3] == 0x3A: oh = digits(i + 1, 2); om = digits(i + 4, 2)
            case 4: oh = digits(i + 1, 2); om = digits(i + 3, 2)
            case 2: oh = digits(i + 1, 2)
            default: oh = nil
            }
            guard let oh, let om, oh <= 23, om <= 59 else {
                return fail("\"\(text())\" has an offset that is not ±HH:MM")
            }
            offset = sign * (oh * 3600 + om * 60)
        } else {
            return fail("\"\(text())\" has unexpected text after the time; expected Z or an offset such as +00:00")
        }
        return .success(WrittenTime(date: date, clock: clock, offsetSeconds: offset))
    }

    /// Seconds since the epoch of the wall-clock reading, as if it were UTC.
    var localSeconds: Int64 {
        let c = clock ?? Clock(hour: 0, minute: 0, second: 0, hasSeconds: false, nanoseconds: 0, fractionDigits: 0)
        // A leap second (:60) is kept as the last second of its minute, as our format does.
        return date.daysSinceEpoch * 86_400 + Int64(c.hour * 3600 + c.minute * 60 + min(c.second, 59))
    }
}
