/// Loading refused a file; `problems` lists every problem found, in file order.
public struct LoadFailure: Error, Sendable, CustomStringConvertible {
    public var problems: [Problem]
    public init(problems: [Problem]) {
        self.problems = problems
    }
    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
