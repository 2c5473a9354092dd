/// A place in a file: 1-based line and column (columns count characters).
public struct SourcePlace: Sendable, Hashable {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
