/// What `aws logs filter-log-events` and `aws logs get-log-events` print: a JSON document
/// with `events`, each `{"timestamp": 1568838823000, "message": "…", "ingestionTime": …,
/// "logStreamName": …, "eventId": …}`. AWS documents `timestamp` as milliseconds since
/// 1970 UTC, so the unit is not a guess. The message's first line is the title; every other
/// field is kept as an extra field (the stream names a source, not an actor).
enum CloudWatchReader {
    static func declines(_ sample: FileSample) -> String? {
        guard sample.startsLikeJSON else { return "does not start with '{'" }
        let signs = ["\"ingestionTime\"", "\"logStreamName\"", "\"nextForwardToken\"", "\"searchedLogStreams\""]
        guard sample.contains("\"events\""), signs.contains(where: sample.contains) else {
            return "no \"events\" with ingestionTime, logStreamName or nextForwardToken"
        }
        // Our own document (a CloudWatch import saved with `--format json`) names its
        // title; the events' `ingestionTime` it keeps as extra fields must not fool us.
        if sample.topLevelKeys.contains("title") { return "it has a \"title\" (timeline-tui's own JSON)" }
        return nil
    }

    static func read(_ bytes: [UInt8], file: String, options: ReadOptions) -> ReaderOutput {
        var out = ReaderOutput()
        guard var doc = JSONDocument.parse(bytes, file: file, into: &out) else { return out }
        guard let list = doc.root.member("events"), let events = list.value.elements else {
            out.problems.append(doc.places.problem(at: doc.root.member("events")?.offset ?? 0, "events", "expected an array of log events"))
            return out
        }
        for (i, member) in events.enumerated() {
            if out.problems.count > TimelineBuilder.maxProblems { break }
            let path = "events[\(i)]"
            let place = doc.places.place(member.offset)
            guard case .object(let fields) = member.value else {
                out.problems.append(doc.places.problem(at: member.offset, path, "expected a log event object"))
                continue
            }
            guard let stamp = member.value.member("timestamp") else {
                out.problems.append(doc.places.problem(at: member.offset, path, "no timestamp"))
                continue
            }
            guard case .number(let ms) = stamp.value, !ms.contains("."), let time = EpochUnit.ms.time(ms) else {
                out.problems.append(doc.places.problem(at: stamp.offset, path + ".timestamp",
                                                       "\(stamp.value.compactText.prefix(40)) is not a whole number of milliseconds since 1970"))
                continue
            }
            let message = member.value["message"]?.string ?? ""
            let (title, text, empty) = EventTitle.from(message)
            if empty {
                out.warnings.append(doc.places.problem(at: member.offset, path + ".message", "empty message; shown as \(EventTitle.none)"))
            }
            let extras = fields.filter { $0.key != "timestamp" && $0.key != "message" && $0.value != .null }
                .map { ExtraField(name: $0.key, json: $0.value.compactText) }
            out.events.append(.read(time: time, written: ms, title: title, text: text, extraFields: extras, place: place))
        }
        return out
    }
}
