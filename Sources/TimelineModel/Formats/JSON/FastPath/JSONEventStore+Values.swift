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
        if let p, p.idIsKept, let spans = valueSpans, let kept = spans.event(Int(record.fileIndex)) {
            return values(at: record, places: p, spans: spans, kept, into: &v)
        }
        walkedValues(at: position, record: record, places: p, into: &v)
    }

    /// `values(at:into:)` by walking the event's object again, as when the first pass kept
    /// no `valueSpans` (the viewer's exports; tests compare both ways).
    func walkedValues(at position: Int, into v: inout EventValues) {
        guard validUTF8 else { return v = EventValues(event(at: position)) }
        walkedValues(at: position, record: records[position], places: fieldSpans(at: position), into: &v)
    }

    private func walkedValues(at position: Int, record: EventRecord, places p: ListingFieldSpans?, into v: inout EventValues) {
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

    /// `values(at:into:)` from the places the first pass kept: the listed fields' (`p`) and
    /// the others' (`spans`, this event's in `kept`), the object not walked again. The same
    /// values as the walk, field for field (escaped strings decoded, extra fields' JSON
    /// compacted when spaced), in the same order.
    private func values(at record: EventRecord, places p: ListingFieldSpans, spans: EventValueSpans, _ kept: Range<Int>,
                        into v: inout EventValues) {
        v.clear()
        let origin = record.offset
        var c = JSONCursor(base: bytes.base, start: origin, end: bytes.count, endName: "file")
        c.trusted = true
        v.id = p.id(from: origin).map { c.value($0) } ?? .text("")
        if let form = p.timeForm {
            v.time = .instant(record.sortInstant, form)
            v.end = p.end(from: origin).flatMap { try? c.parseTime($0).get() }
        } else {
            (v.time, v.end) = c.times(p.time(from: origin), p.end(from: origin))
        }
        v.precision = p.precision ?? v.time.impliedPrecision
        v.approximate = p.approximate
        v.actor = p.actor(from: origin).map { c.value($0) }
        v.title = c.value(p.title(from: origin))
        let base = bytes.base
        spans.spans.withUnsafeBufferPointer { all in
            var extraName: TextValue?
            for k in kept {
                let span = all[k]
                let start = origin &+ Int(span.start)
                let t = StringToken(start: start, end: start &+ span.length, needsDecoding: span.escaped)
                let value: TextValue = span.simple ? .simple(UnsafeBufferPointer(start: base + start, count: span.length)) : c.value(t)
                switch span.role {
                case .kind: v.kind = value
                case .text: v.text = value
                case .quoteText: v.quote = (value, nil)
                case .quoteLang: v.quote?.lang = value
                case .tag: v.tags.append(value)
                case .sourceName: v.sources.append((value, nil))
                case .sourceURL: v.sources[v.sources.count - 1].url = value
                case .extraName: extraName = value
                case .extraValue:
                    if let name = extraName { v.extraFields.append((name, c.extraFieldJSON(start..<t.end))) }
                    extraName = nil
                case nil: break
                }
            }
        }
        if p.isMeasured {
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
        let kept = valueSpans ?? EventValueSpans()
        records.withUnsafeBufferPointer { r in
        fileOffsets.withUnsafeBufferPointer { offsets in
        places.withUnsafeBufferPointer { spans in
        kept.entries.withUnsafeBufferPointer { entries in
        kept.spans.withUnsafeBufferPointer { values in
            for i in positions {
                let k = Int(r[i].fileIndex)
                // The listing's places too: `values` reads the first pass's measures.
                if k < spans.count { seen ^= spans[k].isUsable ? 1 : 0 }
                // And where the other values are, when the first pass kept that.
                if k < entries.count, Int(entries[k].first) < values.count {
                    seen ^= UInt8(truncatingIfNeeded: values[Int(entries[k].first)].bits)
                }
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
        }
        }
        return seen
    }
}
