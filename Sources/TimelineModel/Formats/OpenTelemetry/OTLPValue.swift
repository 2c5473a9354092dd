/// The pieces of OTLP JSON (the protobuf messages as JSON, `opentelemetry-proto`) that logs
/// and spans share: a field under its lowerCamelCase name or its proto name (protobuf's JSON
/// mapping accepts both), an `AnyValue` as plain JSON, attributes, times in nanoseconds.
enum OTLPValue {
    /// The first field of `object` under one of `names` (the current name first, then the
    /// proto name and the names of older releases: `instrumentationLibraryLogs`).
    static func field(_ object: JSONValue, _ names: String...) -> JSONValue.Member? {
        for name in names { if let m = object.member(name), m.value != .null { return m } }
        return nil
    }

    /// An `AnyValue` (`{"stringValue": "…"}`, `{"intValue": "10"}`, `{"arrayValue":
    /// {"values": […]}}`, `{"kvlistValue": {"values": [{"key", "value"}]}}`) as the plain
    /// JSON value it holds; an int written as text (int64 in protobuf's JSON) as a number.
    /// Anything else (an empty `AnyValue`) is null.
    static func plain(_ any: JSONValue) -> JSONValue {
        if let s = field(any, "stringValue", "string_value") { return s.value.string.map { .string($0) } ?? s.value }
        if let b = field(any, "boolValue", "bool_value") { return b.value }
        if let i = field(any, "intValue", "int_value") {
            if let t = i.value.text, isInteger(t) { return .number(t) }
            return i.value
        }
        if let d = field(any, "doubleValue", "double_value") { return d.value }
        if let bytes = field(any, "bytesValue", "bytes_value") { return bytes.value }
        if let array = field(any, "arrayValue", "array_value") {
            let values = field(array.value, "values")?.value.elements ?? []
            return .array(values.map { .init(key: "", value: plain($0.value), offset: $0.offset) })
        }
        if let list = field(any, "kvlistValue", "kvlist_value") {
            return .object(attributes(list.value["values"]))
        }
        return .null
    }

    /// A list of `KeyValue` (`[{"key": "service.name", "value": {"stringValue": "api"}}]`)
    /// as members with plain values, in file order.
    static func attributes(_ list: JSONValue?) -> [JSONValue.Member] {
        (list?.elements ?? []).compactMap { m -> JSONValue.Member? in
            guard let key = m.value["key"]?.string else { return nil }
            return .init(key: key, value: m.value["value"].map(plain) ?? .null, offset: m.offset)
        }
    }

    /// A plain value as text: a string as it is, anything else as compact JSON.
    static func text(_ value: JSONValue) -> String {
        value.string ?? value.compactText
    }

    /// A time in nanoseconds since 1970 UTC (`"1544712660300000000"` or a number), exact to
    /// the nanosecond as written; `.zero` when it is 0 (OTLP's "unknown"), nil when it is
    /// not a whole number.
    static func nanos(_ value: JSONValue) -> Nanos? {
        guard let t = value.text, isInteger(t), !t.hasPrefix("-") else { return nil }
        if t.allSatisfy({ $0 == "0" }) { return .zero }
        return EpochUnit.ns.time(t).map { .time($0, written: t) }
    }

    enum Nanos {
        case zero
        case time(EventTime, written: String)
    }

    private static func isInteger(_ t: String) -> Bool {
        let digits = t.hasPrefix("-") ? t.dropFirst() : Substring(t)
        return !digits.isEmpty && digits.allSatisfy(\.isASCIIDigit)
    }

    /// A log record's severity in words: `severityText` when written, else the name of
    /// `severityNumber`'s range (1–4 TRACE … 21–24 FATAL) or of its enum name
    /// (`SEVERITY_NUMBER_INFO` → `INFO`).
    static func severity(_ record: JSONValue) -> String? {
        if let text = field(record, "severityText", "severity_text")?.value.string, !text.isEmpty { return text }
        guard let number = field(record, "severityNumber", "severity_number")?.value.text else { return nil }
        if number.hasPrefix("SEVERITY_NUMBER_") {
            let name = number.dropFirst("SEVERITY_NUMBER_".count).prefix { $0 != "_" && !$0.isASCIIDigit }
            return name.isEmpty || name == "UNSPECIFIED" ? nil : String(name)
        }
        guard let n = Int(number), (1...24).contains(n) else { return nil }
        return ["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"][(n - 1) / 4]
    }

    /// A resource's `service.name`, the actor of its records.
    static func serviceName(_ resource: JSONValue?) -> String? {
        guard let resource else { return nil }
        let name = attributes(resource["attributes"]).first { $0.key == "service.name" }?.value
        return name.map(text).flatMap { $0.isEmpty ? nil : $0 }
    }
}
