extension JSONEventStore {
    /// The event's fields found as places in the file (no `String` for text without
    /// escapes); decoded the plain way when the file had invalid UTF-8 (its bytes are then
    /// not always its text) or the event cannot be read again.
    func values(at position: Int) -> EventValues {
        var v = EventValues()
        values(at: position, into: &v)
        return v
    }

    /// `values(at:)` written into `v`, whose lists keep their room from one event to the
    /// next: a writer of a million events reuses one `EventValues`.
    func values(at position: Int, into v: inout EventValues) {
        guard validUTF8 else { return v = EventValues(event(at: position)) }
        let record = records[position]
        let p = fieldSpans(at: position)
        var c = JSONCursor(base: bytes.base, start: record.offset, end: bytes.count, endName: "file")
        c.trusted = true
        // The time and precision as the first pass read them, when it kept them: not parsed again.
        let known = p.flatMap { p in p.timeForm.map { (EventTime.instant(record.sortInstant, $0), p.precision) } }
        do throws(SyntaxError) {
            try c.readValues(into: &v, depth: depth, known: known)
        } catch {
            return v = EventValues(event(at: position))
        }
        // What the first pass measured of the title and actor (the same bytes: a field said
        // twice fails the load): the writers need not measure them again.
        if let p, p.isMeasured {
            v.titleKnownPlain = p.titleAsWritten?.wrapsByBytes == true
            v.actorKnownPlain = p.actorAsWritten?.wrapsByBytes == true
        }
    }

    /// Reads every byte of the objects of the events at `positions`, a cache line at a
    /// time, so that walking them next finds them in the processor's cache (see
    /// `EventStore.touchObjects`).
    func touchObjects(_ positions: ArraySlice<Int>) -> UInt8 {
        guard fileOffsets.count == records.count else { return 0 }
        let base = bytes.base
        let total = bytes.count
        var seen: UInt8 = 0
        records.withUnsafeBufferPointer { r in
            fileOffsets.withUnsafeBufferPointer { offsets in
                places.withUnsafeBufferPointer { spans in
                    for i in positions {
                        let k = Int(r[i].fileIndex)
                        // The listing's places too: `values` reads the first pass's measures.
                        if k < spans.count { seen ^= spans[k].isUsable ? 1 : 0 }
                        var at = offsets[k]
                        let end = k + 1 < offsets.count ? offsets[k + 1] : total
                        while at < end {
                            seen ^= base[at]
                            at &+= 64
                        }
                    }
                }
            }
        }
        return seen
    }
}
