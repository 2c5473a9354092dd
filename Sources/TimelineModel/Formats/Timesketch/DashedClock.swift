/// A Timesketch `datetime` whose clock is written with dashes (`2022-11-10T05-07-28+00:00`,
/// the form of a file name, met in real exports): not ISO 8601 (`T05-07` is 05:00 at
/// -07:00 there; dateutil, which Timesketch's JSONL importer uses, reads 05:00). When the record has a `timestamp` (µs since 1970, UTC,
/// what Timesketch sorts by), the time is taken from it, shown with the digits and offset
/// the `datetime` writes; the file's first such record is warned about once.
enum DashedClock {
    /// `text` with its clock's dashes made colons, when it is exactly a date, `T` or a
    /// space, and `HH-MM-SS` (a fraction and a zone may follow); nil otherwise. Only the
    /// whole `HH-MM-SS` is taken: `T05-07` alone is ISO 8601 for 05:00 at -07:00.
    static func colons(_ text: String) -> String? {
        var b = Array(text.utf8)
        guard b.count >= 19, b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " "),
              b[13] == UInt8(ascii: "-"), b[16] == UInt8(ascii: "-"),
              [11, 12, 14, 15, 17, 18].allSatisfy({ b[$0] &- 0x30 <= 9 })
        else { return nil }
        b[13] = UInt8(ascii: ":")
        b[16] = UInt8(ascii: ":")
        return String(decoding: b, as: UTF8.self)
    }

    /// The once-a-file warning (it names no value: see `WarningsSaidOnce`).
    static let warning = "written with dashes in its clock (HH-MM-SS, not ISO 8601's HH:MM:SS; a parser that guesses reads T05-07-28 as 05:00), so it is not read; the time is taken from timestamp (microseconds since 1970, UTC), shown with the digits and offset the datetime writes"

    /// The time of a record whose `datetime` (`written`, read with colons as `clock`) is
    /// not read: the instant of `timestamp` (µs), with the datetime's offset (UTC when it
    /// writes none) and digits. The second value says how the two disagree, if they do.
    static func time(timestamp: String, clock: WrittenTime?, written: String) -> (EventTime, disagreement: String?)? {
        guard !timestamp.contains("."), case .instant(let instant, _)? = EpochUnit.us.time(timestamp) else { return nil }
        let c = clock?.clock
        let form = EventTime.WrittenForm(offsetSeconds: clock?.offsetSeconds ?? 0, hasSeconds: true,
                                         fractionDigits: c?.fractionDigits ?? 0, zoneAssumed: false)
        var disagreement: String?
        if let clock, let c, let offset = clock.offsetSeconds {
            let said = clock.localSeconds - Int64(offset)
            // Compared to the digits the datetime writes.
            let unit = Int64([1_000_000_000, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1][min(c.fractionDigits, 9)])
            if said != instant.seconds || Int64(c.nanoseconds) / unit != Int64(instant.nanoseconds) / unit {
                disagreement = "\"\(written)\" read with colons is not the instant of timestamp \(timestamp); the time is taken from timestamp, as Timesketch sorts by it"
            }
        }
        return (.instant(instant, form), disagreement)
    }
}
