extension TimeFormatter {
    /// Whose day, month or year `event` is, when it is known only to that and shown in
    /// another zone than its own (`dateZone(of:)`): ` (day in America/New_York)`; nil
    /// otherwise.
    /// Lists that keep a narrow time column (the screen, the lanes) put it on the day
    /// heading instead of on every row.
    public func homePeriodNote(of event: Event) -> String? {
        guard Self.isDayOnly(event), case let whose = dateZone(of: event), zone != whose,
              let period = event.time.period(at: max(event.precision, .day))
        else { return nil }
        return " (\(period.unitName) in \(whose.identifier))"
    }

    /// The time of `event` as a narrow column shows it: `time(of:)` without the note of
    /// whose day it is (`time unknown`, `Nov 2017`), which goes on the heading
    /// (`homePeriodNote(of:)`).
    public func compactTime(of event: Event) -> String {
        let time = time(of: event)
        guard let note = homePeriodNote(of: event), time.hasSuffix(note) else { return time }
        return String(time.dropLast(note.count))
    }
}
