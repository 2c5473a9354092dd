/// A time as people write it in a spreadsheet, before it is placed on the time line:
/// ISO 8601 / RFC 3339 with `T` or a space (`2024-03-01 10:00:00Z`), a date with slashes
/// in a known order (`25/03/2024`, or `03/01/2024` under `Date (MM/DD/YYYY)`), a dotted
/// date (`01.03.2024`, always day first), a month by name (`1 Mar 2024`, `Mar 1, 2024`,
/// `Sat May 24 2025`, `01-Mar-2024`); then maybe a time of day (`10:00`, `10:00:30.25`,
/// `10:00 AM`) and a zone (`Z`, `UTC`, `+01:00`, `Europe/Paris`, or an abbreviation such
/// as `EDT`, which needs `--assume-zone`). A leading `~`, `about`, `approx.` or `circa`
/// marks the time approximate.
///
/// A date whose day and month could be either (`03/01/2024`) is never guessed: it is
/// refused with the way out. Precision is what is written: minutes, seconds, the digits
/// of a fraction, or a day.
struct SheetTime: Sendable, Hashable {
    var date: CivilDate
    var clock: WrittenTime.Clock?
    /// What the cell says of the zone: an offset (`Z`, `UTC`, `+01:00`), a zone, or an
    /// abbreviation.
    var offsetSeconds: Int?
    var zone: Zone?
    var abbreviation: String?
    var approximate = false

    struct Failure: Error, Sendable, Hashable {
        var message: String
    }

    /// How the message of a date that is not in the calendar starts.
    static let noSuchDate = "is not a date that exists"

    /// `text` (trimmed) read; `dayFirst` is the order the column's name (or `--date-order`)
    /// gives, if any.
    /// Messages start after `what "text"`.
    static func parse(_ text: String, dayFirst: Bool?) -> Result<SheetTime, Failure> {
        // RFC 3339 as our export and most tools write it: the common case, read from bytes.
        if let first = text.utf8.first, first >= 0x30 && first <= 0x39, case .success(let w) = WrittenTime.parse(text) {
            return .success(SheetTime(date: w.date, clock: w.clock, offsetSeconds: w.offsetSeconds))
        }
        var scan = Scan(text)
        let approximate = scan.approximatePrefix()
        let dateResult: Result<CivilDate, Failure>
        if let d = scan.yearFirstDate() {
            dateResult = d
        } else if let d = scan.numericDate(dayFirst: dayFirst) {
            dateResult = d
        } else if let d = scan.namedMonthDate() {
            dateResult = d
        } else {
            return .failure(Failure(message: scan.whyNotADate()))
        }
        guard case .success(let date) = dateResult else {
            if case .failure(let f) = dateResult { return .failure(f) }
            fatalError("unreachable")
        }
        guard date.isValid else {
            return .failure(Failure(message: "\(noSuchDate) (\(date.year)-\(date.month)-\(date.day))"))
        }
        var time = SheetTime(date: date, approximate: approximate)
        scan.skipDateTimeSeparator()
        if scan.atEnd { return .success(time) }
        switch scan.clock() {
        case .failure(let f): return .failure(f)
        case .success(let clock): time.clock = clock
        }
        scan.skipSpaces()
        if scan.atEnd { return .success(time) }
        switch scan.zone() {
        case .failure(let f): return .failure(f)
        case .success(let z): (time.offsetSeconds, time.zone, time.abbreviation) = z
        }
        return .success(time)
    }

    /// As a `WrittenTime` with the offset the cell wrote, if any.
    var written: WrittenTime {
        WrittenTime(date: date, clock: clock, offsetSeconds: offsetSeconds)
    }
}

/// A cursor over a cell's characters, for `SheetTime.parse`.
private struct Scan {
    let chars: [Character]
    var i = 0

    init(_ text: String) { chars = Array(text.trimmingWhitespace) }

    var atEnd: Bool { i >= chars.count }
    var rest: String { String(chars[min(i, chars.count)...]) }

    mutating func skipSpaces() {
        while i < chars.count, chars[i] == " " || chars[i] == "\t" { i += 1 }
    }

    mutating func approximatePrefix() -> Bool {
        if chars.first == "~" {
            i = 1
            skipSpaces()
            return true
        }
        let lower = String(chars).lowercased()
        for p in ["about ", "approx. ", "approx ", "approximately ", "circa ", "ca. ", "c. "] where lower.hasPrefix(p) {
            i = p.count
            skipSpaces()
            return true
        }
        return false
    }

    /// Digits from `i` (at most `max`), as a number and their count.
    mutating func digits(max: Int = 9) -> (value: Int, count: Int)? {
        var v = 0
        var n = 0
        while i < chars.count, n < max, let d = chars[i].wholeNumberValue, chars[i].isASCII {
            v = v * 10 + d
            n += 1
            i += 1
        }
        return n == 0 ? nil : (v, n)
    }

