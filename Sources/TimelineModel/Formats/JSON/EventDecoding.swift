extension JSONCursor {
    /// The `Event` for fields that passed `check` (the second, lazy pass). Unless `full`,
    /// only what a one-line listing shows is decoded (see `EventList.listed(at:)`).
    func makeEvent(_ e: EventFields, record: EventRecord, full: Bool = true) -> Event {
        func text(_ t: StringToken?) -> String? { t.map(string) }
        let time = e.time.flatMap { try? parseTime($0).get() } ?? .day(CivilDate(year: 1970, month: 1, day: 1))
        let end = e.end.flatMap { try? parseTime($0).get() }
        let precision = e.precision.flatMap { Precision(rawValue: string($0)) }
        guard full else {
            return Event(
                id: "", time: time, end: end, precision: precision, approximate: e.approximate,
                actor: text(e.actor), title: text(e.title) ?? "",
                fileIndex: Int(record.fileIndex), place: nil, sortInstant: record.sortInstant
            )
        }
        let quote = e.quoteText.map { Quote(text: string($0), lang: text(e.quoteLang)) }
        return Event(
            id: text(e.id) ?? "", time: time, end: end, precision: precision,
            approximate: e.approximate, actor: text(e.actor), kind: text(e.kind), title: text(e.title) ?? "",
            text: text(e.text), quote: quote,
            sources: e.sources, tags: e.tags, extraFields: e.extras,
            fileIndex: Int(record.fileIndex), place: nil, sortInstant: record.sortInstant
        )
    }
}
