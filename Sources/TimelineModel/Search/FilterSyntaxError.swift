/// Why a filter expression could not be read, and where: `column` counts characters of
/// what was typed from 1, so the prompt and `export` can point at the place.
public struct FilterSyntaxError: Error, Sendable, Hashable {
    public var column: Int
    public var message: String

    public init(column: Int, message: String) {
        self.column = column
        self.message = message
    }

    /// `column 7: “(” is not closed`.
    public var description: String { "column \(column): \(message)" }
}