    mutating func take(_ c: Character) -> Bool {
        guard i < chars.count, chars[i] == c else { return false }
        i += 1
        return true
    }

    /// `2024-03-01`, `2024/3/1`: year first is the one order there is.
    mutating func yearFirstDate() -> Result<CivilDate, SheetTime.Failure>? {
        let start = i
        guard let y = digits(max: 4), y.count == 4, i < chars.count, chars[i] == "-" || chars[i] == "/" else { i = start; return nil }
        let sep = chars[i]
        i += 1
        guard let m = digits(max: 2), take(sep), let d = digits(max: 2) else { i = start; return nil }
        if i < chars.count, chars[i].isNumber { i = start; return nil }
        return .success(CivilDate(year: y.value, month: m.value, day: d.value))
    }

    /// `25/03/2024`, `3-1-2024`, `01.03.2024`: the order from the column's name, from a
    /// dot (day first, as every country that writes dots does), or from a part over 12.
    mutating func numericDate(dayFirst: Bool?) -> Result<CivilDate, SheetTime.Failure>? {
        let start = i
        guard let a = digits(max: 2), i < chars.count, chars[i] == "/" || chars[i] == "." || chars[i] == "-" else { i = start; return nil }
        let sep = chars[i]
        i += 1
        guard let b = digits(max: 2), take(sep), let y = digits(max: 4) else { i = start; return nil }
        let written = String(chars[start..<i])
        guard y.count == 4 else {
            return .failure(.init(message: "has a two-digit year (\(written)); write the year in full, as 2024-03-01"))
        }
        var first: Bool? = sep == "." ? true : dayFirst
        if first == nil {
            if a.value == b.value { first = true }
            else if a.value > 12 && b.value <= 12 { first = true }
            else if b.value > 12 && a.value <= 12 { first = false }
        }
        guard let dayFirst = first else {
            return .failure(.init(message: "could be \(Self.dayName(a.value, b.value, y.value)) or \(Self.dayName(b.value, a.value, y.value)): timeline-tui does not guess the order of day and month; add --date-order dmy or --date-order mdy, write ISO 8601 (\(Self.iso(y.value, b.value, a.value)) or \(Self.iso(y.value, a.value, b.value))), or name the order in the column's header: \"(DD/MM/YYYY)\" or \"(MM/DD/YYYY)\""))
        }
        return .success(dayFirst ? CivilDate(year: y.value, month: b.value, day: a.value)
                                 : CivilDate(year: y.value, month: a.value, day: b.value))
    }

