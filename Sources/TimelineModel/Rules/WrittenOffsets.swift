/// The UTC offsets a file's times were written with, noted as each event is read (no
/// second pass), and the home zone they give a file that names none:
///
/// 1. `--assume-zone Z` for the file, when Z placed any of its times, or when its times
///    carry no offset of their own or different ones: Z (the times show as written);
/// 2. every time written with one and the same offset: that offset as a zone
///    (`UTC+05:30`; `Z` and `+00:00` give UTC);
/// 3. different offsets (summer time, or several hosts): UTC, and a note says why
///    (`offsets vary: +01:00, +02:00; home zone UTC`);
/// 4. no time of day at all: UTC.
///
/// A zone the file names itself (`timezone`, a Statuspage page's `time_zone`) comes before
/// all of these (`TimelineBuilder.finish`).
struct WrittenOffsets: Sendable {
    /// The first offset written, in seconds east of UTC.
    private(set) var first: Int32?
    /// The offsets written, in the order first seen: at most `listed`, enough for a note.
    private(set) var seen: [Int32] = []
    /// Whether more offsets were seen than `seen` lists.
    private(set) var more = false
    /// Whether a time was written without a zone and placed in the assumed one.
    private(set) var assumed = false

    private static let listed = 3

    /// Notes the offset of `time`, when it is an instant.
    @inline(__always) mutating func note(_ time: EventTime) {
        guard case .instant(_, let form) = time else { return }
        if form.zoneAssumed {
            assumed = true
        } else if Int32(truncatingIfNeeded: form.offsetSeconds) != first {
            noteOther(Int32(truncatingIfNeeded: form.offsetSeconds))
        }
    }

    private mutating func noteOther(_ offset: Int32) {
        if first == nil { first = offset }
        guard !seen.contains(offset) else { return }
        if seen.count < Self.listed { seen.append(offset) } else { more = true }
    }

    /// Adds what `later` (the second part of a file read in two) noted.
    mutating func append(_ later: WrittenOffsets) {
        assumed = assumed || later.assumed
        for o in later.seen { noteOther(o) }
        more = more || later.more
    }

    /// The home zone these offsets give (see the type's rules), and the note that says
    /// why it is UTC when the offsets vary.
    func home(assumedZone: Zone?) -> (zone: Zone, note: String?) {
        let varies = seen.count > 1
        if let assumedZone, assumed || first == nil || varies { return (assumedZone, nil) }
        guard let first else { return (.utc, nil) }
        guard varies else { return (Zone(offsetSeconds: Int(first)), nil) }
        let list = seen.map { TimeReading.offsetText(Int($0)) }.joined(separator: ", ") + (more ? ", …" : "")
        return (.utc, "offsets vary: \(list); home zone UTC")
    }
}
