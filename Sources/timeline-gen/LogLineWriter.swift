/// Writes synthetic events as a plain JSON Lines log, the shape services write:
/// `{"ts":"RFC 3339","level":…,"service":…,"msg":…,"id":…,"actor":…}`, one a line.
struct LogLineWriter {
    let events: JSONEventWriter
    /// The log level of each kind: alerts are errors, pages warnings, notes debug.
    private let levels: [[UInt8]]

    init(events: JSONEventWriter) {
        self.events = events
        levels = events.pools.kinds.map { kind in
            switch String(decoding: kind, as: UTF8.self) {
            case "alert": Array("error".utf8)
            case "page": Array("warn".utf8)
            case "note": Array("debug".utf8)
            default: Array("info".utf8)
            }
        }
    }

    private static let services = ["auth", "support-tool", "api", "timeline", "audit-log"].map { Array($0.utf8) }

    func write(_ e: SyntheticEvent, to out: inout TextBytes) {
        let pools = events.pools
        out.raw("{\"ts\":\"")
        writeTime(e, to: &out)
        out.raw("\",\"level\":\"")
        out.raw(levels[e.kind])
        out.raw("\",\"service\":\"")
        out.raw(Self.services[e.actor % Self.services.count])
        out.raw("\",\"msg\":\"")
        events.writeTitle(e, to: &out)
        out.raw("\",\"id\":\"ev-")
        out.int(e.index, width: 7)
        out.raw("\",\"actor\":\"")
        out.raw(pools.actors[e.actor])
        out.raw("\"}\n")
    }

    /// The same event as a plain text log line: `2017-11-03T06:00:00.000Z api[12]: title`.
    func writeText(_ e: SyntheticEvent, to out: inout TextBytes) {
        writeTime(e, to: &out)
        out.byte(0x20)
        out.raw(Self.services[e.actor % Self.services.count])
        out.byte(0x5B)
        out.int(e.actor, width: 1)
        out.raw("]: ")
        events.writeTitle(e, to: &out)
        out.byte(0x0A)
    }

    private func writeTime(_ e: SyntheticEvent, to out: inout TextBytes) {
        switch e.form {
        case .exact:
            out.time(e.time, milliseconds: e.milliseconds, .exact)
        case .second(let offset), .minute(let offset):
            // RFC 3339 always has the seconds.
            out.time(e.time, milliseconds: 0, .second(offset))
        case .day:
            out.clock(e.time, seconds: true)
            out.byte(0x5A)
        }
    }
}
