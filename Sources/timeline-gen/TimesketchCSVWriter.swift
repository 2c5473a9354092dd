/// Writes synthetic events as a Timesketch CSV file: the four columns Timesketch needs
/// (`message`, `datetime`, `timestamp_desc`, `timestamp` in microseconds since 1970), its
/// `tag` column, and extras (`id`, `actor`, `kind`, `text`, `url`), comma-separated, every
/// text field quoted (RFC 4180; a text's second paragraph is a real line break inside quotes).
struct TimesketchCSVWriter {
    let events: JSONEventWriter

    static let header = "message,datetime,timestamp_desc,timestamp,tag,id,actor,kind,text,url\n"

    func write(_ e: SyntheticEvent, to out: inout TextBytes) {
        let pools = events.pools
        quoted(&out) { events.writeTitle(e, to: &$0) }
        out.byte(0x2C)
        // Timesketch wants a full instant: every event gets its exact moment, in UTC.
        let exact: Bool
        if case .exact = e.form { exact = true } else { exact = false }
        out.clock(e.time, seconds: true)
        if exact {
            out.byte(0x2E)
            out.int(e.milliseconds, width: 3)
            out.raw("000")
        }
        out.raw("+00:00,Event Recorded,")
        out.int(e.time * 1_000_000 + (exact ? e.milliseconds * 1000 : 0))
        out.byte(0x2C)
        quoted(&out) { out in
            for (k, tag) in e.tags(poolSize: pools.tags.count).enumerated() {
                if k > 0 { out.byte(0x2C) }
                out.raw(pools.tags[tag])
            }
        }
        out.raw(",ev-")
        out.int(e.index, width: 7)
        out.byte(0x2C)
        quoted(&out) { $0.raw(pools.actors[e.actor]) }
        out.byte(0x2C)
        out.raw(pools.kinds[e.kind])
        out.byte(0x2C)
        quoted(&out) { events.writeText(e, paragraphBreak: "\n\n", to: &$0) }
        out.byte(0x2C)
        if let source = e.sources.first, let url = pools.sources[source.pool].url {
            out.raw(url)
            out.int(source.number)
        }
        out.byte(0x0A)
    }

    /// A CSV field in double quotes, any `"` in it doubled.
    private func quoted(_ out: inout TextBytes, _ body: (inout TextBytes) -> Void) {
        out.byte(0x22)
        var field = TextBytes(capacity: 256)
        body(&field)
        for b in field.bytes {
            if b == 0x22 { out.byte(0x22) }
            out.byte(b)
        }
        out.byte(0x22)
    }
}
