import Foundation

/// A time zone to show a timeline in: an IANA zone (`America/New_York`), `UTC`, the
/// machine's local zone, or a fixed offset (`UTC+05:30`: no abbreviation, no summer time).
/// Offsets of a named zone come from the system's tz database, DST included.
///
/// Asking Foundation for an offset costs about a microsecond; to format many events, take
/// a `ZoneOffsets` table once (`ZoneOffsets(zone:from:to:)`) and look offsets up in it.
public struct Zone: Sendable, Hashable {
    /// The name as shown to the user: `America/New_York`, `UTC`, `Europe/Paris`.
    public let identifier: String
    private let rule: Rule

    /// Where the offsets come from.
    private enum Rule: Sendable {
        case database(TimeZone, ZoneAbbreviations)
        /// Seconds east of UTC, all year round.
        case fixed(Int)
    }

    /// UTC.
    public static let utc = Zone(checked: "UTC", TimeZone(secondsFromGMT: 0)!)

    /// The zone named `identifier`: any name the system's tz database resolves
    /// (`Europe/Paris`, `EST5EDT`, `Japan`; case-sensitive, as the database is), `UTC` in
    /// any case, `local`, or a fixed offset (`+05:30`, `UTC-04:00`, `+0530`: see
    /// `OffsetName`); nil for anything else. The one rule for `--tz`, `--assume-zone`, the
    /// viewer's `Z`, and a file's `timezone` and `zones`.
    public init?(identifier: String) {
        if identifier.uppercased() == "UTC" || identifier == "Z" {
            self = .utc
            return
        }
        if identifier == "local" {
            self = Zone.local
            return
        }
        if let offset = OffsetName.parse(identifier) {
            guard case .success(let seconds) = offset else { return nil }
            self.init(offsetSeconds: seconds)
            return
        }
        // Foundation also takes abbreviations (`PST`) and odd spellings: insist on a name
        // with a TZif file in the database (when the system has one to ask).
        let named = ZoneAbbreviations.databaseHas(identifier)
            ?? (identifier.contains("/") || TimeZone.knownTimeZoneIdentifiers.contains(identifier))
        guard named, let tz = TimeZone(identifier: identifier), tz.identifier == identifier
        else { return nil }
        self.init(checked: identifier, tz)
    }

    /// The machine's zone (`TZ`, else `/etc/localtime`).
    public static var local: Zone {
        let tz = TimeZone.current
        return Zone(checked: tz.identifier, tz)
    }

    /// The fixed offset of `seconds` east of UTC, named `UTC+05:30` (UTC for 0).
    public init(offsetSeconds seconds: Int) {
        if seconds == 0 {
            self = .utc
        } else {
            self.identifier = OffsetName.name(seconds)
            self.rule = .fixed(seconds)
        }
    }

    /// Why `text`, which looks like an offset, names no zone (`+25:00`: hours go up to
    /// 23); nil when it is a good offset or no offset at all.
    public static func offsetProblem(_ text: String) -> String? {
        if case .failure(let problem)? = OffsetName.parse(text) { return problem.message }
        return nil
    }

    private init(checked identifier: String, _ timeZone: TimeZone) {
        self.identifier = identifier
        self.rule = .database(timeZone, ZoneAbbreviations(identifier: timeZone.identifier))
    }

    /// Whether this is a fixed offset other than UTC (`UTC+05:30`): its name says its
    /// offset, and it never changes.
    public var isFixedOffset: Bool {
        if case .fixed = rule { return true }
        return false
    }

    /// Seconds east of UTC at `instant` (New York in November 2017: −14400, then −18000).
    public func offset(at instant: Instant) -> Int {
        switch rule {
        case .fixed(let seconds): seconds
        case .database(let timeZone, _):
            timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant.seconds)))
        }
    }

    /// The first instant after `instant` at which the offset changes, if any is known.
    public func nextTransition(after instant: Instant) -> Instant? {
        guard case .database(let timeZone, _) = rule else { return nil }
        let after = Date(timeIntervalSince1970: TimeInterval(instant.seconds))
        guard let next = timeZone.nextDaylightSavingTimeTransition(after: after) else { return nil }
        let s = next.timeIntervalSince1970.rounded(.down)
        guard s.isFinite, abs(s) < 1e15 else { return nil }
        return Instant(seconds: Int64(s))
    }

    /// The abbreviation in use at `instant` (`EDT`, `CET`), or nil when the tz database
    /// has only a numeric one (`+0530`) or none.
    public func abbreviation(at instant: Instant) -> String? {
        guard identifier != "UTC", case .database(_, let names) = rule else { return nil }
        let name = names.abbreviation(at: instant.seconds, offset: offset(at: instant))
        return name == "UTC" ? nil : name  // `UTC+00:00 UTC` says it twice
    }

    /// The calendar date of `instant` in this zone.
    public func date(of instant: Instant) -> CivilDate {
        let local = instant.seconds + Int64(offset(at: instant))
        return CivilDate(daysSinceEpoch: local.floorDiv(86_400))
    }

    /// The instant at which `date` begins in this zone (midnight, or the first moment
    /// after a DST gap).
    public func startOfDay(_ date: CivilDate) -> Instant {
        let local = date.daysSinceEpoch * 86_400
        // Two passes settle the offset even across a transition.
        var guess = Instant(seconds: local - Int64(offset(at: Instant(seconds: local))))
        guess = Instant(seconds: local - Int64(offset(at: guess)))
        return guess
    }

    public static func == (lhs: Zone, rhs: Zone) -> Bool { lhs.identifier == rhs.identifier }
    public func hash(into hasher: inout Hasher) { hasher.combine(identifier) }
}

extension Int64 {
    /// Division rounding toward minus infinity (so times before 1970 fall on the right day).
    func floorDiv(_ d: Int64) -> Int64 {
        let q = self / d
        return (self % d != 0 && (self < 0) != (d < 0)) ? q - 1 : q
    }
}
