/// A record that a service's file holds twice: the same id the service gave it (PagerDuty's
/// log entry id, Okta's `uuid`, GitHub's `_document_id`, Grafana's and Sentry's ids) and
/// the same event. A file joined from overlapping pages of an API holds such repeats: the
/// record is shown once and a warning at the repeat says so. The same id on a different
/// event is still refused as a duplicate id, and so is any repeat of an id the author of
/// the file chose (our own format, `--map id=`).
struct RepeatedRecord: Sendable {
    /// The repeat's place in file order (`TimelineBuilder`'s event index) and where its
    /// record starts (`note`'s offset).
    var index: Int
    var offset: Int
    /// What the warning says, and where: at the repeat's id. Nil for a repeat past the
    /// first few, left out without a line of its own (`listedRepeats`).
    var warning: String?
    var place: FieldPlace
}

extension TimelineBuilder {
    /// The events whose service-given id repeats an earlier event's and which are that
    /// event again (`EventDraft.isSameEvent`), in file order. `draft` reads an event whole
    /// again from its record's offset and line (only the few events whose ids repeat are).
    /// Empty at once for a file without service ids. A file of joined pages may repeat
    /// hundreds of records: the first `listedRepeats` are warned about one by one, the
    /// rest in one line at the first of them (`summedUp`).
    func repeatedRecords(draft: (_ offset: Int, _ line: Int) -> EventDraft?) -> [RepeatedRecord] {
        guard hasServiceIds else { return [] }
        let given = events.given
        var found: [RepeatedRecord] = []
        for (at, first) in ids.repeats(text: { given[$0]?.id ?? events.writtenId($0) ?? "" }) {
            let (r, f) = (read.records[at], read.records[first])
            guard let repeated = draft(r.offset, Int(events.lines[at])), repeated.idFromService,
                  let earlier = draft(f.offset, Int(events.lines[first])), earlier.idFromService,
                  repeated.isSameEvent(as: earlier) else { continue }
            found.append(RepeatedRecord(index: at, offset: r.offset,
                                        warning: EventRules.repeatedRecord(repeated.id ?? "", firstAt: earlier.idPlace.place),
                                        place: repeated.idPlace))
        }
        return RepeatedRecord.summedUp(found)
    }
}

extension RepeatedRecord {
    /// How many repeats of a file get a warning of their own before the rest are summed up.
    static let listedRepeats = 3

    /// `found` (in file order) with the warnings past the first `listedRepeats` put in one
    /// line at the first of them, naming how many and the first and last places; a list
    /// one longer than that keeps every warning (a line summing up one says no less).
    static func summedUp(_ found: [RepeatedRecord]) -> [RepeatedRecord] {
        guard found.count > listedRepeats + 1 else { return found }
        var out = found
        let rest = found[listedRepeats...]
        for k in rest.indices { out[k].warning = nil }
        out[listedRepeats].warning = EventRules.moreRepeatedRecords(
            rest.count, first: rest.first!.place.place, last: rest.last!.place.place)
        return out
    }
}

extension EventDraft {
    /// Whether `other` is the same event as written: every value the timeline shows or
    /// exports, whatever its place in the file.
    func isSameEvent(as other: EventDraft) -> Bool {
        id == other.id && time == other.time && timeWritten == other.timeWritten && end == other.end
            && endWritten == other.endWritten && precision == other.precision && approximate == other.approximate
            && actor == other.actor && kind == other.kind && title == other.title && text == other.text
            && quote == other.quote && sources == other.sources && tags == other.tags
            && extraFields == other.extraFields && origins == other.origins && dateZone == other.dateZone
    }
}

extension EventRules {
    /// The warning at a service's record that repeats an earlier one, id and event alike.
    static func repeatedRecord(_ id: String, firstAt place: SourcePlace?) -> String {
        let first = place.map { "the one at line \($0.line), column \($0.column)" } ?? "an earlier one"
        return "entry \(id) repeats \(first): shown once"
    }

    /// The one warning for the repeats past the first few: how many, and where the first
    /// and the last are.
    static func moreRepeatedRecords(_ count: Int, first: SourcePlace?, last: SourcePlace?) -> String {
        func at(_ place: SourcePlace?) -> String { place.map { "line \($0.line), column \($0.column)" } ?? "a place unknown" }
        return "\(count) more entries repeat earlier ones (the first at \(at(first)), the last at \(at(last))): each shown once"
    }
}
