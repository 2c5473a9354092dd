/// How to read a file: which reader (`--input-format`, else detection by content), what
/// to do with times that carry no zone (`--assume-zone`, `--ambiguous`), and which fields
/// of a JSON Lines log hold what (`--map`).
public struct ReadOptions: Sendable {
    public var format: InputFormat?
    public var time: TimeReading
    public var map: FieldMap

    public init(format: InputFormat? = nil, time: TimeReading = TimeReading(), map: FieldMap = FieldMap()) {
        self.format = format
        self.time = time
        self.map = map
    }
}
