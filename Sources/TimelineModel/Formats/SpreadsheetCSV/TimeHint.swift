/// What a time column's name says about the times under it, from what its brackets hold
/// (`Time (UTC)`, `Time (Europe/Paris)`, `Date (DD/MM/YYYY)`, `Time (UTC, DD/MM/YYYY)`).
/// Anything else in brackets (`Time (approx.)`) says nothing.
struct TimeHint: Sendable, Hashable {
    /// The zone of the times written without one: an IANA name or UTC (never `local`).
    var zone: Zone?
    /// A fixed offset east of UTC (`UTC+02:00`, `+05:30`).
    var offsetSeconds: Int?
    /// An abbreviation (`EDT`, `CET`): several places use each, with different offsets
    /// and rules, so it needs `--assume-zone`; it then settles a DST overlap.
    var abbreviation: String?
    /// The order of a date written with slashes or dashes (`03/01/2024`).
    var dayFirst: Bool?

    init(_ hints: [String]) {
        for h in hints {
            let upper = h.uppercased()
            if upper == "UTC" || upper == "GMT" || upper == "Z" {
                zone = .utc
            } else if let o = Self.offset(upper) {
                offsetSeconds = o
            } else if h.contains("/"), h.lowercased() != "local", let z = Zone(identifier: h), z.identifier != "local" {
                zone = z
            } else if let order = Self.dateOrder(upper) {
                dayFirst = order
            } else if (2...5).contains(h.count), h.allSatisfy({ $0.isASCII && $0.isUppercase }) {
                abbreviation = h
            }
        }
    }

    /// `UTC+2`, `UTC+02:00`, `GMT-5`, `+05:30`, `-0800` as seconds east of UTC (`GMT+1`
    /// as people write it, one hour east: not the reversed sign of the tz database's
    /// `Etc/GMT+1`).
    static func offset(_ text: String) -> Int? {
        var t = Substring(text)
        if t.hasPrefix("UTC") || t.hasPrefix("GMT") { t = t.dropFirst(3) }
        guard let sign = t.first, sign == "+" || sign == "-" || sign == "−" else { return nil }
        t = t.dropFirst()
        let parts = t.contains(":") ? t.split(separator: ":").map(String.init)
            : t.count == 4 ? [String(t.prefix(2)), String(t.suffix(2))] : [String(t)]
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCIIDigit) }),
              let h = Int(parts[0]), h <= 14
        else { return nil }
        let m = parts.count == 2 ? Int(parts[1])! : 0
        guard m < 60 else { return nil }
        return (sign == "+" ? 1 : -1) * (h * 3600 + m * 60)
    }

    /// `DD/MM/YYYY` (day first: true), `MM/DD/YYYY` (false); `YYYY-MM-DD` says nothing a
    /// date needs (nil), as does anything that is not such a pattern.
    static func dateOrder(_ upper: String) -> Bool? {
        // French `JJ/MM/AAAA`, German `TT.MM.JJJJ`, Spanish `DD/MM/AAAA`: the same pattern
        // with the language's letters for day and year.
        var letters = upper.filter { $0 != " " }
        if letters.contains("TT") { letters = letters.replacingOccurrences(of: "JJJJ", with: "YYYY").replacingOccurrences(of: "TT", with: "DD") }
        letters = letters.replacingOccurrences(of: "AAAA", with: "YYYY").replacingOccurrences(of: "JJ", with: "DD")
        guard letters.contains("D"), letters.contains("M"), letters.contains("Y"),
              letters.allSatisfy({ "DMYHS:/.-".contains($0) }),
              let d = letters.firstIndex(of: "D"), let m = letters.firstIndex(of: "M")
        else { return nil }
        if letters.first == "Y" { return nil }
        return d < m
    }
}
