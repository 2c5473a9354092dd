/// The times feeds write: RFC 822 (RSS's `pubDate`: `Thu, 02 Nov 2017 22:48:00 +0000`,
/// `GMT`, `EST`) and RFC 3339 (Atom's `published`, Dublin Core's `dc:date`).
///
/// RFC 822 names ten zones, each one fixed offset (`EST` is −05:00, `PDT` −07:00,
/// whatever the date); `UTC` is read as `UT`. Any other abbreviation (`CET`, `IST`,
/// a military letter) is refused, never guessed: `--assume-zone ZONE` reads it as a
/// time of that zone, when ZONE calls its time so. Seconds are optional (the time is then
/// known to the minute); a two-digit year is read as RFC 2822 says (`17` is 2017, `98`
/// 1998).
enum FeedTime {
    /// The zones RFC 822 defines (section 5.1), and `UTC`, offsets east in seconds.
    static let rfc822Zones: [String: Int] = [
        "UT": 0, "UTC": 0, "GMT": 0, "Z": 0,
        "EST": -5 * 3600, "EDT": -4 * 3600, "CST": -6 * 3600, "CDT": -5 * 3600,
        "MST": -7 * 3600, "MDT": -6 * 3600, "PST": -8 * 3600, "PDT": -7 * 3600,
    ]

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// `text` (trimmed) read as a feed's time; `what` names it in messages (`pubDate`).
    static func read(_ text: String, what: String, options: ReadOptions) -> Result<EventTime, WrittenTime.Failure> {
        let t = text.trimmingWhitespace
        guard !t.isEmpty else { return .failure(.init(message: "\(what) is empty")) }
        let u = Array(t.utf8)
        if u.count >= 5, u[0...3].allSatisfy({ $0 &- 0x30 <= 9 }), u[4] == 0x2D {
            return options.time.read(t, what: what)
        }
        switch rfc822(t) {
        case .failure(let f): return .failure(.init(message: "\(what) \(f.message)"))
        case .success(let (written, abbreviation)):
            return place(written, abbreviation: abbreviation, text: t, what: what, defined: "RFC 822 defines (UT, GMT, EST, EDT, CST, CDT, MST, MDT, PST, PDT or an offset such as +0000)", options: options)
        }
    }

    /// `written` placed on the time line: by its offset when it has one, else (an
    /// abbreviation no table here defines, `CET`) only in the zone the user names with
    /// `--assume-zone`, and only when that zone calls its time so then. `defined` says
    /// which zones the writer's rules define, for the refusal.
    static func place(_ written: WrittenTime, abbreviation: String?, text t: String, what: String, defined: String,
                      options: ReadOptions) -> Result<EventTime, WrittenTime.Failure> {
        guard written.offsetSeconds == nil, let name = abbreviation else { return options.time.place(written, text: t, what: what) }
        let refusal = "\(what) \"\(t)\": the zone \"\(name)\" is not one \(defined); --assume-zone ZONE reads it as ZONE's time when ZONE calls it \(name)"
        guard let zone = options.time.assumedZone else { return .failure(.init(message: refusal)) }
        switch options.time.place(written, text: t, what: what, abbreviation: name) {
        case .failure(let f): return .failure(f)
        case .success(let time):
            guard let instant = time.instant, zone.abbreviation(at: instant) == name else {
                return .failure(.init(message: "\(what) \"\(t)\": \(zone.identifier) does not call its time \(name) then, and \"\(name)\" is not one \(defined)"))
            }
            return .success(time)
        }
    }

    /// An RFC 822 date-time: `[Thu, ]02 Nov 2017 22:48[:00] (+0000|GMT|EST…)`; the zone is
    /// an offset when RFC 822 defines it, else the abbreviation as written.
    static func rfc822(_ text: String) -> Result<(WrittenTime, abbreviation: String?), WrittenTime.Failure> {
        func fail(_ why: String) -> Result<(WrittenTime, abbreviation: String?), WrittenTime.Failure> {
            .failure(.init(message: "\"\(text)\" \(why)"))
        }
        let expected = "is not a time; expected RFC 822 such as Thu, 02 Nov 2017 22:48:00 +0000, or RFC 3339"
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).map(String.init)
        if let first = words.first, first.hasSuffix(",") || days.contains(first.prefix(3).lowercased()) && first.count <= 10 && first.first!.isLetter {
            let name = first.hasSuffix(",") ? first.dropLast() : Substring(first)
            guard days.contains(name.prefix(3).lowercased()) else { return fail(expected) }
            words.removeFirst()
            if words.first == "," { words.removeFirst() }
        }
        guard words.count == 4 || words.count == 5 else { return fail(expected) }
        guard let day = Int(words[0]), (1...2).contains(words[0].count),
              let month = months.firstIndex(of: String(words[1].prefix(3)).lowercased()).map({ $0 + 1 }),
              words[1].count == 3 || words[1].lowercased() == CivilDate.monthName(month).lowercased() || words[1].lowercased() == "sept",
              var year = Int(words[2]), words[2].count == 4 || words[2].count == 2, words[2].allSatisfy(\.isASCIIDigit)
        else { return fail(expected) }
        if words[2].count == 2 { year += year < 50 ? 2000 : 1900 }
        let date = CivilDate(year: year, month: month, day: day)
        guard date.isValid else { return fail("is not a date") }
        let clockParts = words[3].split(separator: ":", omittingEmptySubsequences: false)
        guard clockParts.count == 2 || clockParts.count == 3, clockParts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) }),
              let hour = Int(clockParts[0]), let minute = Int(clockParts[1])
        else { return fail(expected) }
        let second = clockParts.count == 3 ? Int(clockParts[2])! : 0
        if let part = WrittenTime.Clock.impossiblePart(hour: hour, minute: minute, second: second) { return fail("has \(part), which does not exist") }
        let clock = WrittenTime.Clock(hour: hour, minute: minute, second: second, hasSeconds: clockParts.count == 3, nanoseconds: 0, fractionDigits: 0)
        var written = WrittenTime(date: date, clock: clock, offsetSeconds: nil)
        guard words.count == 5 else { return fail("has no zone; RFC 822 writes one (+0000, GMT, EST…)") }
        let zone = words[4]
        if let offset = rfc822Zones[zone.uppercased()] {
            written.offsetSeconds = offset
            return .success((written, nil))
        }
        var z = Array(zone.utf8)
        // `+00:00`: not RFC 822's form, but what some feeds' templates write; the same offset.
        if z.count == 6, z[3] == 0x3A { z.remove(at: 3) }
        if z.count == 5, z[0] == 0x2B || z[0] == 0x2D, z[1...].allSatisfy({ $0 &- 0x30 <= 9 }) {
            let h = Int(z[1] - 0x30) * 10 + Int(z[2] - 0x30)
            let m = Int(z[3] - 0x30) * 10 + Int(z[4] - 0x30)
            guard h <= 23, m <= 59 else { return fail("has an offset that is not ±HHMM") }
            written.offsetSeconds = (z[0] == 0x2D ? -1 : 1) * (h * 3600 + m * 60)
            return .success((written, nil))
        }
        guard zone.allSatisfy({ $0.isASCII && $0.isLetter }), (1...6).contains(zone.count) else { return fail("has a zone that is not an offset or a name: \"\(zone)\"") }
        return .success((written, zone.uppercased()))
    }
}
