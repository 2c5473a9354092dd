/// What Plaso writes for "no time" and the precision of its date and time classes.
enum PlasoTime {
    /// `0000-00-00T00:00:00+00:00` (dynamic), `00/00/0000` (l2tcsv), `Not set`.
    static func isNoTime(_ text: String) -> Bool {
        text.hasPrefix("0000-00-00") || text.hasPrefix("00/00/0000") || text == "Not set" || text == "N/A"
    }

    /// Digits of a second a dfdatetime class carries (its default precision in
    /// log2timeline/dfdatetime: `TimeElements` 0, `RFC2579DateTime` 1, `FATTimestamp` 2,
    /// `Systemtime` 3, `PosixTimeInMicroseconds` 6, `Filetime` 7, `APFSTime` 9); nil for a
    /// class that carries no time.
    static func fractionDigits(ofClass name: String) -> Int? {
        switch name {
        case "SemanticTime", "InvalidTime", "NotSet", "Never": nil
        case "RFC2579DateTime": 1
        case "FATTimestamp": 2
        case "TimeElementsInMilliseconds", "PosixTimeInMilliseconds", "JavaTime", "Systemtime", "DelphiDateTime": 3
        case "TimeElementsInMicroseconds", "PosixTimeInMicroseconds", "WebKitTime", "OLEAutomationDate", "FakeTime": 6
        case "Filetime", "DotNetDateTime", "UUIDTime": 7
        case "PosixTimeInNanoseconds", "TimeElementsInNanoseconds", "APFSTime", "GolangTime": 9
        default: 0  // TimeElements, PosixTime, FATDateTime, HFSTime, CocoaTime… to the second
        }
    }

    /// The time a `date_time` holds to more digits than `timestamp`'s µs (which Plaso
    /// rounds to the µs): its own count since its epoch, for the classes that keep one in
    /// `timestamp` — ns since 1970 (`PosixTimeInNanoseconds`, `APFSTime`), 100 ns since
    /// 1601 (`Filetime`), 1582-10-15 (`UUIDTime`) or 0001-01-01 (`DotNetDateTime`).
    static func exactTime(_ dateTime: JSONValue?, className: String) -> EventTime? {
        guard let text = dateTime?["timestamp"]?.text else { return nil }
        let secondsBefore1970: Int64
        switch className {
        case "PosixTimeInNanoseconds", "APFSTime": return EpochUnit.ns.time(text)
        case "Filetime": secondsBefore1970 = 11_644_473_600
        case "UUIDTime": secondsBefore1970 = 12_219_292_800
        case "DotNetDateTime": secondsBefore1970 = 62_135_596_800
        default: return nil
        }
        guard let ticks = Int64(text), ticks >= 0 else { return nil }
        let seconds = ticks / 10_000_000 - secondsBefore1970
        guard abs(seconds) < 253_402_300_800 else { return nil }  // before year 10000
        return .instant(Instant(seconds: seconds, nanoseconds: Int32(ticks % 10_000_000) * 100),
                        EventTime.WrittenForm(offsetSeconds: 0, hasSeconds: true, fractionDigits: 7))
    }

    /// The time a `date_time` marked `is_local_time` holds, as text without a zone
    /// (`2022-10-07T11:39:03`), when Plaso's `timestamp` is its elements read as UTC: the
    /// source wrote a local time with no zone (a syslog line), and Plaso, told no zone,
    /// took it as UTC. nil when Plaso placed it in a zone it knew (the two differ), or
    /// for any other `date_time`. `digits` of a second are kept from `instant`.
    static func unzonedLocalTime(_ dateTime: JSONValue?, _ instant: Instant, digits: Int) -> String? {
        guard dateTime?["is_local_time"] == .bool(true), let tuple = dateTime?["time_elements_tuple"]?.elements,
              tuple.count >= 6 else { return nil }
        let v = tuple.prefix(6).compactMap { $0.value.text.flatMap { Int($0) } }
        guard v.count == 6, (1...9999).contains(v[0]), (1...12).contains(v[1]), (1...31).contains(v[2]) else { return nil }
        let seconds = CivilDate(year: v[0], month: v[1], day: v[2]).daysSinceEpoch * 86_400 + Int64(v[3] * 3600 + v[4] * 60 + v[5])
        guard seconds == instant.seconds else { return nil }
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        var text = "\(pad(v[0], 4))-\(pad(v[1], 2))-\(pad(v[2], 2))T\(pad(v[3], 2)):\(pad(v[4], 2)):\(pad(v[5], 2))"
        if digits > 0 { text += "." + pad(Int(instant.nanoseconds), 9).prefix(digits) }
        return text
    }

    /// The time as the source wrote it: a `date_time` with a `time_zone_offset` (minutes
    /// east of UTC; `timestamp` is already UTC) was written in that offset.
    static func inWrittenOffset(_ time: EventTime, _ dateTime: JSONValue?) -> EventTime {
        guard case .instant(let instant, var form) = time,
              let minutes = dateTime?["time_zone_offset"]?.text.flatMap({ Int($0) }), abs(minutes) < 24 * 60
        else { return time }
        form.offsetSeconds = minutes * 60
        return .instant(instant, form)
    }
}
