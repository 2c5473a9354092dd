/// The time at the start of a line of a Markdown timeline, as people and our own export
/// write it, read as far as it goes: `14:32`, `~18:48`, `18:35:43.905`, `2017-01-31 17:20
/// UTC`, `2023-11-14T14:32:00Z`, `31 January 2017`, `2:32 PM`, `14:??` (the hour only),
/// `18h` (ours, an hour), `time unknown` (ours, the day only), `Nov 2017` (ours, a month),
/// a span `~18:48–~18:59 (11 min)`, `22:52–22 Oct 23:03 (1 d 11 min)`, `14:30 - 15:00 UTC`,
/// and a zone after it: `Z`, `UTC`, `GMT`, `+02:00`, `UTC+2`, an abbreviation (`CET`,
/// `PDT`), an IANA name (`Europe/Paris`).
///
/// Only the text is read here: the date a time of day falls on and the zone it is in, when
/// the line does not say them, come from the document (`MarkdownTimelineReader`).
struct MarkdownTimeText: Equatable {
    /// One end of what was written.
    struct Point: Equatable {
        /// A whole date, a day of a month without its year (`22 Oct`, ours after a span's
        /// dash), a month, a year.
        enum DatePart: Equatable {
            case day(CivilDate)
            case dayOfMonth(day: Int, month: Int)
            case month(year: Int, month: Int)
            case year(Int)
        }

        var date: DatePart?
        var clock: WrittenTime.Clock?
        /// `14:??`, `18h`: the hour alone is known.
        var hourOnly = false
        /// `time unknown`: the day alone (its date from the heading).
        var timeUnknown = false
        var approximate = false
        var zone: MarkdownZoneWord?
    }

    var start: Point
    var end: Point?
    /// Characters read, from the start of the text given.
    var length: Int

    var approximate: Bool { start.approximate || (end?.approximate ?? false) }

    /// What the text starts with, when it starts with a time or a date; nil otherwise.
    static func read(_ text: Substring) -> MarkdownTimeText? {
        var s = Scanner(Array(text))
        guard var start = s.point(allowYear: true) else { return nil }
        var end: Point?
        let afterStart = s.at
        // A span: an en dash (ours), a hyphen or `to`, then a second point.
        s.skipSpaces()
        if s.take("–") || s.take("-") || s.take("—") || s.takeWord("to") || s.takeWord("until") {
            s.skipSpaces()
            if let e = s.point(allowYear: false) { end = e } else { s.at = afterStart }
        } else {
            s.at = afterStart
        }
        // A zone written once after a span is the zone of both ends (`14:30–15:00 UTC`).
        if let e = end, start.zone == nil, start.clock != nil { start.zone = e.zone }
        // Ours: `(11 min)`, `(1 d 11 min)`, `(3 days)` after a span (worked out again from
        // its ends), and `(mark)`.
        let beforeNote = s.at
        s.skipSpaces()
        if s.takeParenthesised(where: { $0 == "mark" || (end != nil && $0.first?.isASCIIDigit == true) }) {
            let afterNote = s.at
            s.skipSpaces()
            if !s.takeParenthesised(where: { $0 == "mark" }) { s.at = afterNote }
        } else {
            s.at = beforeNote
        }
        return MarkdownTimeText(start: start, end: end, length: s.at)
    }

