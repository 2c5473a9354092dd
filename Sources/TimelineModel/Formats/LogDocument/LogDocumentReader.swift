/// A log held in one JSON document rather than one object a line: an Elasticsearch or
/// OpenSearch search response (`hits.hits[]._source`, or `fields` when the search asked
/// for fields instead of `_source`), a CloudTrail log file (`Records[]`), and a plain
/// JSON array of log objects (`[{…}, {…}]`: what `jq -s`, `gcloud logging read --format
/// json` and many APIs give). Each log
/// object is read exactly as a line of a JSON Lines log (`JSONLogReader.map`: the same
/// time, title, kind and actor fields, `--map`, the same refusals of zoneless times and
/// unitless numbers), with its place in the document. Generated ids are
/// `<file-stem>:<line>` of the line where the object starts.
enum LogDocumentReader {
    enum Shape {
        case searchResponse
        case cloudTrailFile
        case array
    }

    static func declinesSearchResponse(_ sample: FileSample) -> String? {
        let keys = sample.topLevelKeys
        if keys.contains("hits"), sample.text.contains("\"_index\""),
           sample.text.contains("\"_source\"") || sample.text.contains("\"fields\"") {
            return nil
        }
        return "no \"hits\" with \"hits\" of \"_index\" and \"_source\""
    }

    static func declinesCloudTrailFile(_ sample: FileSample) -> String? {
        if sample.topLevelKeys.first == "Records", sample.text.contains("\"eventVersion\""), sample.text.contains("\"eventTime\"") {
            return nil
        }
        return "no \"Records\" with eventVersion and eventTime"
    }

    /// A JSON array whose first element is an object with a time field (as the first line
    /// of a JSON Lines log must have), or the field `--map time=` names.
    static func declinesArray(_ sample: FileSample, mappedTime: String? = nil) -> String? {
        if let (_, element) = firstListedElement(sample), case .object(let members) = element,
           LogWriter.recognise(Record(fields: members.map { .init(name: $0.key, value: $0.value, place: SourcePlace(line: 1, column: 1)) },
                                      line: 1)) != nil {
            return nil
        }
        guard let keys = firstElementKeys(sample) else { return "not a JSON array of objects" }
        // A writer's shape settles it (Grafana's annotations have a numeric `id` and `time`).
        if let first = firstElement(sample), case .object(let members) = first,
           LogWriter.recognise(Record(fields: members.map { .init(name: $0.key, value: $0.value, place: SourcePlace(line: 1, column: 1)) },
                                      line: 1)) != nil {
            return nil
        }
        if OwnFormatDetection.isOurEvent(keys) {
            return "its first object is one of timeline-tui's own events (time with id or title)"
        }
        if let mappedTime, keys.contains(String(mappedTime.split(separator: ".").first ?? "")) { return nil }
        let lowerTimeFields = Set(JSONLogReader.timeFields.map { $0.lowercased() })
        guard keys.contains(where: { lowerTimeFields.contains($0.lowercased()) || JSONLogReader.unit(ofField: $0) != nil || $0 == "instant" })
                || writersTimeFields.contains(where: keys.contains) else {
            let shown = keys.prefix(8).joined(separator: ", ") + (keys.count > 8 ? ", …" : "")
            return "a JSON array whose first object has no time field (" + JSONLogReader.timeFields.prefix(6).joined(separator: ", ")
                + "…); its fields are " + shown + " (--map time=FIELD names one)"
        }
        return nil
    }

    /// The time fields of the writers `LogWriter` recognises by their shape (CloudTrail's
    /// `eventTime`…): an array of their records is taken, and the shape checked as it is read.
    static let writersTimeFields = ["requestReceivedTimestamp", "EventTime", "eventTime", "event_timestamp", "CreationTime", "time_local"]

