/// A logging library whose documented line shape settles what a JSON Lines log alone
/// leaves open: the epoch unit of a time written as a number, the names of numeric levels,
/// which field is the message or the service. Recognised from the first line, only when
/// the shape is the library's own (its fixed fields, and a number of the documented size);
/// the timeline's "Read as" then names the library and the unit, so nothing is assumed
/// silently. `--map` always wins over a writer's fields.
struct LogWriter: Equatable {
    /// What "Read as" adds: `pino: time in epoch milliseconds`.
    var note: String
    /// The field holding the time, and the unit the library documents for it (nil: text).
    var timeField: String?
    var unit: EpochUnit?
    /// Tried before the usual fields.
    var titleFields: [String] = []
    var kindFields: [String] = []
    var actorFields: [String] = []
    /// Level numbers as the library names them (`30` → `info`).
    var levelNames: [String: String] = [:]
    /// The kind when the line has no level (CLEF: Information).
    var defaultKind: String?

    /// pino and bunyan: 10 trace … 60 fatal.
    static let nodeLevels = ["10": "trace", "20": "debug", "30": "info", "40": "warn", "50": "error", "60": "fatal"]
    /// GELF's syslog severities.
    static let syslogLevels = Dictionary(uniqueKeysWithValues: JSONLogReader.priorityNames.enumerated().map { (String($0.offset), $0.element) })

    /// The writer of a log whose first line is `first`, if its shape is one we know.
    static func recognise(_ first: Record) -> LogWriter? {
        func number(_ name: String) -> (whole: Int, fraction: Bool)? {
            guard case .number(let n)? = first.field(name)?.value else { return nil }
            let whole = n.prefix { $0.isASCIIDigit }
            guard !whole.isEmpty, whole.count == n.count || n.dropFirst(whole.count).first == "." else { return nil }
            return (whole.count, whole.count < n.count)
        }
        let has = { (name: String) in first.field(name) != nil }
        // bunyan: {"name","hostname","pid","level":30,"msg","time":"…Z","v":0}; its time is ISO text.
        if first.field("v")?.value == .number("0"), number("level") != nil, first.field("time")?.value.string != nil,
           has("name"), has("hostname"), has("pid") {
            return LogWriter(note: "bunyan", actorFields: ["name"], levelNames: nodeLevels)
        }
        // pino: {"level":30,"time":1531171074631,"pid","hostname","msg"}; time is Date.now(),
        // milliseconds (13 digits from 2001 to 2286).
        if let t = number("time"), !t.fraction, t.whole == 13, has("level"), has("pid"), has("hostname") {
            return LogWriter(note: "pino: time in epoch milliseconds", timeField: "time", unit: .ms,
                             actorFields: ["name"], levelNames: nodeLevels)
        }
        // zap's production encoder (also Caddy, klog's JSON): {"level","ts":1525294364.332839,"msg"};
        // ts is seconds with a fraction (10 digits before the point from 2001 to 2286).
        if let t = number("ts"), t.fraction, t.whole == 10, has("msg") {
            return LogWriter(note: "zap: ts in epoch seconds", timeField: "ts", unit: .s)
        }
        // GELF 1.1: {"version":"1.1","host","short_message","timestamp":1385053862.3072,"level":1};
        // the specification makes timestamp seconds.
        if ["1.0", "1.1"].contains(first.field("version")?.value.string ?? ""), has("short_message"), has("host") {
            return LogWriter(note: "GELF: timestamp in epoch seconds", timeField: "timestamp", unit: .s,
                             titleFields: ["short_message"], actorFields: ["host"], levelNames: syslogLevels)
        }
        // log4j2's JsonLayout / JsonTemplateLayout: "instant":{"epochSecond","nanoOfSecond"}.
        if let i = first.field("instant")?.value, i["epochSecond"] != nil, i["nanoOfSecond"] != nil {
            return LogWriter(note: "log4j2: instant in epoch seconds and nanoseconds", timeField: "instant",
                             titleFields: ["message"], actorFields: [])
        }
        // Serilog's compact format (CLEF): "@t" time, "@m" message (or "@mt" its template),
        // "@l" level, absent for Information.
        if first.field("@t")?.value.string != nil, has("@m") || has("@mt") {
            return LogWriter(note: "Serilog CLEF", timeField: "@t", titleFields: ["@m", "@mt"], kindFields: ["@l"],
                             defaultKind: "Information")
        }
        return nil
    }

    /// log4j2's `instant` object as a time: exact to the nanosecond as written.
    static func instant(_ value: JSONValue) -> EventTime? {
        guard let s = value["epochSecond"]?.text, let n = value["nanoOfSecond"]?.text,
              n.count <= 9, n.allSatisfy(\.isASCIIDigit), let ns = Int(n), ns < 1_000_000_000 else { return nil }
        let digits = String(repeating: "0", count: 9 - String(ns).count) + String(ns)
        return EpochUnit.s.time(s + "." + digits)
    }
}
