import Foundation

/// A time zone to show a timeline in: an IANA zone (`America/New_York`), `UTC`, or the
/// machine's local zone. Offsets come from the system's tz database, DST included.
///
/// Asking Foundation for an offset costs about a microsecond; to format many events, take
/// a `ZoneOffsets` table once (`ZoneOffsets(zone:from:to:)`) and look offsets up in it.
public struct Zone: Sendable, Hashable {
    /// The name as shown to the user: `America/New_York`, `UTC`, `Europe/Paris`.
    public let identifier: String
    private let timeZone: TimeZone
    private let names: ZoneAbbreviations

    /// UTC.
    public static let utc = Zone(checked: "UTC", TimeZone(secondsFromGMT: 0)!)

    /// The zone named `identifier`: any name the system's tz database resolves
    /// (`Europe/Paris`, `EST5EDT`, `Japan`; case-sensitive, as the database is), `UTC` in
    /// any case, or `local`; nil for anything else. The one rule for `--tz`, the viewer's
    /// `Z`, and a file's `timezone` and `zones`.
    public init?(identifier: String) {
        if identifier.uppercased() == "UTC" || identifier == "Z" {
            self = .utc
            return
        }
        if identifier == "local" {
            self = Zone.local
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

    private init(checked identifier: String, _ timeZone: TimeZone) {
        self.identifier = identifier
        self.timeZone = timeZone
        self.names = ZoneAbbreviations(identifier: timeZone.identifier)
    }

    /// Seconds east of UTC at `instant` (New York in November 2017: −14400, then −18000).
    public func offset(at instant: Instant) -> Int {
        timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant.seconds)))
    }

    /// The first instant after `instant` at which the offset changes, if any is known.
    public func nextTransition(after instant: Instant) -> Instant? {
        let after = Date(timeIntervalSince1970: TimeInterval(instant.seconds))
        guard let next = timeZone.nextDaylightSavingTimeTransition(after: after) else { return nil }
        let s = next.timeIntervalSince1970.rounded(.down)
        guard s.isFinite, abs(s) < 1e15 else { return nil }
        return Instant(seconds: Int64(s))
    }

    /// The abbreviation in use at `instant` (`EDT`, `CET`), or nil when the tz database
    /// has only a numeric one (`+0530`) or none.
    public func abbreviation(at instant: Instant) -> String? {
        if identifier == "UTC" { return nil }
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
