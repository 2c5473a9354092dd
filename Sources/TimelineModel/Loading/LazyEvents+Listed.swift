extension LazyEvents {
    /// The listed fields of the event at `position` (see `EventList.listed(at:)`) read at
    /// the places the first pass noted, without walking its object again; nil when those
    /// places were not kept. Gives the same `Event` as `event(at:full: false)`.
    /// Without `withText`, the event's `actor` is nil and its `title` empty.
    func listedFromPlaces(at position: Int, withText: Bool = true) -> Event? {
        let record = records[position]
        let index = Int(record.fileIndex)
        guard index < places.count else { return nil }
        let p = places[index]
        guard p.isUsable else { return nil }
        let origin = record.offset
        let c = JSONCursor(base: bytes.base, start: origin, end: bytes.count, endName: "file")
        let time = (try? c.parseTime(p.time(from: origin)).get()) ?? .day(CivilDate(year: 1970, month: 1, day: 1))
        let end = p.end(from: origin).flatMap { try? c.parseTime($0).get() }
        return Event(
            id: "", time: time, end: end, precision: p.precision, approximate: p.approximate,
            actor: withText ? p.actor(from: origin).map(c.string) : nil, title: withText ? c.string(p.title(from: origin)) : "",
            fileIndex: index, place: nil, sortInstant: record.sortInstant
        )
    }
}