    /// The field names of the first element of the array the sample starts with (as far
    /// as the sample goes); nil when it does not start with `[` and an object.
    /// The first element of the array the sample starts with, when the sample holds it whole.
    static func firstElement(_ sample: FileSample) -> JSONValue? {
        let bytes = Array(sample.text.utf8)
        guard let i = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }), bytes[i] == 0x5B else { return nil }
        return firstElement(bytes, array: i)
    }

    /// The lists of records that API responses hold under a name: a webhook's `alerts`
    /// (Prometheus Alertmanager), `log_entries` (PagerDuty), `data` (Opsgenie), `items`
    /// (Kubernetes lists: `kubectl get events -o json`). Read when their first record has
    /// the shape of a writer `LogWriter` knows.
    static let responseLists = ["alerts", "log_entries", "data", "items"]

    /// The first element of the array under one of `responseLists` in the object the
    /// sample starts with, and that name.
    static func firstListedElement(_ sample: FileSample) -> (name: String, element: JSONValue)? {
        let keys = sample.topLevelKeys
        let bytes = Array(sample.text.utf8)
        for name in responseLists where keys.contains(name) {
            let quoted = Array("\"\(name)\"".utf8)
            var i = 0
            while i + quoted.count <= bytes.count {
                if bytes[i] == 0x22, Array(bytes[i..<(i + quoted.count)]) == quoted {
                    var j = i + quoted.count
                    while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0A || bytes[j] == 0x0D || bytes[j] == 0x3A { j += 1 }
                    if j < bytes.count, bytes[j] == 0x5B, let element = firstElement(bytes, array: j) { return (name, element) }
                }
                i += 1
            }
        }
        return nil
    }

    /// The first element of the array that starts at `at`, when it is an object the bytes hold whole.
    private static func firstElement(_ bytes: [UInt8], array at: Int) -> JSONValue? {
        var i = at + 1
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        guard i < bytes.count, bytes[i] == 0x7B else { return nil }
        let start = i
        var depth = 0
        var inString = false
        while i < bytes.count {
            let b = bytes[i]
            if inString {
                if b == 0x5C { i += 1 } else if b == 0x22 { inString = false }
            } else if b == 0x22 {
                inString = true
            } else if b == 0x7B || b == 0x5B {
                depth += 1
            } else if b == 0x7D || b == 0x5D {
                depth -= 1
                if depth == 0 {
                    var p = JSONValueParser(bytes: Array(bytes[start...i]))
                    return try? p.parseWhole()
                }
            }
            i += 1
        }
        return nil
    }

    static func firstElementKeys(_ sample: FileSample) -> [String]? {
        let bytes = Array(sample.text.utf8)
        func skip(_ i: inout Int) {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        }
        var i = 0
        skip(&i)
        guard i < bytes.count, bytes[i] == 0x5B else { return nil }
        i += 1
        skip(&i)
        guard i < bytes.count, bytes[i] == 0x7B else { return nil }
        return FileSample(Array(bytes[i...])).topLevelKeys
    }

    static func read(_ bytes: [UInt8], file: String, options: ReadOptions, shape: Shape) -> ReaderOutput {
        var out = ReaderOutput()
        guard var doc = JSONDocument.parse(bytes, file: file, into: &out) else { return out }
        let path: String
        let list: JSONValue.Member?
        switch shape {
        case .searchResponse:
            path = "hits.hits"
            list = doc.root["hits"]?.member("hits")
            noteWhatIsMissing(doc.root, places: &doc.places, into: &out)
        case .cloudTrailFile:
            path = "Records"
            list = doc.root.member("Records")
        case .array:
            if case .object = doc.root, let name = responseLists.first(where: { doc.root[$0]?.elements != nil }) {
                // An API response (an Alertmanager webhook's `alerts`…): its list of records.
                path = name
                list = doc.root.member(name)
            } else {
                path = ""
                list = JSONValue.Member(key: "", value: doc.root, offset: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0)
            }
        }
        guard let list, let elements = list.value.elements else {
            out.problems.append(doc.places.problem(at: list?.offset ?? 0, path, "expected an array of log records"))
            return out
        }
        var writer: LogWriter?
        for (i, element) in elements.enumerated() {
            if out.problems.count > TimelineBuilder.maxProblems { break }
            let here = "\(path)[\(i)]"
            guard let (object, objectPath) = logObject(element, shape: shape, path: here) else {
                out.problems.append(doc.places.problem(at: element.offset, here,
                                                       shape == .searchResponse ? "a hit with neither \"_source\" nor \"fields\"" : "expected a log record object"))
                continue
            }
            guard case .object(let members) = object.value else {
                out.problems.append(doc.places.problem(at: object.offset, objectPath, "expected a JSON object"))
                continue
            }
            let start = doc.places.place(object.offset)
            let record = Record(fields: members.map { .init(name: $0.key, value: unwrapped($0.value, shape: shape),
                                                            place: doc.places.place($0.offset), offset: $0.offset) },
                                line: start.line)
            if i == 0 {
                writer = LogWriter.recognise(record, file: file)
                out.readerNote = writer?.note
                if writer?.slack == true {
                    let (names, from) = SlackNames.forFile(file, messages: elements.map(\.value))
                    writer?.slackNames = names
                    if from != nil { out.readerNote = (out.readerNote ?? "Slack") + "; names from users.json" }
                }
            }
            var reading = RecordReading(next: 0, nextLine: 0)
            JSONLogReader.map(record, writer: writer, file: file, options: options, into: &reading)
            // The problems name the document's path, not only the field's.
            out.problems += reading.problems.map { p in Problem(file: p.file, place: p.place, path: joined(objectPath, p.path), message: p.message) }
            out.warnings += reading.warnings.map { p in Problem(file: p.file, place: p.place, path: joined(objectPath, p.path), message: p.message) }
            guard var draft = reading.draft else { continue }
            draft.places.event = FieldPlace(start, path: objectPath)
            // A repeated id is told at `log_entries[2].id`, as the problems are.
            if let id = draft.places.id { draft.places.id = FieldPlace(id.place, path: joined(objectPath, id.path)) }
            if shape == .searchResponse {
                // Where the document is, to find it again in Kibana or OpenSearch Dashboards.
                let names = ["_index", "_id"]
                draft.extraFields = names.compactMap { n in element.value[n]?.string.map { ExtraField(name: n, json: JSONValue.quoted($0)) } }
                    + draft.extraFields
            }
            out.events.append(draft)
        }
        return out
    }

    /// The object that is one log record, and its path.
    private static func logObject(_ element: JSONValue.Member, shape: Shape, path: String) -> (JSONValue.Member, String)? {
        switch shape {
        case .cloudTrailFile, .array:
            return (element, path)
        case .searchResponse:
            if let source = element.value.member("_source"), case .object = source.value { return (source, path + "._source") }
            if let fields = element.value.member("fields") { return (fields, path + ".fields") }
            return nil
        }
    }

    /// A search asked for `fields` gives each value as an array (`"@timestamp":
    /// ["2099-05-08T16:25:42.000Z"]`): one value is read as itself.
    private static func unwrapped(_ value: JSONValue, shape: Shape) -> JSONValue {
        guard shape == .searchResponse, let elements = value.elements, elements.count == 1 else { return value }
        return elements[0].value
    }

    private static func joined(_ prefix: String, _ path: String) -> String {
        path.isEmpty ? prefix : prefix + "." + path
    }

    /// A response that holds only part of what the search found says so: a search gives
    /// 10 hits unless asked for more, a timed-out or partly failed one fewer.
    private static func noteWhatIsMissing(_ root: JSONValue, places: inout ProblemPlaces, into out: inout ReaderOutput) {
        let count = root["hits"]?["hits"]?.elements?.count ?? 0
        if let total = root["hits"]?.member("total") {
            // `"total": {"value": 1818, "relation": "eq"}` (7.x and later) or `"total": 1818`.
            let value = total.value["value"]?.text ?? total.value.text
            let relation = total.value["relation"]?.string ?? "eq"
            if let value, let matched = Int(value), matched > count {
                let atLeast = relation == "gte" ? "at least " : ""
                out.warnings.append(places.problem(at: total.offset, "hits.total",
                    "the search matched \(atLeast)\(matched) documents but this response holds \(count); ask for more with \"size\" (or page with \"search_after\")"))
            }
        }
        if let timedOut = root.member("timed_out"), timedOut.value == .bool(true) {
            out.warnings.append(places.problem(at: timedOut.offset, "timed_out", "the search timed out: the hits may be incomplete"))
        }
        if let failed = root["_shards"]?.member("failed"), let n = Int(failed.value.text ?? ""), n > 0 {
            out.warnings.append(places.problem(at: failed.offset, "_shards.failed", "\(n) shard(s) failed: the hits may be incomplete"))
        }
    }
}
