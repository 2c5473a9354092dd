/// Places the times other tools write on the time line, with the user's rules for times
/// that carry no zone: never guessed, `--assume-zone ZONE` applies to them only, a wall
/// time that does not exist in that zone (a DST gap) is an error, and one that happened
/// twice (a DST overlap) is an error unless an abbreviation written with it (`CET`/`CEST`)
/// or `--ambiguous earlier|later` settles it.
public struct TimeReading: Sendable {
    /// What to do with a wall time that happened twice.
    public enum Ambiguous: String, Sendable, CaseIterable {
        case earlier, later
    }

    /// The zone for times written without one (`--assume-zone`); nil refuses them.
    public var assumedZone: Zone?
    /// Whether `assumedZone` was given for this file by name (`--assume-zone iis.log=…`):
    /// only then does it move times whose writer defines their zone (IIS's `date time`
    /// are UTC); a zone given for every file of a merge is for the files that write none.
    public var assumedZoneNamesThisFile = false
    /// `--ambiguous`; nil refuses a wall time that happened twice.
    public var ambiguous: Ambiguous?
    /// The year of the first line of a log that writes none (`--assume-year`, BSD
    /// syslog); nil refuses such lines.
    public var assumedYear: Int?
    /// The date of the first line of a log that writes only the time of day
    /// (`--assume-date`, strace `-t`/`-tt`); nil refuses such lines.
    public var assumedDate: CivilDate?
    /// The order of day and month in numeric dates a column does not name
    /// (`--date-order`); nil: the file must show it, or the date is refused.
    public var dateOrder: DateOrder?

    public init(assumedZone: Zone? = nil, ambiguous: Ambiguous? = nil) {
        self.assumedZone = assumedZone
        self.ambiguous = ambiguous
    }

    /// The way out offered when a time has no zone.
    public static let noZoneAdvice = "add --assume-zone UTC (or the zone the writer used)"

    /// `text` read as a time; `what` names it in messages (a column, a field: `datetime`).
    /// `abbreviation` is a zone name written beside the time (`CEST`), used only to settle
    /// a DST overlap.
    public func read(_ text: String, what: String, abbreviation: String? = nil) -> Result<EventTime, WrittenTime.Failure> {
        switch WrittenTime.parse(text) {
        case .failure(let f): return .failure(WrittenTime.Failure(message: "\(what) \(f.message)"))
        case .success(let w): return place(w, text: text, what: what, abbreviation: abbreviation)
        }
    }

    /// A parsed time placed on the time line (see `read`).
    public func place(_ w: WrittenTime, text: String, what: String, abbreviation: String? = nil) -> Result<EventTime, WrittenTime.Failure> {
        guard let clock = w.clock else { return .success(.day(w.date)) }
        let nanos = Int32(clock.nanoseconds)
        if let offset = w.offsetSeconds {
            return .success(.instant(Instant(seconds: w.localSeconds - Int64(offset), nanoseconds: nanos),
                                     form(offset, clock)))
        }
        guard let zone = assumedZone else {
            return .failure(.init(message: "\(what) \"\(text)\" has no zone; \(Self.noZoneAdvice)"))
        }
        let local = w.localSeconds
        let candidates = Self.instants(forWallSeconds: local, in: zone)
        switch candidates.count {
        case 0:
            return .failure(.init(message: "\(what) \"\(text)\" does not exist in \(zone.identifier): the clocks skipped it (a change to summer time)"))
        case 1:
            let o = candidates[0]
            return .success(.instant(Instant(seconds: local - Int64(o), nanoseconds: nanos), form(o, clock, assumed: true)))
        default:
            let early = candidates.max()!  // the larger offset east comes first on the time line
            let late = candidates.min()!
            var chosen: Int?
            if let abbreviation {
                let named = candidates.filter { zone.abbreviation(at: Instant(seconds: local - Int64($0))) == abbreviation }
                if named.count == 1 { chosen = named[0] }
            }
            if chosen == nil, let ambiguous { chosen = ambiguous == .earlier ? early : late }
            guard let o = chosen else {
                return .failure(.init(message: "\(what) \"\(text)\" happened twice in \(zone.identifier) (at \(Self.offsetText(early)) and at \(Self.offsetText(late))); add --ambiguous earlier or --ambiguous later"))
            }
            return .success(.instant(Instant(seconds: local - Int64(o), nanoseconds: nanos), form(o, clock, assumed: true)))
        }
    }

