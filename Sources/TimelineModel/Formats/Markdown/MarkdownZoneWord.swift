/// A zone as a Markdown timeline names it beside a time, in a column's header (`Time
/// (UTC)`) or in a line of its own (`All times in CET`, `Time zone: America/New_York`).
///
/// Abbreviations follow the project's one rule (`ZoneAbbreviationOffsets`): only those
/// that always meant one offset give one (`CET`, `PDT`); the others (`CST`, `IST`, `BST`)
/// say a zone was meant, not which, and need `--assume-zone`.
enum MarkdownZoneWord: Equatable {
    /// `Z`, `UTC`, `GMT`, `+02:00`, `UTC+2`, an abbreviation of one offset: seconds east of UTC.
    case offset(Int, name: String)
    /// An IANA name (`Europe/Paris`), or ours' fixed offset name (`UTC+05:30`).
    case named(Zone)
    /// An abbreviation used for several offsets (`CST`).
    case ambiguous(String)

    /// The zone word `text` starts with, and its length in characters. `attachedOffset`:
    /// whether `-04:00` right after a clock is an offset (after a date or seconds) rather
    /// than the dash of a span (`14:30-15:00`).
    static func read(_ text: Substring, attachedOffset: Bool = true) -> (MarkdownZoneWord, Int)? {
        let chars = Array(text)
        var n = 0
        while n < chars.count, chars[n].isLetter || chars[n] == "/" || chars[n] == "_" { n += 1 }
        let word = String(chars[..<n])
        if word == "UTC" || word == "GMT" || word == "Z" {
            if let (seconds, length) = offset(chars[n...], hoursAlone: true) {
                return (.offset(seconds, name: word), n + length)
            }
            return (.offset(0, name: word), n)
        }
        if n == 0 {
            guard attachedOffset, let (seconds, length) = offset(chars[...], hoursAlone: false) else { return nil }
            return (.offset(seconds, name: TimeReading.offsetText(seconds)), length)
        }
        if n < chars.count, chars[n].isLetter || chars[n].isASCIIDigit { return nil }
        if let seconds = ZoneAbbreviationOffsets.fixed[word] { return (.offset(seconds, name: word), n) }
        if ZoneAbbreviationOffsets.ambiguous.contains(word) { return (.ambiguous(word), n) }
        if word.contains("/"), let zone = Zone(identifier: word) { return (.named(zone), n) }
        return nil
    }

    /// `+02:00`, `+0200`, `-04:00`, `−04:00` (a minus sign, as ours writes it); with
    /// `hoursAlone` also `+2`, `+02` (after `UTC`).
    private static func offset(_ c: ArraySlice<Character>, hoursAlone: Bool) -> (Int, Int)? {
        guard let sign = c.first, sign == "+" || sign == "-" || sign == "−" else { return nil }
        let digits = c.dropFirst().prefix { $0.isASCIIDigit || $0 == ":" }
        let text = String(digits)
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        var hours: Int?
        var minutes = 0
        if parts.count == 2, parts[0].count == 2, parts[1].count == 2 {
            hours = Int(parts[0])
            minutes = Int(parts[1]) ?? 99
        } else if parts.count == 1, parts[0].count == 4 {
            hours = Int(parts[0].prefix(2))
            minutes = Int(parts[0].suffix(2)) ?? 99
        } else if hoursAlone, parts.count == 1, (1...2).contains(parts[0].count) {
            hours = Int(parts[0])
        }
        guard let h = hours, h <= 23, minutes <= 59 else { return nil }
        let seconds = (h * 3600 + minutes * 60) * (sign == "+" ? 1 : -1)
        return (seconds, 1 + text.count)
    }

    /// The zone named in a line of prose or a heading: `All times in UTC.`, `(all times
    /// UTC)`, `Times are in PDT`, `Time zone: America/New_York (UTC−04:00 EDT…)`,
    /// `Timezone: UTC`, or a column header `Time (UTC)`, `Date and Time in CET`, `UTC time`.
    static func named(in line: Substring) -> MarkdownZoneWord? {
        let lower = line.lowercased()
        for lead in ["time zone:", "timezone:", "time zone is", "timezone is"] {
            if let r = lower.range(of: lead) {
                let at = line.index(line.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: r.upperBound))
                let rest = line[at...].drop { $0 == " " || $0 == "*" || $0 == "_" }
                // Ours: `Time zone: America/New_York (UTC−04:00 EDT; …)`, the name escaped.
                let name = rest.prefix { $0 != " " && $0 != "(" && $0 != "," && $0 != ";" }
                    .replacingOccurrences(of: "\\", with: "")
                let trimmed = name.hasSuffix(".") ? String(name.dropLast()) : name
                if let zone = Zone(identifier: trimmed) {
                    if zone == .utc { return .offset(0, name: "UTC") }
                    return .named(zone)
                }
                if let (w, _) = read(Substring(trimmed)) { return w }
            }
        }
        // `all times in UTC`, `times are PDT`, `times in CET`, `(UTC)`, `in UTC`.
        let words = line.split { !($0.isLetter || $0.isASCIIDigit || $0 == "/" || $0 == "_" || $0 == "+" || $0 == "-" || $0 == ":") }
        let lowered = words.map { $0.lowercased() }
        let mentionsTimes = lowered.contains { $0 == "time" || $0 == "times" || $0 == "timeline" || $0 == "date" }
        for (i, w) in words.enumerated() {
            guard let (zone, length) = read(w), length == w.count else { continue }
            if case .offset(_, let name) = zone, name.first == "+" || name.first == "-" { continue }
            let before = i > 0 ? lowered[i - 1] : ""
            if mentionsTimes || before == "in" || words.count == 1 { return zone }
        }
        return nil
    }
}
