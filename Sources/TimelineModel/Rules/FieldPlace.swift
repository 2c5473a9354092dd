/// Where a reader found a value, for the messages about it: a line and column in the file
/// when known, and a path that names the value in the file's own terms (`events[3].time`
/// in JSON, the column name `timestamp` in a CSV file, empty for the whole file).
///
/// `FILE:3:14: events[3].time: …` is made of the file's name, `place` and `path`.
public struct FieldPlace: Sendable, Hashable {
    public var place: SourcePlace?
    public var path: String

    public init(_ place: SourcePlace?, path: String) {
        self.place = place
        self.path = path
    }

    /// At `line` and `column` (1-based; columns count characters).
    public init(line: Int, column: Int, path: String) {
        self.init(SourcePlace(line: line, column: column), path: path)
    }

    /// The same place with another path (`events[3]` → `events[3].time`).
    public func path(_ path: String) -> FieldPlace {
        FieldPlace(place, path: path)
    }

    /// Sorts places in file order (line, then column); -1 when there is no place.
    var orderKey: Int {
        guard let place else { return -1 }
        return place.line << 24 | min(max(place.column, 0), 1 << 24 - 1)
    }
}
