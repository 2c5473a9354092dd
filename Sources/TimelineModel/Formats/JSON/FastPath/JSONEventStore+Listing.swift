extension JSONEventStore {
    /// Where the listed fields of the event at `position` are, if the first pass kept it.
    func fieldSpans(at position: Int) -> ListingFieldSpans? {
        let index = Int(records[position].fileIndex)
        guard index < places.count, places[index].isUsable else { return nil }
        return places[index]
    }

    /// The listed fields of the event at `position` (see `EventList.listed(at:)`) read at
    /// `p`, its places, without walking its object again. Gives the same `Event` as
    /// `event(at:full: false)`; without `withText`, its `actor` is nil and its `title` empty.
    func listed(at position: Int, places p: ListingFieldSpans, withText: Bool = true) -> Event {
        let record = records[position]
        let origin = record.offset
        // A cursor only when something is read from the file (a listed line without its
        // text, whose time the first pass kept, reads nothing).
        let bytes = self.bytes
        let assumedZone = self.assumedZone
        func cursor() -> JSONCursor {
            var c = JSONCursor(base: bytes.base, start: origin, end: bytes.count, endName: "file")
            c.assumedZone = assumedZone
            return c
        }
        // The time as the first pass read it, when it kept it; else read again.
        let times: (time: EventTime, end: EventTime?) = if let form = p.timeForm {
            (.instant(record.sortInstant, form), p.end(from: origin).flatMap { try? cursor().parseTime($0).get() })
        } else {
            cursor().times(p.time(from: origin), p.end(from: origin))
        }
        return Event.listing(
            time: times, precision: p.precision, approximate: p.approximate,
            actor: withText ? p.actor(from: origin).map { cursor().string($0) } : nil,
            title: withText ? cursor().string(p.title(from: origin)) : "",
            record: record
        )
    }
}

extension JSONEventStore {
    /// Events listed in sorted order sit all over the file: reading their places and the
    /// first bytes of their time and text one after another waits on memory for each.
    /// This loop asks for them all at once (the processor runs its independent reads side
    /// by side), so that the listing finds them in its cache.
    func touchListed(_ positions: ArraySlice<Int>) -> UInt8 {
        guard !places.isEmpty else { return 0 }
        let base = bytes.base
        var seen: UInt8 = 0
        records.withUnsafeBufferPointer { r in
            places.withUnsafeBufferPointer { p in
                for i in positions {
                    let origin = r[i].offset
                    let spans = p[Int(r[i].fileIndex)]
                    let title = spans.title(from: origin)
                    seen ^= base[spans.time(from: origin).start] ^ base[title.start] ^ base[title.end]
                    if let actor = spans.actor(from: origin) { seen ^= base[actor.start] }
                }
            }
        }
        return seen
    }
}
