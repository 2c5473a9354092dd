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
    /// A field whose value goes before the title (Kubernetes audit: the verb before the URI).
    var titlePrefixField: String?
    /// A title field that is a message template to fill in with the line's properties
    /// (Serilog's `@mt`, see `MessageTemplate`).
    var templateField: String?
    /// The zone the writer's schema gives times written without one (Microsoft 365's
    /// audit log: UTC); `--assume-zone` does not change it.
    var zone: Zone?
    /// Zeek: the title is made from the line's fields and the kind is the log's name
    /// (`ZeekLog`); `zeekFileLog` is the log the file's name says (`conn.log`), for
    /// lines without `_path`.
    var zeek = false
    var zeekFileLog: String?
    /// The field holding when a span ended, in the time field's unit (Grafana's region
    /// `timeEnd`, Alertmanager's `endsAt`); used only when it is after the time.
    var endField: String?
    /// AWS VPC flow logs: the title made from the record's addresses (`VPCFlowLog`).
    var vpcFlow = false
    /// Slack messages: read by `SlackMessage`, with `slackNames` (user ids to names) for
    /// the mentions in their markup.
    var slack = false
    /// A web server's access log line: the title made from its request and status
    /// (`AccessLogLine.title`), the kind its status class (`5xx`).
    var accessLog = false
    /// Kubernetes events (core/v1 `Event`): read by `KubernetesEvent`.
    var kubernetesEvent = false
    /// logfmt: a line with no message is titled by its request when it has one (Heroku's router).
    var logfmt = false
    /// A W3C extended log (IIS): the title made from its request and status
    /// (`W3CLogReader.title`), the kind its status class (`4xx`).
    var w3c = false
    /// An AWS load balancer's access log: the title its request and status
    /// (`ELBAccessLog.title`), the kind the status's class.
    var elb = false
    var slackNames: [String: String] = [:]
    /// The field holding the id the service gave the record (PagerDuty's `id`, Okta's
    /// `uuid`): the event's id, so a merge's "As each file wrote it" names the record as
    /// the service does (`pager:R2XGXEI3W0FHMT`, not the line's `pager:3`). A record without
    /// it gets the line's id. `--map id=` wins.
    var idField: String?

    /// pino and bunyan: 10 trace … 60 fatal.
    static let nodeLevels = ["10": "trace", "20": "debug", "30": "info", "40": "warn", "50": "error", "60": "fatal"]
    /// MongoDB's severities (`D1`…`D5` are debug verbosity levels).
    static let mongoDBSeverities = ["F": "fatal", "E": "error", "W": "warning", "I": "info",
                                    "D1": "debug", "D2": "debug", "D3": "debug", "D4": "debug", "D5": "debug"]
    /// GELF's syslog severities.
    static let syslogLevels = Dictionary(uniqueKeysWithValues: JSONLogReader.priorityNames.enumerated().map { (String($0.offset), $0.element) })

    /// The writer of a log whose first line is `first`, if its shape is one we know;
    /// `file`: the file's name, when known (Zeek's logs are named for what they hold).
    static func recognise(_ first: Record, file: String? = nil) -> LogWriter? {
        func number(_ name: String) -> (whole: Int, fraction: Bool)? {
            guard case .number(let n)? = first.field(name)?.value else { return nil }
            let whole = n.prefix { $0.isASCIIDigit }
            guard !whole.isEmpty, whole.count == n.count || n.dropFirst(whole.count).first == "." else { return nil }
            return (whole.count, whole.count < n.count)
        }
        let has = { (name: String) in first.field(name) != nil }
        // Kubernetes audit events (the API server's log backend): {"kind":"Event",
        // "apiVersion":"audit.k8s.io/v1","verb","requestURI","user":{"username"},
        // "requestReceivedTimestamp","stageTimestamp"}: when the request came in, what it
        // asked, who asked. The same request is logged at each stage (same auditID).
        if isKubernetesAudit(.object(first.fields.map { JSONValue.Member(key: $0.name, value: $0.value, offset: 0) })) {
            return LogWriter(note: "Kubernetes audit", timeField: "requestReceivedTimestamp", titleFields: ["requestURI"],
                             kindFields: ["verb"], actorFields: ["user.username"], titlePrefixField: "verb")
        }
        // Kubernetes events (`kubectl get events -o json`'s items, see `KubernetesEvent`).
        if KubernetesEvent.isEvent(first) {
            return LogWriter(note: "Kubernetes events", kubernetesEvent: true)
        }
        // AWS CloudTrail events as `aws cloudtrail lookup-events` (boto3) gives them:
        // {"EventId","EventName","EventTime":"2022-02-08 09:23:37+11:00","EventSource",
        // "Username","CloudTrailEvent":"{…}"}: the API call, who made it.
        if has("EventId"), has("EventName"), has("EventSource"), first.field("EventTime")?.value.string != nil, has("CloudTrailEvent") {
            return LogWriter(note: "AWS CloudTrail", timeField: "EventTime", titleFields: ["EventName"],
                             kindFields: ["EventSource"], actorFields: ["Username"])
        }
        // AWS CloudTrail records as CloudTrail writes them (`jq -c '.Records[]'` of its S3
        // log files, CloudWatch Logs delivery, CloudTrail Lake): {"eventVersion","userIdentity",
        // "eventTime":"2022-02-07T22:23:37Z","eventSource","eventName"}: the API call, who made it.
        if has("eventVersion"), first.field("eventTime")?.value.string != nil, has("eventSource"), has("eventName") {
            return LogWriter(note: "AWS CloudTrail records", timeField: "eventTime", titleFields: ["eventName"],
                             kindFields: ["eventSource"], actorFields: ["userIdentity.userName", "userIdentity.arn"])
        }
        // Google Cloud audit logs (Cloud Logging LogEntry, `gcloud logging read
        // --format=json` a line each): "protoPayload":{"@type":"type.googleapis.com/
        // google.cloud.audit.AuditLog","methodName","authenticationInfo":{"principalEmail"}},
        // "timestamp", "severity": the API call, who made it. Lines of other payloads
        // (textPayload, jsonPayload.message) keep the usual fields.
        if first.field("protoPayload")?.value["@type"]?.string == "type.googleapis.com/google.cloud.audit.AuditLog",
           first.field("timestamp")?.value.string != nil {
            return LogWriter(note: "Google Cloud audit log", titleFields: ["protoPayload.methodName"],
                             actorFields: ["protoPayload.authenticationInfo.principalEmail"])
        }
        // Azure Monitor activity log records as the Azure SDK gives them: "event_timestamp",
        // "operation_name":{"value"}, "caller", "level".
        if first.field("event_timestamp")?.value.string != nil, first.field("operation_name")?.value["value"] != nil, has("caller") {
            return LogWriter(note: "Azure activity log", timeField: "event_timestamp", titleFields: ["operation_name.value"],
                             kindFields: ["level"], actorFields: ["caller"])
        }
        // The Microsoft 365 unified audit log (Office 365 Management Activity API): its
        // schema writes CreationTime without a zone and defines it as UTC.
        if first.field("CreationTime")?.value.string != nil, has("Operation"), has("Workload"), has("RecordType"), has("UserId") {
            return LogWriter(note: "Microsoft 365 audit: CreationTime in UTC (its schema)", timeField: "CreationTime",
                             titleFields: ["Operation"], kindFields: ["Workload"], actorFields: ["UserId"], zone: .utc)
        }
        // MongoDB's structured log (4.4+): {"t":{"$date":"2020-05-01T15:16:17.180+00:00"},
        // "s":"I","c":"NETWORK","id":22943,"ctx":"listener","msg":"Connection accepted",
        // "attr":{…}}: the severity (F, E, W, I, D1…D5) the kind, the component the actor.
        if first.field("t")?.value["$date"]?.string != nil, first.field("s")?.value.string != nil,
           first.field("c")?.value.string != nil, first.field("msg")?.value.string != nil {
            return LogWriter(note: "MongoDB", timeField: "t.$date", titleFields: ["msg"], kindFields: ["s"], actorFields: ["c"],
                             levelNames: mongoDBSeverities)
        }
        // nginx's access log as JSON (`log_format … escape=json`) with `$time_local`:
        // {"time_local":"02/Jul/2019:13:42:11 +0000","remote_addr","request","status"}:
        // the request is the title, its status the kind, the client the actor.
        if first.field("time_local")?.value.string.flatMap(CommonLogTime.parse) != nil, has("request"), has("status"), has("remote_addr") {
            return LogWriter(note: "nginx access log", timeField: "time_local", titleFields: ["request"], kindFields: ["status"],
                             actorFields: ["remote_addr"])
        }
        // Falco's JSON output (json_output: true): {"output":"10:46:31.658484939: Warning Shell
        // spawned…","priority","rule","time":"…Z","output_fields":{…}}: the rule that fired is
        // the title (the output, which repeats the time, stays an extra field), its priority
        // the kind, the node the actor.
        if first.field("time")?.value.string != nil, first.field("rule")?.value.string != nil,
           first.field("priority")?.value.string != nil, first.field("output")?.value.string != nil {
            return LogWriter(note: "Falco", titleFields: ["rule"], kindFields: ["priority"], actorFields: ["hostname"])
        }
        // Suricata's EVE JSON (eve.json): {"timestamp":"2017-04-07T22:24:37.251547+0100",
        // "flow_id","event_type":"alert","src_ip","alert":{"signature"}}: an alert's signature
        // is the title, other events their type; the type is the kind, the source address the actor.
        if first.field("timestamp")?.value.string != nil, first.field("event_type")?.value.string != nil,
           has("src_ip") || has("flow_id") {
            return LogWriter(note: "Suricata EVE", titleFields: ["alert.signature", "event_type"], kindFields: ["event_type"],
                             actorFields: ["src_ip"])
        }
        if let zeek = zeek(first, file: file, number: number) { return zeek }
        if let service = incidentService(first, number: number) { return service }
        // AWS VPC flow logs as JSON: "srcaddr","dstaddr","start":1418530010,"end","action".
        if VPCFlowLog.isHeader(first.fields.map(\.name)), number("start")?.whole == 10 || first.field("start")?.value.string?.count == 10 {
            return VPCFlowLog.writer
        }
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
                             defaultKind: "Information", templateField: "@mt")
        }
        return nil
    }

    /// Zeek's JSON logs (`LogAscii::use_json=T`): {"ts":1591367999.305988,"uid",
    /// "id.orig_h","id.orig_p","id.resp_h","id.resp_p","proto"…}, a log a file. Told by
    /// `_path` (one stream of every log), a connection's `uid` and `id.orig_h`, a file's
    /// `fuid`, a notice's `note`, or the file's name (`packet_filter.log`) when no field
    /// is a message. `ts` is seconds (Zeek's default, with the digits Zeek wrote),
    /// milliseconds when `JSON::TS_MILLIS` writes it whole in 13 digits, or ISO 8601 text
    /// (`JSON::TS_ISO8601`).
    private static func zeek(_ first: Record, file: String?, number: (String) -> (whole: Int, fraction: Bool)?) -> LogWriter? {
        let has = { (name: String) in first.field(name) != nil }
        let fileLog = file.flatMap(ZeekLog.logName(ofFile:))
        guard first.field("_path")?.value.string != nil || first.field("uid")?.value.string != nil && has("id.orig_h")
                || first.field("fuid")?.value.string != nil || has("note") && has("msg")
                || fileLog != nil && !has("msg") && !has("message") else { return nil }
        var writer = LogWriter(note: "Zeek: ts in epoch seconds", timeField: "ts", unit: .s, zeek: true, zeekFileLog: fileLog)
        if let t = number("ts") {
            if !t.fraction && t.whole == 13 {
                (writer.note, writer.unit) = ("Zeek: ts in epoch milliseconds", .ms)
            } else if t.whole != 10 {
                return nil
            }
        } else if first.field("ts")?.value.string != nil {
            (writer.note, writer.unit) = ("Zeek", nil)
        } else {
            return nil
        }
        return writer
    }

    /// The records of chat, paging, alerting and identity services, as their exports and
    /// APIs give them (a JSON array, or one a line): each names its time field and, where
    /// it is a number, its unit in its documentation.
    private static func incidentService(_ first: Record, number: (String) -> (whole: Int, fraction: Bool)?) -> LogWriter? {
        let has = { (name: String) in first.field(name) != nil }
        let text = { (name: String) in first.field(name)?.value.string }
        // Slack's export (`channel/2024-01-01.json`) and conversations.history:
        // {"type":"message","user","text","ts":"1700000000.000200"} (see `SlackMessage`).
        if SlackMessage.isMessage(first) {
            return LogWriter(note: "Slack: ts in epoch seconds", timeField: "ts", unit: .s, slack: true)
        }
        // Okta's System Log (/api/v1/logs): {"published","eventType","displayMessage",
        // "actor":{"alternateId","displayName"},"outcome":{"result"},"uuid"}.
        if text("published") != nil, has("eventType"), has("uuid") {
            return LogWriter(note: "Okta System Log", timeField: "published", titleFields: ["displayMessage", "eventType"],
                             kindFields: ["eventType"], actorFields: ["actor.alternateId", "actor.displayName"], idField: "uuid")
        }
        // GitHub's audit log (the organisation's JSON export, /orgs/{org}/audit-log):
        // {"@timestamp":1606929874512,"action":"team.add_member","actor","_document_id"}:
        // @timestamp is epoch milliseconds (GitHub's documentation).
        if let t = number("@timestamp"), !t.fraction, t.whole == 13, has("action"), has("actor") || has("_document_id") {
            return LogWriter(note: "GitHub audit log: @timestamp in epoch milliseconds", timeField: "@timestamp", unit: .ms,
                             titleFields: ["action"], actorFields: ["actor"], idField: "_document_id")
        }
        // Grafana's annotations (/api/annotations): {"time":1507266395000,"timeEnd",
        // "dashboardUID","panelId","text","tags","login"}: times in epoch milliseconds; a
        // region's timeEnd after its time makes a span.
        if let t = number("time"), !t.fraction, t.whole == 13, has("timeEnd"), has("text"),
           has("dashboardId") || has("dashboardUID") || has("panelId") {
            return LogWriter(note: "Grafana annotations: time in epoch milliseconds", timeField: "time", unit: .ms,
                             titleFields: ["text"], actorFields: ["login", "email"], endField: "timeEnd", idField: "id")
        }
        // Prometheus Alertmanager's alerts (a webhook's `alerts`, /api/v2/alerts):
        // {"status","labels":{"alertname","severity","instance"},"annotations":{"summary"},
        // "startsAt","endsAt"}: an alert is a span while it fired (endsAt 0001-01-01: still firing).
        // Its `fingerprint` names the alert, not one notice of it (firing, then resolved): no id.
        if text("startsAt") != nil, first.field("labels")?.value["alertname"] != nil {
            return LogWriter(note: "Alertmanager alerts", timeField: "startsAt",
                             titleFields: ["annotations.summary", "labels.alertname"], kindFields: ["labels.severity", "status"],
                             actorFields: ["labels.instance", "labels.job"], titlePrefixField: "labels.alertname", endField: "endsAt")
        }
        // Sentry's events (/api/0/projects/…/events/): {"eventID","dateCreated","title",
        // "message","platform","user"}; `eventID` is the id Sentry's pages and search show.
        if text("dateCreated") != nil, has("eventID"), has("title") {
            return LogWriter(note: "Sentry events", timeField: "dateCreated", titleFields: ["title"],
                             actorFields: ["user.username", "user.email", "user.name"], idField: "eventID")
        }
        // PagerDuty's log entries (/log_entries, /incidents/{id}/log_entries):
        // {"type":"trigger_log_entry","summary","created_at","agent":{"summary"}}.
        if text("created_at") != nil, text("type")?.hasSuffix("_log_entry") == true, has("summary") {
            return LogWriter(note: "PagerDuty log entries", timeField: "created_at", titleFields: ["summary"], kindFields: ["type"],
                             actorFields: ["agent.summary"], idField: "id")
        }
        // Opsgenie's alert logs (/v2/alerts/{id}/logs): {"offset","log","type","owner","createdAt"};
        // `offset` is where the next page starts, not an id: there is none.
        if text("createdAt") != nil, has("log"), has("offset"), has("owner") {
            return LogWriter(note: "Opsgenie alert log", timeField: "createdAt", titleFields: ["log"], kindFields: ["type"],
                             actorFields: ["owner"])
        }
        return nil
    }

    /// Whether a line's object is a Kubernetes audit event (`audit.k8s.io` Event with its
    /// `requestReceivedTimestamp`).
    static func isKubernetesAudit(_ object: JSONValue) -> Bool {
        object["kind"]?.string == "Event" && object["apiVersion"]?.string?.hasPrefix("audit.k8s.io/") == true
            && object["requestReceivedTimestamp"]?.string != nil
    }

    /// log4j2's `instant` object as a time: exact to the nanosecond as written.
    static func instant(_ value: JSONValue) -> EventTime? {
        guard let s = value["epochSecond"]?.text, let n = value["nanoOfSecond"]?.text,
              n.count <= 9, n.allSatisfy(\.isASCIIDigit), let ns = Int(n), ns < 1_000_000_000 else { return nil }
        let digits = String(repeating: "0", count: 9 - String(ns).count) + String(ns)
        return EpochUnit.s.time(s + "." + digits)
    }
}
