/// A Kubernetes event (core/v1 `Event`) as `kubectl get events -o json` lists them
/// (`{"kind":"List","items":[…]}`), `kubectl get events -A -o json | jq -c '.items[]'`
/// writes them a line each, and the API gives them (`EventList`):
///
/// - **time**: `firstTimestamp` (when it was first seen), else `eventTime` (events from
///   `events.k8s.io` clients, to the µs), else `metadata.creationTimestamp`.
/// - **end**: an event seen more than once (`count` > 1, or a `series`) is a span from its
///   first to its last sighting (`lastTimestamp`, `series.lastObservedTime`), when that is later.
/// - **title**: `reason: message` (`BackOff: Back-off restarting failed container`), with
///   the count when it repeated: `(12 times)`.
/// - **actor**: the object it is about, as kubectl names it: `pod/api-7d9c5b6f4-x2kq8`.
/// - **kind**: `type` (`Normal`, `Warning`).
/// - Every other field is an extra field (the namespace in `involvedObject`, `source`…).
enum KubernetesEvent {
    /// Whether a record is a core/v1 Event: `"kind":"Event"` (or none, in a list's items)
    /// with `involvedObject` and `reason`, and not an audit event.
    static func isEvent(_ first: Record) -> Bool {
        let kind = first.field("kind")?.value.string
        return (kind == "Event" || kind == nil) && first.field("involvedObject")?.value["kind"] != nil && first.field("reason") != nil
            && first.field("apiVersion")?.value.string?.hasPrefix("audit.k8s.io") != true
    }

    static func map(_ record: Record, file: String, options: ReadOptions, into out: inout RecordReading) {
        func text(_ path: String) -> String? {
            guard let v = JSONLogReader.lookup(record, path)?.value.string, !v.isEmpty else { return nil }
            return v
        }
        guard let (timeName, written) = ["firstTimestamp", "eventTime", "metadata.creationTimestamp"].lazy
                .compactMap({ n in text(n).map { (n, $0) } }).first else {
            out.problems.append(Problem(file: file, place: record.place, path: "firstTimestamp",
                                        message: "an event with no firstTimestamp, eventTime or metadata.creationTimestamp"))
            return
        }
        let timeField = JSONLogReader.lookup(record, timeName)
        let time: EventTime
        switch options.time.read(written, what: timeName) {
        case .success(let t): time = t
        case .failure(let e):
            out.problems.append(Problem(file: file, place: timeField?.place ?? record.place, path: "", message: e.message))
            return
        }
        let count = Int(JSONLogReader.lookup(record, "count")?.value.text ?? "") ?? Int(JSONLogReader.lookup(record, "series.count")?.value.text ?? "") ?? 1
        var end: (time: EventTime, written: String, place: FieldPlace)?
        var used = [timeName.split(separator: ".").first.map(String.init) ?? timeName, "reason", "message", "type"]
        if count > 1, let (name, last) = ["lastTimestamp", "series.lastObservedTime"].lazy.compactMap({ n in text(n).map { (n, $0) } }).first,
           case .success(let e) = options.time.read(last, what: name), let from = time.instant, let to = e.instant, to > from {
            end = (e, last, FieldPlace(JSONLogReader.lookup(record, name)?.place ?? record.place, path: name))
            if name == "lastTimestamp" { used.append(name) }
        }
        let reason = text("reason")
        let message = text("message")
        let said = [reason, message].compactMap { $0 }.joined(separator: ": ")
        let made = EventTitle.from(said + (count > 1 ? " (\(count) times)" : ""))
        if made.empty {
            out.warnings.append(Problem(file: file, place: record.place, path: "reason", message: "no reason or message; shown as \(EventTitle.none)"))
        }
        var actor: String?
        if let kind = text("involvedObject.kind"), let name = text("involvedObject.name") {
            actor = kind.lowercased() + "/" + name
        }
        let extras = record.fields.filter { out.whole && !used.contains($0.name) && $0.value != .null }
            .map { ExtraField(name: $0.name, json: $0.value.compactText) }
        out.draft = .read(time: time, written: written, end: end?.time, endWritten: end?.written, actor: actor, kind: text("type"),
                          title: made.title, text: made.text, extraFields: extras, place: record.place, endPlace: end?.place)
    }
}
