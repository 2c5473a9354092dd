/// `--map time=ts:ms,title=msg,actor=svc,kind=level,id=req`: which field of a log line
/// holds an event's time (and, for numbers, its epoch unit), title, actor, kind and id.
public struct FieldMap: Sendable, Hashable {
    public var time: String?
    public var timeUnit: EpochUnit?
    public var title: String?
    public var actor: String?
    public var kind: String?
    public var id: String?

    public init() {}

    /// The roles `--map` knows.
    public static let roles = ["time", "title", "actor", "kind", "id"]

    public var isEmpty: Bool { self == FieldMap() }

    /// Reads `time=ts:ms,title=msg,…`; the error is a sentence for the command line.
    public static func parse(_ text: String) -> Result<FieldMap, WrittenTime.Failure> {
        var map = FieldMap()
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let pair = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard pair.count == 2, !pair[0].isEmpty, !pair[1].isEmpty else {
                return .failure(.init(message: "--map takes ROLE=FIELD pairs separated by commas (time=ts:ms,title=msg), not \"\(part)\""))
            }
            let role = String(pair[0])
            var field = String(pair[1])
            switch role {
            case "time":
                if let colon = field.lastIndex(of: ":") {
                    let unit = String(field[field.index(after: colon)...])
                    guard let u = EpochUnit(rawValue: unit) else {
                        return .failure(.init(message: "--map time=FIELD:UNIT takes a unit of s, ms, us or ns, not \"\(unit)\""))
                    }
                    map.timeUnit = u
                    field = String(field[..<colon])
                }
                map.time = field
            case "title": map.title = field
            case "actor": map.actor = field
            case "kind": map.kind = field
            case "id": map.id = field
            default:
                return .failure(.init(message: "--map knows \(roles.joined(separator: ", ")), not \"\(role)\""))
            }
        }
        return .success(map)
    }
}