    private static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august",
                                     "september", "october", "november", "december"]
    private static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// `1 Mar 2024`, `Mar 1, 2024`, `March 1st 2024`, `Sat May 24 2025`, `01-Mar-2024`:
    /// a month by its English name (or three letters), a day and a four-digit year, in any
    /// order; a weekday's name is passed over.
    mutating func namedMonthDate() -> Result<CivilDate, SheetTime.Failure>? {
        let start = i
        var month: Int?
        var day: Int?
        var year: Int?
        while i < chars.count {
            let c = chars[i]
            if c == " " || c == "," || c == "-" || c == "." || c == "/" { i += 1; continue }
            if c.isLetter {
                var word = ""
                while i < chars.count, chars[i].isLetter { word.append(chars[i]); i += 1 }
                let w = word.lowercased()
                if w.count >= 3, let m = Self.monthNames.firstIndex(where: { $0.hasPrefix(w) || (w.count == 4 && w == "sept" && $0 == "september") }),
                   month == nil {
                    month = m + 1
                } else if w.count >= 3, Self.weekdayNames.contains(where: { $0.hasPrefix(w) }) || w == "tues" || w == "thur" || w == "thurs" {
                    continue
                } else if ["st", "nd", "rd", "th"].contains(w), day != nil {
                    continue
                } else {
                    i = start
                    return nil
                }
                continue
            }
            guard c.isNumber, c.isASCII else { break }
            let at = i
            guard let n = digits(max: 4) else { break }
            if i < chars.count, chars[i] == ":" { i = at; break }  // the time of day
            if n.count == 4, year == nil { year = n.value }
            else if n.count <= 2, day == nil { day = n.value }
            else { i = start; return nil }
            if year != nil && day != nil && month != nil { break }
        }
        guard let month else { i = start; return nil }
        guard let day, let year else {
            i = start
            return .failure(.init(message: "has a month's name but not a day and a four-digit year"))
        }
        return .success(CivilDate(year: year, month: month, day: day))
    }

    /// Why the cell is no date, as the end of a sentence.
    func whyNotADate() -> String {
        let text = String(chars)
        if text.allSatisfy({ $0.isASCIIDigit || $0 == "." }), text.contains(where: \.isASCIIDigit) {
            return "is a number, not a time (a spreadsheet's date serial?); format the column as a date and time (2024-03-01 10:00) before saving as CSV"
        }
        var probe = Scan(text)
        if probe.digits(max: 2) != nil, probe.take(":") {
            return "has no date; write the date in each row (2024-03-01 10:00), or give it a Date column"
        }
        return "is not a time timeline-tui reads; write ISO 8601 such as 2024-03-01 10:00:00Z"
    }

    /// `T`, a space, `,` or `at` between a date and its time.
    mutating func skipDateTimeSeparator() {
        skipSpaces()
        if take(",") { skipSpaces() }
        if i < chars.count, chars[i] == "T" || chars[i] == "t", i + 1 < chars.count, chars[i + 1].isASCIIDigit { i += 1 }
        if rest.lowercased().hasPrefix("at ") { i += 3; skipSpaces() }
    }

    /// `10:00`, `9:05:30`, `10:00:30.250`, `10:00 AM`, `12:30 p.m.`.
    mutating func clock() -> Result<WrittenTime.Clock, SheetTime.Failure> {
        let bad = SheetTime.Failure(message: "has a time of day that is not HH:MM, HH:MM:SS or HH:MM:SS.fff (\(rest))")
        guard var h = digits(max: 2), take(":"), let m = digits(max: 2), m.count == 2 else { return .failure(bad) }
        var second = 0
        var hasSeconds = false
        var nanos = 0
        var fractionDigits = 0
        if take(":") {
            guard let s = digits(max: 2), s.count == 2 else { return .failure(bad) }
            (second, hasSeconds) = (s.value, true)
            if take(".") || take(",") {
                let at = i
                while i < chars.count, chars[i].isASCIIDigit { i += 1 }
                let f = String(chars[at..<i])
                guard !f.isEmpty, f.count <= 9 else {
                    return .failure(.init(message: "has a fraction of a second of \(f.count) digits; at most 9 are read"))
                }
                fractionDigits = f.count
                nanos = Int(f + String(repeating: "0", count: 9 - f.count))!
            }
        }
        let before = i
        skipSpaces()
        let lower = rest.lowercased()
        var meridiem: Bool? = nil
        for (word, pm) in [("a.m.", false), ("p.m.", true), ("am", false), ("pm", true)] where lower.hasPrefix(word) {
            let after = i + word.count
            if after < chars.count, chars[after].isLetter { continue }
            meridiem = pm
            i = after
            break
        }
        if meridiem == nil { i = before }
        if let pm = meridiem {
            guard (1...12).contains(h.value) else {
                return .failure(.init(message: "has \(h.value) o'clock with \(pm ? "PM" : "AM"); a 12-hour clock runs 1 to 12"))
            }
            h.value = h.value % 12 + (pm ? 12 : 0)
        }
        if let part = WrittenTime.Clock.impossiblePart(hour: h.value, minute: m.value, second: second) {
            return .failure(.init(message: "has no \(part)"))
        }
        return .success(WrittenTime.Clock(hour: h.value, minute: m.value, second: second, hasSeconds: hasSeconds,
                                          nanoseconds: nanos, fractionDigits: fractionDigits))
    }

    /// What follows the time: `Z`, `UTC`, an offset, a zone's name, an abbreviation.
    mutating func zone() -> Result<(Int?, Zone?, String?), SheetTime.Failure> {
        var z = rest.trimmingWhitespace
        if z.hasPrefix("(") && z.hasSuffix(")") { z = String(z.dropFirst().dropLast()).trimmingWhitespace }
        let upper = z.uppercased()
        if upper == "Z" || upper == "UTC" || upper == "GMT" { return .success((0, nil, nil)) }
        if let o = TimeHint.offset(upper.replacingOccurrences(of: " ", with: "")) { return .success((o, nil, nil)) }
        if z.contains("/"), let zone = Zone(identifier: z), zone.identifier != "local" { return .success((nil, zone, nil)) }
        if (2...5).contains(z.count), z.allSatisfy({ $0.isASCII && $0.isUppercase }) { return .success((nil, nil, z)) }
        return .failure(.init(message: "has \"\(z)\" after the time, which is not a zone; expected Z, UTC, an offset such as +01:00 or a zone such as Europe/Paris"))
    }

    static func dayName(_ day: Int, _ month: Int, _ year: Int) -> String {
        guard (1...12).contains(month) else { return "\(day)/\(month)" }
        return "\(day) \(monthNames[month - 1].prefix(1).uppercased() + monthNames[month - 1].dropFirst())"
    }

    static func iso(_ y: Int, _ m: Int, _ d: Int) -> String {
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(y)-\(two(m))-\(two(d))"
    }
}