    /// The first whole date written anywhere in `text` (`Post-Mortem: 2023-08-17 Production
    /// Outage`, `**Date:** November 17, 2025`), and whether it is the only one.
    static func onlyDate(in text: Substring) -> CivilDate? {
        let chars = Array(text.map { $0 == "\u{2011}" || $0 == "\u{2010}" ? "-" : $0 })
        var found: [CivilDate] = []
        var i = 0
        while i < chars.count {
            let startsWord = i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isASCIIDigit)
            if startsWord, chars[i].isASCIIDigit || chars[i].isLetter {
                var s = Scanner(chars)
                s.at = i
                if case .day(let d)? = s.date(allowYear: false), d.isValid {
                    if !found.contains(d) { found.append(d) }
                    i = s.at
                    continue
                }
            }
            i += 1
        }
        return found.count == 1 ? found[0] : nil
    }

    /// Reads characters one at a time, going back when a form does not match.
    struct Scanner {
        let c: [Character]
        var at = 0

        init(_ c: [Character]) { self.c = c }

        var done: Bool { at >= c.count }
        var peek: Character? { at < c.count ? c[at] : nil }

        mutating func skipSpaces() {
            while let p = peek, p == " " || p == "\t" || p == "\u{A0}" { at += 1 }
        }

        mutating func take(_ s: String) -> Bool {
            let chars = Array(s)
            guard at + chars.count <= c.count, Array(c[at..<(at + chars.count)]) == chars else { return false }
            at += chars.count
            return true
        }

        /// `word` in any case, not followed by a letter.
        mutating func takeWord(_ word: String) -> Bool {
            let chars = Array(word.lowercased())
            guard at + chars.count <= c.count,
                  c[at..<(at + chars.count)].map({ Character($0.lowercased()) }) == chars else { return false }
            if at + chars.count < c.count, c[at + chars.count].isLetter { return false }
            at += chars.count
            return true
        }

        mutating func digits(_ range: ClosedRange<Int>) -> (value: Int, count: Int)? {
            var n = 0
            var v = 0
            while n < range.upperBound, at + n < c.count, let d = c[at + n].wholeNumberValue, c[at + n].isASCII {
                v = v * 10 + d
                n += 1
            }
            guard n >= range.lowerBound else { return nil }
            if at + n < c.count, c[at + n].isASCIIDigit { return nil }
            at += n
            return (v, n)
        }

        /// `(…)` whose inside passes `test`.
        mutating func takeParenthesised(where test: (String) -> Bool) -> Bool {
            guard peek == "(", let close = c[at...].firstIndex(of: ")") else { return false }
            let inside = String(c[(at + 1)..<close])
            guard test(inside) else { return false }
            at = close + 1
            return true
        }

        /// A date, a time of day, or both, then a zone.
        mutating func point(allowYear: Bool) -> Point? {
            let begin = at
            var p = Point()
            if take("~") || take("≈") { p.approximate = true }
            if takeWord("time unknown") {
                p.timeUnknown = true
                return p
            }
            p.date = date(allowYear: allowYear)
            if p.date != nil {
                let afterDate = at
                if take("T") || take("t") || take(",") || peek == " " || peek == "\t" {
                    skipSpaces()
                    if takeWord("at") { skipSpaces() }
                    if !clock(into: &p) { at = afterDate }
                }
            } else if !clock(into: &p) {
                at = begin
                return nil
            }
            if p.clock != nil {
                zone(into: &p)
                // `12:00~`, `12:00+`: about then, or from then on: not exactly then.
                if let q = peek, q == "~" || q == "+", at + 1 == c.count || c[at + 1] == " " {
                    at += 1
                    p.approximate = true
                }
            }
            return p
        }

        /// `2017-11-02`, `2017/11/02`, `Thursday 2 November 2017`, `2 Nov 2017`,
        /// `November 2, 2017`, `Nov 2017`, `22 Oct` (ours, a span's end on another day).
        mutating func date(allowYear: Bool) -> Point.DatePart? {
            let begin = at
            if let y = digits(4...4) {
                if let sep = peek, sep == "-" || sep == "/" {
                    at += 1
                    if let m = digits(1...2), take(String(sep)) {
                        if let d = digits(1...2) { return .day(CivilDate(year: y.value, month: m.value, day: d.value)) }
                        // `2022-05-??`: the writer knew the month, not the day.
                        if (1...12).contains(m.value), take("??") || takeWord("dd") || takeWord("xx") {
                            return .month(year: y.value, month: m.value)
                        }
                    }
                }
                at = begin
                return nil
            }
            // A weekday first: `Thursday 2 November 2017`, `Thu, 2 Nov 2017`.
            let weekdayStart = at
            if let w = word(), Self.weekday(w) {
                _ = take(",")
                skipSpaces()
            } else {
                at = weekdayStart
            }
            let afterWeekday = at
            if let d = digits(1...2) {
                _ = takeOrdinal()
                skipSpaces()
                if let w = word(), let m = Self.month(w) {
                    let afterMonth = at
                    _ = take(",")
                    skipSpaces()
                    if let y = digits(4...4) { return .day(CivilDate(year: y.value, month: m, day: d.value)) }
                    at = afterMonth
                    return .dayOfMonth(day: d.value, month: m)
                }
            }
            at = afterWeekday
            if let w = word(), let m = Self.month(w) {
                let afterMonth = at
                _ = take(".")
                skipSpaces()
                if let d = digits(1...2) {
                    _ = takeOrdinal()
                    _ = take(",")
                    skipSpaces()
                    if let y = digits(4...4) { return .day(CivilDate(year: y.value, month: m, day: d.value)) }
                }
                at = afterMonth
                skipSpaces()
                if let y = digits(4...4) { return .month(year: y.value, month: m) }
            }
            at = begin
            // A year alone only as the whole text (ours: an event known to the year).
            if allowYear, let y = digits(4...4), done { return .year(y.value) }
            at = begin
            return nil
        }

        private mutating func takeOrdinal() -> Bool {
            for s in ["st", "nd", "rd", "th"] where takeWord(s) { return true }
            return false
        }

        /// Letters (and a point after them: `Nov.`).
        private mutating func word() -> String? {
            let begin = at
            while let p = peek, p.isLetter { at += 1 }
            guard at > begin else { return nil }
            let w = String(c[begin..<at])
            _ = take(".")
            return w
        }

        static func weekday(_ w: String) -> Bool {
            let l = w.lowercased()
            return l.count >= 3 && ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
                .contains { $0.hasPrefix(l) && (l.count == 3 || l == $0) }
        }

        static func month(_ w: String) -> Int? {
            let l = w.lowercased()
            guard l.count >= 3 else { return nil }
            for m in 1...12 {
                let name = CivilDate.monthName(m).lowercased()
                if l == name || l == String(name.prefix(3)) || (l == "sept" && m == 9) { return m }
            }
            return nil
        }

        /// `14:32`, `9:30`, `14:32:05`, `14:32:05.123`, `14:??`, `18h`, `2:32 PM`.
        mutating func clock(into p: inout Point) -> Bool {
            let begin = at
            guard let h = digits(1...2) else { return false }
            var minute = 0
            var second = 0
            var hasSeconds = false
            var nanos = 0
            var fraction = 0
            if take(":") {
                if take("??") || takeWord("xx") {
                    p.hourOnly = true
                } else if let m = digits(2...2) {
                    minute = m.value
                    let afterMinute = at
                    if take(":"), let sec = digits(2...2) {
                        second = sec.value
                        hasSeconds = true
                        let afterSecond = at
                        if take("."), let f = digits(1...9) {
                            fraction = f.count
                            nanos = f.value
                            for _ in f.count..<9 { nanos *= 10 }
                        } else {
                            at = afterSecond
                        }
                    } else {
                        at = afterMinute
                    }
                } else {
                    at = begin
                    return false
                }
            } else if h.count == 2, take("h"), peek.map({ !$0.isLetter }) ?? true {
                p.hourOnly = true
            } else {
                at = begin
                return false
            }
            var hour = h.value
            // 12-hour clocks: `2:32 PM`, `2:32pm`, `2:32 p.m.`.
            let beforeMeridiem = at
            skipSpaces()
            if takeWord("am") || takeWord("a.m.") || take("a.m.") {
                guard hour >= 1 && hour <= 12 else { at = begin; return false }
                if hour == 12 { hour = 0 }
            } else if takeWord("pm") || takeWord("p.m.") || take("p.m.") {
                guard hour >= 1 && hour <= 12 else { at = begin; return false }
                if hour != 12 { hour += 12 }
            } else {
                at = beforeMeridiem
            }
            guard hour <= 23, minute <= 59, second <= 60 else {
                at = begin
                return false
            }
            p.clock = WrittenTime.Clock(hour: hour, minute: minute, second: second, hasSeconds: hasSeconds,
                                        nanoseconds: nanos, fractionDigits: fraction)
            return true
        }

        /// A zone right after the clock: `Z`, ` UTC`, ` UTC+2`, `+02:00`, ` CET`, ` (PDT)`,
        /// ` Europe/Paris`.
        mutating func zone(into p: inout Point) {
            if peek == "Z", at + 1 == c.count || !c[at + 1].isLetter {
                at += 1
                p.zone = .offset(0, name: "Z")
                return
            }
            let begin = at
            let spaced = peek == " " || peek == "\t"
            skipSpaces()
            let parenthesised = take("(")
            let rest = Substring(String(c[at..<min(c.count, at + 40)]))
            // `14:30-15:00` is a span; `…T14:30:00-04:00` and `14:30 -0400` an offset.
            let attached = spaced || p.date != nil || p.clock?.hasSeconds == true
            if let (word, length) = MarkdownZoneWord.read(rest, attachedOffset: attached) {
                if !parenthesised || (at + length < c.count && c[at + length] == ")") {
                    at += length + (parenthesised ? 1 : 0)
                    p.zone = word
                    return
                }
            }
            at = begin
        }
    }
}