    private func form(_ offset: Int, _ c: WrittenTime.Clock, assumed: Bool = false) -> EventTime.WrittenForm {
        EventTime.WrittenForm(offsetSeconds: offset, hasSeconds: c.hasSeconds, fractionDigits: c.fractionDigits,
                              zoneAssumed: assumed)
    }

    /// The offsets at which a wall-clock reading (seconds as if UTC) exists in `zone`:
    /// none in a gap, two in an overlap.
    static func instants(forWallSeconds local: Int64, in zone: Zone) -> [Int] {
        var offsets: [Int] = []
        for probe in [local - 86_400, local, local + 86_400] {
            let o = zone.offset(at: Instant(seconds: probe))
            if !offsets.contains(o) { offsets.append(o) }
        }
        return offsets.filter { zone.offset(at: Instant(seconds: local - Int64($0))) == $0 }
    }

    /// `+02:00`, `-05:00`.
    static func offsetText(_ seconds: Int) -> String {
        let a = abs(seconds)
        let h = a / 3600
        let m = a / 60 % 60
        return (seconds < 0 ? "-" : "+") + (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }
}

/// The units an epoch number can be in; never guessed from its size.
public enum EpochUnit: String, Sendable, CaseIterable {
    case s, ms, us, ns

    /// Digits of a second the unit carries (0, 3, 6, 9).
    var fractionDigits: Int {
        switch self { case .s: 0; case .ms: 3; case .us: 6; case .ns: 9 }
    }

    /// `value` (in this unit, written as decimal digits, maybe with a fraction) as a time
    /// in UTC, exact to the digits written; nil when it is not a number or out of range.
    public func time(_ text: String) -> EventTime? {
        var text = text
        return text.withUTF8 { time(bytes: $0) }
    }

    /// `time` of the text's UTF-8 bytes.
    func time(bytes: UnsafeBufferPointer<UInt8>) -> EventTime? {
        var t = bytes[...]
        var negative = false
        if t.first == 0x2D { negative = true; t = t.dropFirst() }
        let point = t.firstIndex(of: 0x2E)
        let whole = t[..<(point ?? t.endIndex)]
        func isDigits(_ s: Slice<UnsafeBufferPointer<UInt8>>) -> Bool { s.allSatisfy { $0 &- 0x30 <= 9 } }
        guard !whole.isEmpty, whole.count <= 19, isDigits(whole) else { return nil }
        var w: Int64 = 0
        for d in whole {
            let (times, o1) = w.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(Int64(d - 0x30))
            guard !o1, !o2 else { return nil }
            w = sum
        }
        var fraction = point.map { t[($0 + 1)...] } ?? t[t.endIndex...]
        guard point == nil || (!fraction.isEmpty && isDigits(fraction)) else { return nil }
        // Nanoseconds of the whole value: the unit's digits plus those written after a point.
        let perSecond: Int64 = [1, 1_000, 1_000_000, 1_000_000_000][EpochUnit.allCases.firstIndex(of: self)!]
        var seconds = w / perSecond
        var nanos = (w % perSecond) * (1_000_000_000 / perSecond)
        let extraDigits = min(fraction.count, 9 - fractionDigits)
        fraction = fraction.prefix(max(0, extraDigits))
        if !fraction.isEmpty {
            var f: Int64 = 0
            for d in fraction { f = f * 10 + Int64(d - 0x30) }
            for _ in fraction.count..<9 { f *= 10 }
            nanos += f / perSecond
        }
        if negative {
            seconds = -seconds
            if nanos > 0 { seconds -= 1; nanos = 1_000_000_000 - nanos }
        }
        guard abs(seconds) < 253_402_300_800 else { return nil }  // before year 10000
        return .instant(Instant(seconds: seconds, nanoseconds: Int32(nanos)),
                        EventTime.WrittenForm(offsetSeconds: 0, hasSeconds: true,
                                              fractionDigits: fractionDigits + fraction.count))
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
