extension JSONEventStore {
    /// The event's fields found as places in the file (no `String` for text without
    /// escapes); decoded the plain way when the file had invalid UTF-8 (its bytes are then
    /// not always its text) or the event cannot be read again.
    func values(at position: Int) -> EventValues {
        guard validUTF8 else { return EventValues(event(at: position)) }
        let record = records[position]
        var c = JSONCursor(base: bytes.base, start: record.offset, end: bytes.count, endName: "file")
        c.trusted = true
        guard let f = try? c.readEvent(index: Int(record.fileIndex), depth: depth, keep: false, tokens: true)
        else { return EventValues(event(at: position)) }
        func value(_ t: StringToken) -> TextValue {
            t.needsDecoding ? .text(c.string(t)) : .bytes(UnsafeBufferPointer(start: c.base + t.start, count: t.count))
        }
        func json(_ range: Range<Int>) -> TextValue {
            let raw = UnsafeBufferPointer(start: c.base + range.lowerBound, count: range.count)
            let spaced = raw.contains { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
            return spaced ? .text(c.compactJSON(range)) : .bytes(raw)
        }
        let times = c.times(f.time, f.end)
        let precision = f.precision.flatMap { Precision(rawValue: c.string($0)) } ?? times.time.impliedPrecision
        return EventValues(
            id: f.id.map(value) ?? .text(""), time: times.time, end: times.end, precision: precision,
            approximate: f.approximate, actor: f.actor.map(value), kind: f.kind.map(value),
            title: f.title.map(value) ?? .text(""), text: f.text.map(value),
            quote: f.quoteText.map { (value($0), f.quoteLang.map(value)) },
            sources: f.sourceTokens.map { (value($0.name), $0.url.map(value)) },
            tags: f.tagTokens.map(value),
            extraFields: f.extraPlaces.map { (value($0.name), json($0.value)) }
        )
    }
}
