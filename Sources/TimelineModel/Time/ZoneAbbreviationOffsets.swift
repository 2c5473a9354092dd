/// What a zone abbreviation written beside a time (`12:00:01 CET`) says of its offset.
///
/// Only abbreviations that have meant one offset wherever and whenever the tz database
/// uses them give an offset. Others name several zones with different offsets (`CST` is
/// US Central, China and Cuba; `IST` India, Ireland and Israel; `MSK` was +04 from 2011
/// to 2014): a time written with one of them needs `--assume-zone`, where the
/// abbreviation still settles an hour the clocks repeat. Never guessed.
enum ZoneAbbreviationOffsets {
    /// Offsets east of UTC, in seconds, of abbreviations that mean one offset.
    static let fixed: [String: Int] = [
        "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 3600, "CET": 3600, "CEST": 7200, "EET": 7200, "EEST": 10800,
        "EST": -18000, "EDT": -14400, "MST": -25200, "MDT": -21600,
        "PST": -28800, "PDT": -25200, "AKST": -32400, "AKDT": -28800, "HST": -36000, "JST": 32400, "KST": 32400,
        "AEST": 36000, "AEDT": 39600, "ACST": 34200, "ACDT": 37800, "AWST": 28800, "NZST": 43200, "NZDT": 46800,
    ]

    /// Abbreviations in use for several offsets: a zone, but not which.
    static let ambiguous: Set<String> = [
        "CST", "CDT", "IST", "BST", "AST", "ADT", "MSK", "MSD", "SST", "ECT", "GST", "PHT", "SGT", "HKT", "WIB",
        "NST", "NDT", "AMT", "ART", "BRT", "CAT", "EAT", "WAT", "SAST", "IDT", "PKT", "ICT", "MET", "MEST",
    ]

    /// Whether `word` is an abbreviation of either list.
    static func isAbbreviation(_ word: Substring) -> Bool {
        fixed[String(word)] != nil || ambiguous.contains(String(word))
    }
}
