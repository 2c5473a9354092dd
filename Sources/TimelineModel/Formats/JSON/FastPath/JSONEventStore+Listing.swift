extension LazyEvents {
    /// Where the listed fields of the event at `position` are, if the first pass kept it.
    func listedPlaces(at position: Int) -> ListedPlaces? {
        let index = Int(records[position].fileIndex)
        guard index < places.count, places[index].isUsable else { return nil }
        return places[index]
    }

    /// The listed fields of the event at `position` (see `EventList.listed(at:)`) read at
    /// `p`, its places, without walking its object again. Gives the same `Event` as
    /// `event(at:full: false)`; without `withText`, its `actor` is nil and its `title` empty.
    func listed(at position: Int, places p: ListedPlaces, withText: Bool = true) -> Event {
        let record = records[position]
        let origin = record.offset
        let c = JSONCursor(base: bytes.base, start: origin, end: bytes.count, endName: "file")
        let time = (try? c.parseTime(p.time(from: origin)).get()) ?? .day(CivilDate(year: 1970, month: 1, day: 1))
        let end = p.end(from: origin).flatMap { try? c.parseTime($0).get() }
        return Event(
            id: "", time: time, end: end, precision: p.precision, approximate: p.approximate,
            actor: withText ? p.actor(from: origin).map(c.string) : nil, title: withText ? c.string(p.title(from: origin)) : "",
            fileIndex: Int(record.fileIndex), place: nil, sortInstant: record.sortInstant
        )
    }
}
