extension JSONCursor {
    /// The `Event` for fields that passed `check` (the second, lazy pass). Unless `full`,
    /// only what a one-line listing shows is decoded (see `EventList.listed(at:)`).
    func makeEvent(_ e: EventFields, record: EventRecord, full: Bool = true) -> Event {
        func text(_ t: StringToken?) -> String? { t.map(string) }
        let time = times(e.time, e.end)
        let precision = e.precision.flatMap { Precision(rawValue: string($0)) }
        guard full else {
            var listed = Event.listing(time: time, precision: precision, approximate: e.approximate,
                                       actor: text(e.actor), title: text(e.title) ?? "", origins: e.origins, record: record)
            listed.dateZone = text(e.timezone)
            return listed
        }
        let quote = e.quoteText.map { Quote(text: string($0), lang: text(e.quoteLang)) }
        return Event(
            id: text(e.id) ?? "", time: time.time, end: time.end, precision: precision,
            approximate: e.approximate, actor: text(e.actor), kind: text(e.kind), title: text(e.title) ?? "",
            text: text(e.text), quote: quote,
            sources: e.sources, tags: e.tags, extraFields: e.extras,
            fileIndex: Int(record.fileIndex), place: nil, sortInstant: record.sortInstant
        ).withOrigins(e.origins).withDateZone(text(e.timezone))
    }

    /// `time` and `end` as read again. The first pass checked them, so they parse; were
    /// that ever not so, the event shows 1970-01-01 rather than crash.
    func times(_ time: StringToken?, _ end: StringToken?) -> (time: EventTime, end: EventTime?) {
        (time.flatMap { try? parseTime($0).get() } ?? .day(CivilDate(year: 1970, month: 1, day: 1)),
         end.flatMap { try? parseTime($0).get() })
    }
}

extension Event {
    /// An event with only what a one-line listing shows (see `EventList.listed(at:)`).
    static func listing(
        time: (time: EventTime, end: EventTime?), precision: Precision?, approximate: Bool,
        actor: String?, title: String, origins: [String] = [], record: EventRecord
    ) -> Event {
        Event(id: "", time: time.time, end: time.end, precision: precision, approximate: approximate,
              actor: actor, title: title, fileIndex: Int(record.fileIndex), place: nil, sortInstant: record.sortInstant)
            .withOrigins(origins)
    }

    /// The event with `origins` as its files (a saved merge's `source_files`). Consuming:
    /// a copy of the event would retain and release each of its fields (once for every line
    /// of an export).
    consuming func withOrigins(_ origins: [String]) -> Event {
        if !origins.isEmpty { self.origins = origins }
        return self
    }

    /// The event with `zone` as the zone of its date (a saved merge's `timezone`).
    consuming func withDateZone(_ zone: String?) -> Event {
        if zone != nil { dateZone = zone }
        return self
    }
}
