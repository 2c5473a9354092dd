/// The loader's limits, documented in `docs/FORMAT.md`.
enum JSONLimits {
    /// Objects and arrays nested deeper than this are refused (the top object is level 1).
    static let maxDepth = 64
    /// See `TimelineBuilder.maxProblems`: the JSON scan stops reading past it.
    static let maxProblems = TimelineBuilder.maxProblems
    /// Events are numbered with 32-bit integers.
    static let maxEvents = Int(Int32.max)
}
