extension SheetTime {
    /// The time on the time line. A zone the cell writes wins; then the column's (`Time
    /// (UTC)`); then `--assume-zone`; a time with none is refused with the way out, as
    /// every reader does. An abbreviation (`EDT`) names no one zone: it needs
    /// `--assume-zone`, and must be what that zone is called at that time.
    /// `what` and `text` name the cell in messages (`Time "2024-03-01 10:00"`).
    func place(hint: TimeHint, reading: TimeReading, what: String, text: String) -> Result<EventTime, WrittenTime.Failure> {
        guard clock != nil else { return .success(.day(date)) }
        var w = written
        let cellSaysZone = offsetSeconds != nil || zone != nil || abbreviation != nil
        if w.offsetSeconds == nil, !cellSaysZone { w.offsetSeconds = hint.offsetSeconds }
        if w.offsetSeconds != nil { return reading.place(w, text: text, what: what) }
        if let zone = zone ?? (cellSaysZone ? nil : hint.zone) {
            var inZone = reading
            inZone.assumedZone = zone
            return inZone.place(w, text: text, what: what)
        }
        guard let abbreviation = abbreviation ?? hint.abbreviation else {
            return reading.place(w, text: text, what: what)
        }
        guard let assumed = reading.assumedZone else {
            return .failure(.init(message: "\(what) \"\(text)\" is in \(abbreviation), an abbreviation that names no one zone (several use it, with different offsets and rules); name the zone in the column's header, as \"Time (America/New_York)\", or add --assume-zone with the zone the writer used"))
        }
        let placed = reading.place(w, text: text, what: what, abbreviation: abbreviation)
        if case .success(.instant(let instant, _)) = placed, assumed.identifier != "UTC",
           let actual = assumed.abbreviation(at: instant), actual != abbreviation {
            return .failure(.init(message: "\(what) \"\(text)\" says \(abbreviation), but \(assumed.identifier) (--assume-zone) is on \(actual) then"))
        }
        return placed
    }
}
